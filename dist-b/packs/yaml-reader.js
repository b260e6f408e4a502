/**
 * Strict reading of YAML documents with positions: every complaint names file:line:column,
 * shows the line, and says what was expected. Used by the pack loader and the config loader.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { levenshtein } from '../lazy-deps.js';
import { codeFrame } from '../errors.js';
export class YamlFile {
    file;
    text;
    errors = [];
    lines = new LineCounter();
    root;
    constructor(file, text) {
        this.file = file;
        this.text = text;
        const doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: true, prettyErrors: false });
        for (const e of doc.errors) {
            const offset = e.pos[0];
            const what = e.code === 'DUPLICATE_KEY' ? 'duplicate key' : 'invalid YAML';
            this.errorAt(offset, `${what}: ${e.message.split('\n')[0]}`);
        }
        this.root = doc.errors.length > 0 ? null : (doc.contents ?? null);
    }
    position(offset) {
        const p = this.lines.linePos(offset);
        return { line: p.line, column: p.col };
    }
    errorAt(offset, message) {
        const { line, column } = this.position(offset);
        this.errors.push({ file: this.file, line, column, message, frame: codeFrame(this.text, line, column) });
    }
    error(node, message) {
        const range = node && 'range' in node ? node.range : node && 'key' in node ? node.key?.range : undefined;
        this.errorAt(range?.[0] ?? 0, message);
    }
}
export function describe(node) {
    if (node === null || node === undefined)
        return 'nothing';
    if (isMap(node))
        return 'a mapping';
    if (isSeq(node))
        return 'a list';
    if (isScalar(node)) {
        const v = node.value;
        if (v === null)
            return 'nothing';
        if (typeof v === 'string')
            return `the text "${v.length > 40 ? v.slice(0, 40) + '…' : v}"`;
        return `${typeof v} ${String(v)}`;
    }
    return 'an unsupported value';
}
export function didYouMean(word, candidates) {
    let best = null;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = levenshtein()(word.toLowerCase(), c.toLowerCase());
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best !== null && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : null;
}
/** A mapping whose keys are checked against an allowed list. */
export class MapReader {
    y;
    node;
    where;
    entries = new Map();
    /** Keys an unknown key was taken for ("sevrity" → "severity"): already reported, not "missing" too. */
    misspelt = new Set();
    constructor(y, node, where, allowed) {
        this.y = y;
        this.node = node;
        this.where = where;
        for (const pair of node.items) {
            const key = pair.key;
            if (!isScalar(key) || typeof key.value !== 'string') {
                y.error(key, `${where}: keys must be plain words, found ${describe(key)}`);
                continue;
            }
            if (!allowed.includes(key.value)) {
                const hint = didYouMean(key.value, allowed);
                if (hint)
                    this.misspelt.add(hint);
                y.error(key, `unknown key "${key.value}" in ${where}` + (hint ? ` (did you mean "${hint}"?)` : `; expected one of: ${allowed.join(', ')}`));
                continue;
            }
            this.entries.set(key.value, pair);
        }
    }
    has(key) {
        return this.entries.has(key);
    }
    value(key) {
        return this.entries.get(key)?.value;
    }
    keyNode(key) {
        return this.entries.get(key)?.key ?? undefined;
    }
    keys() {
        return [...this.entries.keys()];
    }
    missing(key, expected) {
        if (this.misspelt.has(key))
            return;
        this.y.error(this.node, `${this.where}: missing "${key}" (${expected})`);
    }
    string(key, opts = {}) {
        const v = this.value(key);
        if (v === undefined) {
            if (opts.required)
                this.missing(key, 'a text');
            return undefined;
        }
        if (!isScalar(v) || typeof v.value !== 'string' || v.value.trim() === '') {
            if (isScalar(v) && (typeof v.value === 'number' || typeof v.value === 'boolean'))
                return String(v.value);
            this.y.error(v ?? this.keyNode(key), `"${key}" in ${this.where} must be a non-empty text, found ${describe(v)}`);
            return undefined;
        }
        if (opts.pattern && !opts.pattern.test(v.value)) {
            this.y.error(v, `"${key}" in ${this.where}: "${v.value}" is not valid (${opts.patternHint ?? String(opts.pattern)})`);
            return undefined;
        }
        return v.value;
    }
    oneOf(key, values, fallback) {
        const v = this.value(key);
        if (v === undefined) {
            if (fallback === undefined)
                this.missing(key, `one of ${values.join(' | ')}`);
            return fallback;
        }
        if (isScalar(v) && typeof v.value === 'string' && values.includes(v.value))
            return v.value;
        const given = isScalar(v) ? String(v.value) : describe(v);
        const hint = didYouMean(given, values);
        this.y.error(v, `"${key}" in ${this.where} must be one of ${values.join(' | ')}, found "${given}"` + (hint ? ` (did you mean "${hint}"?)` : ''));
        return fallback;
    }
    bool(key, fallback) {
        const v = this.value(key);
        if (v === undefined)
            return fallback;
        if (isScalar(v) && typeof v.value === 'boolean')
            return v.value;
        this.y.error(v, `"${key}" in ${this.where} must be true or false, found ${describe(v)}`);
        return fallback;
    }
    integer(key, opts) {
        const v = this.value(key);
        if (v === undefined) {
            if (opts.required)
                this.missing(key, `a whole number ≥ ${opts.min}`);
            return undefined;
        }
        if (isScalar(v) && typeof v.value === 'number' && Number.isInteger(v.value) && v.value >= opts.min)
            return v.value;
        this.y.error(v, `"${key}" in ${this.where} must be a whole number ≥ ${opts.min}, found ${describe(v)}`);
        return undefined;
    }
    map(key) {
        const v = this.value(key);
        if (v === undefined)
            return undefined;
        if (isMap(v))
            return v;
        this.y.error(v ?? this.keyNode(key), `"${key}" in ${this.where} must be a mapping (key: value lines), found ${describe(v)}`);
        return undefined;
    }
    list(key, opts = {}) {
        const v = this.value(key);
        if (v === undefined) {
            if (opts.required)
                this.missing(key, 'a list');
            return undefined;
        }
        if (!isSeq(v)) {
            this.y.error(v ?? this.keyNode(key), `"${key}" in ${this.where} must be a list, found ${describe(v)}`);
            return undefined;
        }
        if (opts.nonEmpty && v.items.length === 0) {
            this.y.error(v, `"${key}" in ${this.where} must not be empty`);
            return undefined;
        }
        return v.items;
    }
    /** A list of non-empty strings (a single string is accepted as a list of one). */
    stringList(key, opts = {}) {
        const v = this.value(key);
        if (v !== undefined && isScalar(v) && typeof v.value === 'string')
            return [{ value: v.value, node: v }];
        const items = this.list(key, opts);
        if (!items)
            return undefined;
        const out = [];
        for (const item of items) {
            if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number') && String(item.value).trim() !== '') {
                out.push({ value: String(item.value), node: item });
            }
            else
                this.y.error(item, `items of "${key}" in ${this.where} must be non-empty texts, found ${describe(item)}`);
        }
        return out;
    }
}
export function asMap(y, node, where, allowed) {
    if (!isMap(node)) {
        y.error(node, `${where} must be a mapping (key: value lines), found ${describe(node)}`);
        return null;
    }
    return new MapReader(y, node, where, allowed);
}
/** Offset in the file of character `index` of a scalar's value (exact for plain scalars, close for quoted). */
export function scalarOffset(node, index) {
    const start = node.range?.[0] ?? 0;
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
    return start + quoted + index;
}
