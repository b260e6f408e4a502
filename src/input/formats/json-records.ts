/**
 * Generic turn records in JSON: JSON Lines (one turn object per line) and a JSON array of turn
 * objects, or of call objects that hold such an array (`turns`, `messages`, `utterances`…). Field
 * names are the CSV column names (records.ts): `call_id`, `speaker`, `role`, `text`, `start`,
 * `end`, `agent`…, overridable with the `csv` options.
 */
import { buildDocument } from '../document.js';
import { TranscriptError } from '../errors.js';
import type { FormatParseOptions, InputFormat } from '../index.js';
import { JsonDoc, type JsonPath } from '../json-scan.js';
import { fieldKey, knownField, rowsToCalls, type FieldKind, type FieldValue, type RecordRow } from '../records.js';
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
function recordOf(obj: Record<string, unknown>, path: JsonPath, doc: JsonDoc, opts: FormatParseOptions, inherited: Partial<Record<FieldKind, FieldValue>> = {}): RecordRow {
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

function hasTextField(v: unknown, opts: FormatParseOptions): boolean {
  return isObject(v) && Object.keys(v).some((k) => fieldOf(k, opts) === 'text' && typeof v[k] === 'string');
}

/** The array of turn objects inside a call object, if any. */
function turnArrayKey(obj: Record<string, unknown>, opts: FormatParseOptions): string | undefined {
  for (const [k, v] of Object.entries(obj)) {
    if (Array.isArray(v) && TURN_ARRAYS.includes(k.toLowerCase()) && (v.length === 0 || hasTextField(v[0], opts))) return k;
  }
  return undefined;
}

export const jsonl: InputFormat = {
  name: 'jsonl',
  description: 'JSON Lines: one turn object per line (the CSV field names; one call per call id)',
  detect: (text, filePath, probe) => {
    if (filePath !== undefined && /\.(jsonl|ndjson)$/i.test(filePath)) return true;
    if (probe.json() !== undefined) return false;
    const first = probe.firstLine();
    if (!first.startsWith('{')) return false;
    try {
      return isObject(JSON.parse(first)) && /\n\s*\{/.test(text);
    } catch {
      return false;
    }
  },
  parse: (text, opts) => {
    const lines = opts.probe.lines;
    const records: RecordRow[] = [];
    let start = 0;
    while (start <= text.length) {
      const nl = text.indexOf('\n', start);
      const end = nl === -1 ? text.length : nl;
      const line = text.slice(start, end);
      if (line.trim() !== '') {
        const doc = JsonDoc.parse(line, lines, start);
        if (!isObject(doc.value)) {
          throw TranscriptError.at(lines, start + (/\S/.exec(line)?.index ?? 0), 'expected one JSON object per line');
        }
        records.push(recordOfLine(doc, opts));
      }
      if (nl === -1) break;
      start = nl + 1;
    }
    const calls = rowsToCalls(records, (o, m) => TranscriptError.at(lines, o, m), { labels: opts.labels });
    return buildDocument(text, 'jsonl', calls, opts);
  },
};

function recordOfLine(doc: JsonDoc, opts: FormatParseOptions): RecordRow {
  return recordOf(doc.value as Record<string, unknown>, [], doc, opts);
}

export const jsonRecords: InputFormat = {
  name: 'json',
  description: 'JSON array of turn objects, or of calls holding one (turns/messages/utterances…); other JSON is refused with its syntax error',
  detect: (text, filePath, probe) => {
    if (filePath !== undefined && /\.json$/i.test(filePath)) return true;
    if (probe.json() !== undefined) return true;
    // Looks like JSON but does not parse: claim it, so the syntax error is reported.
    return /^\s*(?:\{(?!\{)|\[\s*[{["\]])/.test(text);
  },
  parse: (text, opts) => {
    const doc = opts.probe.jsonWithPositions();
    const lines = opts.probe.lines;
    const root = doc.value;
    const records: RecordRow[] = [];
    const located = (o: number, m: string): TranscriptError => TranscriptError.at(lines, o, m);
    const addCall = (obj: Record<string, unknown>, path: JsonPath, key: string, position?: number): void => {
      const callFields = recordOf(obj, path, doc, opts).fields;
      const inherited: Partial<Record<FieldKind, FieldValue>> = {};
      if (callFields.callId) inherited.callId = callFields.callId;
      // Calls in an array without an id of their own are numbered by position (1, 2, …).
      else if (position !== undefined) inherited.callId = { value: String(position + 1), verbatimOffset: null, offset: doc.offsetOf(path) ?? 0, name: '#' };
      if (callFields.agent) inherited.agent = callFields.agent;
      const turns = obj[key] as unknown[];
      if (turns.length === 0 && inherited.callId) records.push({ start: doc.offsetOf(path) ?? 0, fields: inherited });
      turns.forEach((t, i) => {
        if (isObject(t)) records.push(recordOf(t, [...path, key, i], doc, opts, inherited));
      });
    };
    if (Array.isArray(root) && root.every((r) => isObject(r) && hasTextField(r, opts))) {
      root.forEach((r, i) => records.push(recordOf(r as Record<string, unknown>, [i], doc, opts)));
    } else if (Array.isArray(root) && root.length > 0 && root.every((r) => isObject(r) && turnArrayKey(r, opts) !== undefined)) {
      root.forEach((r, i) => addCall(r as Record<string, unknown>, [i], turnArrayKey(r as Record<string, unknown>, opts)!, i));
    } else if (isObject(root) && turnArrayKey(root, opts) !== undefined) {
      addCall(root, [], turnArrayKey(root, opts)!);
    } else {
      throw located(doc.offsetOf([]) ?? 0, 'unrecognised JSON transcript: expected Amazon Transcribe, Contact Lens, Deepgram, AssemblyAI, Whisper or CCAI output, or an array of {speaker, text} turns (see docs/inputs.md); force a format with --input-format');
    }
    // Without any call id the file is one call.
    return buildDocument(text, 'json', rowsToCalls(records, located, { labels: opts.labels }), opts);
  },
};
