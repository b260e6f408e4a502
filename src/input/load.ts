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
import { parseDocument, UnknownFormatError, type ParseOptions } from './index.js';
import { decodeBytes } from './read.js';
import type { RecordFieldNames } from './records.js';
import { DEFAULT_SPEAKER_LABELS, type SpeakerLabels } from './speakers.js';

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

export type InputResult =
  | { ok: true; doc: ParsedDocument; encoding: string; notices: string[] }
  | { ok: false; error: InputError };

/** What `parseDocument` is given for a file read with these input options. */
export function parseOptions(opts: InputOptions, filePath: string, format = opts.format): ParseOptions {
  return {
    filePath,
    labels: opts.labels ?? DEFAULT_SPEAKER_LABELS,
    ...(format !== undefined ? { format } : {}),
    ...(opts.speakerRoles !== undefined ? { speakerRoles: opts.speakerRoles } : {}),
    ...(opts.csv !== undefined ? { csv: opts.csv } : {}),
    ...(opts.directiveMarker !== undefined ? { directiveMarker: opts.directiveMarker } : {}),
  };
}

export function parseInputBytes(bytes: Uint8Array, filePath: string, opts: InputOptions = {}): InputResult {
  const decoded = decodeBytes(bytes, { encoding: opts.encoding });
  if (!decoded.ok) return { ok: false, error: { message: decoded.reason } };
  if (decoded.text.trim() === '') return { ok: false, error: { message: 'empty file; skipped' } };
  try {
    const doc = parseDocument(decoded.text, parseOptions(opts, filePath));
    doc.notices.unshift(...decoded.notices);
    return { ok: true, doc, encoding: decoded.encoding, notices: doc.notices };
  } catch (e) {
    if (e instanceof TranscriptError) {
      const error: InputError = { message: e.reason };
      if (e.line !== undefined) error.line = e.line;
      if (e.column !== undefined) error.column = e.column;
      return { ok: false, error };
    }
    if (e instanceof UnknownFormatError) return { ok: false, error: { message: e.message } };
    throw e;
  }
}

/** Library API: parses a transcript (bytes or text); throws a TranscriptError on bad input. */
export function parseTranscript(input: Uint8Array | string, opts: InputOptions & { filePath?: string } = {}): ParsedDocument {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const r = parseInputBytes(bytes, opts.filePath ?? '<input>', typeof input === 'string' ? { ...opts, encoding: 'utf-8' } : opts);
  if (!r.ok) throw new TranscriptError(r.error.message, r.error.line, r.error.column);
  return r.doc;
}
