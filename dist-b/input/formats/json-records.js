import { FIELD_SLOT, fieldKey, fieldsOf, knownField } from '../records.js';
import { isObject } from './shared.js';
function fieldOf(key, opts) {
    const overrides = opts.csv;
    if (overrides) {
        for (const [kind, name] of Object.entries(overrides)) {
            if (name !== undefined && (name === key || fieldKey(name) === fieldKey(key)))
                return kind;
        }
    }
    return knownField(key);
}
/** One JSON object → a record, with positions from `doc`. */
export function recordOf(obj, path, doc, opts, inherited = {}) {
    // The fields by kind, in FIELD_SLOT order (the record is then made by fieldsOf).
    const found = [];
    const members = doc.membersOf(path);
    for (const key in obj) {
        if (!Object.hasOwn(obj, key))
            continue;
        const value = obj[key];
        const kind = fieldOf(key, opts);
        if (kind === undefined)
            continue;
        const slot = FIELD_SLOT[kind];
        if (found[slot] !== undefined)
            continue;
        if (typeof value !== 'string' && typeof value !== 'number')
            continue;
        const m = members.member(key);
        const field = {
            value: String(value),
            verbatimOffset: typeof value === 'string' ? m.stringOffset : null,
            offset: m.offset ?? 0,
            name: key,
        };
        if (typeof value === 'string' && m.map)
            field.map = m.map;
        found[slot] = field;
    }
    // The inherited fields (a call's id and agent) where the object has none of its own.
    for (const kind of FIELD_KINDS)
        if (found[FIELD_SLOT[kind]] === undefined)
            found[FIELD_SLOT[kind]] = inherited[kind];
    return { start: members.offset ?? 0, fields: fieldsOf(found) };
}
const FIELD_KINDS = Object.keys(FIELD_SLOT);
const TURN_ARRAYS = ['turns', 'messages', 'utterances', 'entries', 'segments', 'transcript', 'dialog', 'dialogue', 'conversation', 'replicas', 'реплики', '对话', '對話'];
export function hasTextField(v, opts) {
    return isObject(v) && Object.keys(v).some((k) => fieldOf(k, opts) === 'text' && typeof v[k] === 'string');
}
/** The array of turn objects inside a call object, if any. */
export function turnArrayKey(obj, opts) {
    for (const [k, v] of Object.entries(obj)) {
        if (Array.isArray(v) && TURN_ARRAYS.includes(k.toLowerCase()) && (v.length === 0 || hasTextField(v[0], opts)))
            return k;
    }
    return undefined;
}
export function recordOfLine(doc, opts) {
    return recordOf(doc.value, [], doc, opts);
}
