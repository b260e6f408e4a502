/**
 * Turn records with named fields — CSV/TSV rows, JSON Lines, JSON arrays — read the same way:
 * fields are found by common column names in English, Russian and Chinese (or named in options),
 * rows with a call id are grouped into one Call per id in first-appearance order, and times are
 * read as seconds, milliseconds (`*_ms` columns), clock times (`01:02.5`, `00:01:02,500`) or dates.
 */
import type { RawCall } from './document.js';
import type { FormatParseOptions } from './index.js';
import type { ParsedDocument } from '../types.js';
import { TranscriptError } from './errors.js';
import { type SourceMap } from './source-map.js';
import { type SpeakerLabels } from './speakers.js';
export type FieldKind = 'callId' | 'speaker' | 'role' | 'text' | 'start' | 'end' | 'agent';
/** Column/field overrides (config `csv:` / library option `csv`). */
export interface RecordFieldNames {
    callId?: string;
    speaker?: string;
    role?: string;
    text?: string;
    start?: string;
    end?: string;
    agent?: string;
}
/** Known names per field, compared after `fieldKey` (lower case, no spaces, _ - . or brackets). */
export declare const FIELD_NAMES: Record<FieldKind, string[]>;
export declare function fieldKey(name: string): string;
/** The field a column name stands for, by the known names. */
export declare function knownField(name: string): FieldKind | undefined;
/**
 * Chooses one column per field: overrides first (must exist), then known names, first column
 * wins. Returns the index per field.
 */
export declare function mapColumns(names: readonly string[], overrides: RecordFieldNames | undefined, located: (message: string) => TranscriptError): Partial<Record<FieldKind, number>>;
/** Each field kind's place in the order a record's fields are stored (a kind added to FieldKind and not here fails to compile). */
export declare const FIELD_SLOT: Readonly<Record<FieldKind, number>>;
/**
 * A record's fields object from its values by FIELD_SLOT, made with named stores in that one
 * order: stores by a computed key into a fresh object (a JSON turn, a CSV row) made every
 * record's fields a slow object, and reading a JSON turn took most of its time.
 */
export declare function fieldsOf(found: readonly (FieldValue | undefined)[]): Partial<Record<FieldKind, FieldValue>>;
/** A field value with its place in the file. */
export interface FieldValue {
    value: string;
    /** Offset of value[0] when the value stands verbatim in the file, else null. */
    verbatimOffset: number | null;
    /** Offset of the field (for errors). */
    offset: number;
    /** The column/field name, for messages. */
    name: string;
    /** When not verbatim: where each character stands, if known. */
    map?: SourceMap;
}
export interface RecordRow {
    /** Start of the record in the file (anchor for diagnostics without a verbatim position). */
    start: number;
    fields: Partial<Record<FieldKind, FieldValue>>;
}
/** Reads a time field: `12.5` (seconds, or ms when the column says so), `01:02.5`, a date. */
export declare function readTime(f: FieldValue, located: (offset: number, message: string) => TranscriptError): {
    value: number;
    absolute: boolean;
} | undefined;
export interface GroupOptions {
    labels: SpeakerLabels;
}
/** Rows → calls (one per call id, first-appearance order; one call without ids). */
export declare function rowsToCalls(rows: readonly RecordRow[], located: (offset: number, message: string) => TranscriptError, opts: GroupOptions): RawCall[];
/** The document of a format of one turn per record (JSON Lines, CSV, TSV): `rows` grouped into calls over `text`. */
export declare function documentOfRecords(text: string, format: string, rows: readonly RecordRow[], opts: FormatParseOptions): ParsedDocument;
