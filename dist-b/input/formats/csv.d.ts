/**
 * CSV and TSV with a header row: one turn per row, columns found by name (see records.ts) or
 * named in options. The delimiter is `,`, `;`, tab or `|`, chosen by which one splits the header
 * into the most known column names. Quoting follows RFC 4180; an unquoted field, or a quoted one
 * without doubled quotes, stands verbatim in the file (exact positions), a field with `""` does
 * not (diagnostics point at the row). Ragged rows are errors with their line.
 */
import { LineIndex } from '../../text/positions.js';
import { type SourceMap } from '../source-map.js';
import type { FormatParseOptions, InputFormat } from '../index.js';
import type { ParsedDocument } from '../../types.js';
import { type RecordRow } from '../records.js';
interface Field {
    start: number;
    /** Offset of the value's first character when it stands verbatim, else null. */
    verbatim: number | null;
    value: string;
    /** For a quoted field with doubled quotes: where each character stands. */
    map?: SourceMap;
}
interface Row {
    start: number;
    fields: Field[];
}
/** Splits delimited text into rows with field positions (`lines`: the text's line index, asked only to place an error). */
export declare function splitDelimited(text: string, delim: string, lines: () => LineIndex, from?: number): Row[];
/** The delimiter that splits the header into the most known column names (text column required). */
export declare function guessDelimiter(header: string, filePath: string | undefined): {
    delim: string;
    known: number;
};
/** The records (rows) of delimited text with a header; `forced` is the delimiter, if known. */
export declare function delimitedRecords(text: string, opts: FormatParseOptions, forced: string | undefined): RecordRow[];
export declare function parseDelimitedDocument(text: string, opts: FormatParseOptions, forced: string | undefined, format: string): ParsedDocument;
export declare const csv: InputFormat;
export {};
