/**
 * Generic turn records in JSON, shared by JSON Lines (jsonl.ts) and JSON (json.ts): field names are
 * the CSV column names (records.ts): `call_id`, `speaker`, `role`, `text`, `start`, `end`,
 * `agent`…, overridable with the `csv` options.
 */
import type { FormatParseOptions } from '../index.js';
import type { JsonDoc, JsonPath } from '../json-scan.js';
import { type FieldKind, type FieldValue, type RecordRow } from '../records.js';
/** One JSON object → a record, with positions from `doc`. */
export declare function recordOf(obj: Record<string, unknown>, path: JsonPath, doc: JsonDoc, opts: FormatParseOptions, inherited?: Partial<Record<FieldKind, FieldValue>>): RecordRow;
export declare function hasTextField(v: unknown, opts: FormatParseOptions): boolean;
/** The array of turn objects inside a call object, if any. */
export declare function turnArrayKey(obj: Record<string, unknown>, opts: FormatParseOptions): string | undefined;
export declare function recordOfLine(doc: JsonDoc, opts: FormatParseOptions): RecordRow;
