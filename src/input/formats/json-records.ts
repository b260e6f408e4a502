/**
 * Generic turn records in JSON, shared by JSON Lines (jsonl.ts) and JSON (json.ts): field names are
 * the CSV column names (records.ts): `call_id`, `speaker`, `role`, `text`, `start`, `end`,
 * `agent`…, overridable with the `csv` options.
 */
import type { FormatParseOptions } from '../index.js';
import type { JsonDoc, JsonPath } from '../json-scan.js';
import { fieldKey, knownField, type FieldKind, type FieldValue, type RecordRow } from '../records.js';
import { isObject } from './shared.js';

function fieldOf(key: string, opts: FormatParseOptions): FieldKind | undefined {
  const overrides = opts.csv;
  if (overrides) {
    for (const [kind, name] of Object.entries(overrides) as [FieldKind, string | undefined][]) {
      if (name !== undefined && (name === key || fieldKey(name) === fieldKey(key))) return kind;
    }
  }
  return knownField(key);
}

/** One JSON object → a record, with positions from `doc`. */
export function recordOf(obj: Record<string, unknown>, path: JsonPath, doc: JsonDoc, opts: FormatParseOptions, inherited: Partial<Record<FieldKind, FieldValue>> = {}): RecordRow {
  // The fields by kind, in FIELD_ORDER (then the record is made with named stores in one order:
  // a store by a computed key into a copy of `inherited` was most of reading a JSON turn).
  const found: (FieldValue | undefined)[] = [];
  const members = doc.membersOf(path);
  for (const key in obj) {
    if (!Object.hasOwn(obj, key)) continue;
    const value = obj[key];
    const kind = fieldOf(key, opts);
    if (kind === undefined) continue;
    const slot = FIELD_SLOT[kind];
    if (found[slot] !== undefined) continue;
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const m = members.member(key);
    const field: FieldValue = {
      value: String(value),
      verbatimOffset: typeof value === 'string' ? m.stringOffset : null,
      offset: m.offset ?? 0,
      name: key,
    };
    if (typeof value === 'string' && m.map) field.map = m.map;
    found[slot] = field;
  }
  const fields: Partial<Record<FieldKind, FieldValue>> = {};
  for (let slot = 0; slot < FIELD_ORDER.length; slot++) {
    const f = found[slot] ?? inherited[FIELD_ORDER[slot]!];
    if (f !== undefined) fields[FIELD_ORDER[slot]!] = f;
  }
  return { start: members.offset ?? 0, fields };
}

// Every kind has a slot (a kind added to FieldKind and not here fails to compile).
const FIELD_SLOT: Record<FieldKind, number> = { callId: 0, speaker: 1, role: 2, text: 3, start: 4, end: 5, agent: 6 };
const FIELD_ORDER = (Object.keys(FIELD_SLOT) as FieldKind[]).sort((a, b) => FIELD_SLOT[a] - FIELD_SLOT[b]);

const TURN_ARRAYS = ['turns', 'messages', 'utterances', 'entries', 'segments', 'transcript', 'dialog', 'dialogue', 'conversation', 'replicas', 'реплики', '对话', '對話'];

export function hasTextField(v: unknown, opts: FormatParseOptions): boolean {
  return isObject(v) && Object.keys(v).some((k) => fieldOf(k, opts) === 'text' && typeof v[k] === 'string');
}

/** The array of turn objects inside a call object, if any. */
export function turnArrayKey(obj: Record<string, unknown>, opts: FormatParseOptions): string | undefined {
  for (const [k, v] of Object.entries(obj)) {
    if (Array.isArray(v) && TURN_ARRAYS.includes(k.toLowerCase()) && (v.length === 0 || hasTextField(v[0], opts))) return k;
  }
  return undefined;
}

export function recordOfLine(doc: JsonDoc, opts: FormatParseOptions): RecordRow {
  return recordOf(doc.value as Record<string, unknown>, [], doc, opts);
}

