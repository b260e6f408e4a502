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
  const fields: Partial<Record<FieldKind, FieldValue>> = { ...inherited };
  const own = new Set<FieldKind>();
  for (const [key, value] of Object.entries(obj)) {
    const kind = fieldOf(key, opts);
    if (kind === undefined || own.has(kind)) continue;
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const p = [...path, key];
    own.add(kind);
    fields[kind] = {
      value: String(value),
      verbatimOffset: typeof value === 'string' ? doc.stringOffset(p) : null,
      offset: doc.offsetOf(p) ?? 0,
      name: key,
    };
    const map = typeof value === 'string' ? doc.stringMap(p) : undefined;
    if (map) fields[kind].map = map;
  }
  return { start: doc.offsetOf(path) ?? 0, fields };
}

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

