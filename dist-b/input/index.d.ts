/**
 * Input formats. Each format turns decoded text into a ParsedDocument (calls → turns with
 * speakers, roles, times and source offsets). The format is chosen by name (`format`) or detected
 * from the content (JSON shape, subtitle timing lines, a CSV header), most specific first; the
 * extension only decides between formats that cannot be told apart by content.
 */
import type { ParsedDocument, Role } from '../types.js';
import { ContentProbe } from './probe.js';
import { type RecordFieldNames, type RecordRow } from './records.js';
import { type SpeakerLabels } from './speakers.js';
export interface ParseOptions {
    /** Force a format instead of detecting it. */
    format?: string;
    /** File path, used for detection by extension. */
    filePath?: string;
    labels?: SpeakerLabels;
    /** Roles of speaker ids (`{spk_0: 'agent', A: 'customer'}`), over any format default. */
    speakerRoles?: Record<string, Role>;
    /** Column / field names for CSV, TSV, JSON Lines and JSON records. */
    csv?: RecordFieldNames;
    /** Line-comment marker of inline directives in plain text (default `#`; null: none; docs/directives.md). */
    directiveMarker?: string | null;
}
/** What a format's `parse` receives. */
export interface FormatParseOptions {
    labels: SpeakerLabels;
    /** The shared, lazily computed view of the content (parsed JSON, line index). */
    probe: ContentProbe;
    filePath?: string | undefined;
    speakerRoles?: Record<string, Role> | undefined;
    csv?: RecordFieldNames | undefined;
    directiveMarker?: string | null | undefined;
}
export interface InputFormat {
    name: string;
    description: string;
    /** True when this format should read the text (checked in registration order). */
    detect(text: string, filePath: string | undefined, probe: ContentProbe): boolean;
    /** Throws a TranscriptError (with line/column) when the text is not valid in this format. */
    parse(text: string, opts: FormatParseOptions): ParsedDocument;
    /**
     * Formats of one turn per record (JSON Lines, CSV, TSV): the records of `text` before they are
     * grouped into calls, so a large export can be read in pieces (api/large-export.ts). `parse` is
     * then `buildDocument` of `rowsToCalls` of these.
     */
    records?(text: string, opts: FormatParseOptions): RecordRow[];
}
/** Registered formats, most specific first; `text` is the fallback. */
export declare const INPUT_FORMATS: InputFormat[];
export declare class UnknownFormatError extends Error {
}
/** The format that would read `text` (forced by name, else detected). */
export declare function selectFormat(text: string, opts: Pick<ParseOptions, 'format' | 'filePath'>, probe?: ContentProbe): InputFormat;
/** Records of a text in a format of one turn per record, and how a run of them becomes a document. */
export interface RecordReading {
    format: string;
    records: RecordRow[];
    /** The document of `rows` (some of `records`, in order) over the whole text. Throws a TranscriptError. */
    document(rows: readonly RecordRow[]): ParsedDocument;
}
/**
 * `parseDocument` in two steps, for a format with records (see InputFormat.records): null for any
 * other format. Throws as parseDocument does.
 */
export declare function readRecords(text: string, opts?: ParseOptions): RecordReading | null;
/**
 * Parses decoded text. Throws UnknownFormatError for an unknown forced format and a
 * TranscriptError (with line/column) for a file that is not valid in its format.
 */
export declare function parseDocument(text: string, opts?: ParseOptions): ParsedDocument;
