/**
 * Bytes → ParsedDocument: the one entry point the CLI and the public API use to read an input
 * file. Decodes (forced encoding, BOM, UTF-16 by NUL pattern, UTF-8, else detection), then parses
 * with the forced or detected format. Never throws for a user's bad file: returns
 * `{ok: false, error}` with the line/column where known (`parseTranscript` is the throwing
 * variant for library users). An empty file (nothing but whitespace) is an error too: a QA export
 * that came out empty is something to look at, not a clean call.
 */
import type { ParsedDocument, Role } from '../types.js';
import { TranscriptError } from './errors.js';
import { type ParseOptions } from './index.js';
import type { RecordFieldNames } from './records.js';
import { type SpeakerLabels } from './speakers.js';
export { TranscriptError };
/** Column (CSV/TSV) or field (JSON Lines, JSON records) names that override the built-in ones. */
export type CsvColumns = RecordFieldNames;
export interface InputOptions {
    /** `--input-format`: force a format by name (see INPUT_FORMATS). */
    format?: string;
    /** `--encoding`: force an encoding (iconv-lite names). */
    encoding?: string;
    /** Plain-transcript labels (config `speakers: {agent: [...], customer: [...]}`). */
    labels?: SpeakerLabels;
    /** Config `speakerRoles: {spk_0: agent, "A": customer}`. */
    speakerRoles?: Record<string, Role>;
    /** CSV/TSV/JSONL column (field) overrides. */
    csv?: CsvColumns;
    /** Line-comment marker of inline directives in plain text (config `directiveMarker`; default `#`). */
    directiveMarker?: string;
}
export interface InputError {
    message: string;
    line?: number;
    column?: number;
}
export type InputResult = {
    ok: true;
    doc: ParsedDocument;
    encoding: string;
    notices: string[];
} | {
    ok: false;
    error: InputError;
};
/** What `parseDocument` is given for a file read with these input options. */
export declare function parseOptions(opts: InputOptions, filePath: string, format?: string | undefined): ParseOptions;
export declare function parseInputBytes(bytes: Uint8Array, filePath: string, opts?: InputOptions): InputResult;
/** Library API: parses a transcript (bytes or text); throws a TranscriptError on bad input. */
export declare function parseTranscript(input: Uint8Array | string, opts?: InputOptions & {
    filePath?: string;
}): ParsedDocument;
