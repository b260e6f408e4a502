/**
 * Bytes → ParsedDocument: the one entry point the CLI and the public API use to read an input
 * file. Decodes (BOM, detection, forced encoding), then parses with the forced or detected
 * format. Never throws for a user's bad file: returns `{ok:false, error}` with the line where
 * known (`parseTranscript` is the throwing variant for library users).
 */
import type { ParsedDocument, Role } from '../types.js';
import { parseDocument } from './index.js';
import { decodeBytes } from './read.js';
import { DEFAULT_SPEAKER_LABELS, type SpeakerLabels } from './speakers.js';

export interface CsvColumns {
  callId?: string;
  speaker?: string;
  text?: string;
  start?: string;
  end?: string;
  agent?: string;
}

export interface InputOptions {
  /** `--input-format`: force a format by name. */
  format?: string;
  /** `--encoding`: force an encoding (iconv-lite names). */
  encoding?: string;
  /** Plain-transcript labels (config `speakers: {agent: [...], customer: [...]}`). */
  labels?: SpeakerLabels;
  /** Config `speakerRoles: {spk_0: agent, "A": customer}`. */
  speakerRoles?: Record<string, Role>;
  /** CSV/TSV/JSONL column (field) overrides. */
  csv?: CsvColumns;
}

export interface InputError {
  message: string;
  line?: number;
  column?: number;
}

export type InputResult =
  | { ok: true; doc: ParsedDocument; encoding: string; notices: string[] }
  | { ok: false; error: InputError };

/** A transcript that could not be read; `line`/`column` are 1-based where known. */
export class TranscriptError extends Error {
  readonly line: number | undefined;
  readonly column: number | undefined;
  constructor(message: string, line?: number, column?: number) {
    super(line !== undefined ? `${line}:${column ?? 1}: ${message}` : message);
    this.name = 'TranscriptError';
    this.line = line;
    this.column = column;
    // Keep the bare message available for reporters that print the location themselves.
    Object.defineProperty(this, 'reason', { value: message, enumerable: false });
  }
}

export function parseInputBytes(bytes: Uint8Array, filePath: string, opts: InputOptions = {}): InputResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, error: { message: decoded.reason } };
  try {
    const doc = parseDocument(decoded.text, {
      filePath,
      labels: opts.labels ?? DEFAULT_SPEAKER_LABELS,
      ...(opts.format !== undefined ? { format: opts.format } : {}),
    });
    doc.notices.unshift(...decoded.notices);
    return { ok: true, doc, encoding: decoded.encoding, notices: doc.notices };
  } catch (e) {
    if (e instanceof TranscriptError) {
      const error: InputError = { message: (e as unknown as { reason: string }).reason };
      if (e.line !== undefined) error.line = e.line;
      if (e.column !== undefined) error.column = e.column;
      return { ok: false, error };
    }
    return { ok: false, error: { message: e instanceof Error ? e.message : String(e) } };
  }
}

/** Library API: parses a transcript (bytes or text); throws a TranscriptError on bad input. */
export function parseTranscript(input: Uint8Array | string, opts: InputOptions & { filePath?: string } = {}): ParsedDocument {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const r = parseInputBytes(bytes, opts.filePath ?? '<input>', opts);
  if (!r.ok) throw new TranscriptError(r.error.message, r.error.line, r.error.column);
  return r.doc;
}
