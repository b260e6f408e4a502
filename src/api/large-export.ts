/**
 * A large export — one JSON Lines, CSV or TSV file with the turns of many calls, as contact-centre
 * platforms export a day of calls — linted in pieces of a few MB instead of whole. Read whole, a
 * 55 MB JSON Lines file took ~430 MB (its text as a two-byte string, every record, every turn and
 * every result at once), so a day's export would take gigabytes.
 *
 * How: the file is read a piece at a time, cut at a line break (for CSV/TSV one outside quotes);
 * the piece's records are read by the format's own reader (InputFormat.records), and the calls
 * whose records are all in the piece are linted as one document; the records of the last call,
 * which may go on in the next piece, are carried over to it. A CSV piece after the first is read
 * with the file's header in front. Findings, code-frame lines and suggestion ranges are moved to
 * their places in the whole file, so the result is the one a whole-file read gives (tested).
 *
 * Anything that would make the pieces differ from the whole falls back to reading the file whole
 * (`null`): a file that is not UTF-8 or has a NUL byte, a call whose records are not together (its
 * id comes back after another call's), a call longer than MAX_CARRY_PIECES pieces (no call ids at all),
 * a piece the format reader rejects (the whole read then reports the error with its position).
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import type { Linter } from '../engine/linter.js';
import { summarize } from '../engine/linter.js';
import { keepFrameLines } from '../formatters/index.js';
import { readRecords, type RecordReading } from '../input/index.js';
import { parseOptions, type InputOptions } from '../input/load.js';
import type { RecordRow } from '../input/records.js';
import type { CallResult, Diagnostic, FileResult, Language, SuppressedDiagnostic } from '../types.js';
import { detachStrings } from './run-files.js';

/**
 * Files from this size on are read in pieces (when their format allows). Read whole, a file takes
 * ~13 times its size at its peak (the 55 MB JSON Lines file: ~710 MB with --jobs 1).
 */
export const LARGE_EXPORT_BYTES = 8 * 1024 * 1024;
/**
 * Bytes read per piece (a piece ends at the last line break in them). The 55 MB JSON Lines file,
 * `-f summary --jobs 1`, peak RSS: 234 MB with pieces of 1 MiB, 357 MB with 4 MiB, 834 MB with
 * 16 MiB; 256 and 512 KiB gave no less.
 */
export const PIECE_BYTES = 1024 * 1024;
/** A call carried over longer than this many pieces (in characters) ends the piecewise read. */
const MAX_CARRY_PIECES = 4;
const NO_SPEECH = 'no speech found in the file';

export interface PieceOptions {
  input?: InputOptions | undefined;
  /** Keep the lines findings point at (FileResult.sourceLines, as keepFrameLines does); otherwise no source. */
  frameLines: boolean;
  /** Smallest file read in pieces (default LARGE_EXPORT_BYTES). */
  minBytes?: number;
  /** Bytes per piece (default PIECE_BYTES). */
  pieceBytes?: number;
  /** Longest call carried from piece to piece, in characters (default MAX_CARRY_PIECES pieces). */
  maxCarry?: number;
}

type Kind = 'jsonl' | 'delimited';

/** What the file's name or the forced format says it is, or null for a format not read in pieces. */
function kindOf(path: string, format: string | undefined): Kind | null {
  const name = format ?? (/\.(jsonl|ndjson)$/i.test(path) ? 'jsonl' : /\.csv$/i.test(path) ? 'csv' : /\.tsv$/i.test(path) ? 'tsv' : null);
  return name === 'jsonl' ? 'jsonl' : name === 'csv' || name === 'tsv' ? 'delimited' : null;
}

/** Reads a file a piece of whole lines at a time, decoded as UTF-8; null for what must be read whole. */
class PieceReader {
  private rest: Buffer = Buffer.alloc(0);
  private position = 0;
  private ended = false;
  private first = true;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  /** Byte offset in the file where the next piece starts (the end of the pieces returned so far). */
  delivered: number;

  /**
   * Reads from byte `start` (a line start). Before `end` (a line start too) no piece goes past
   * it, so the pieces of a range end exactly at its end; after it, pieces go on to the file's end.
   */
  constructor(
    private readonly fd: number,
    private readonly size: number,
    private readonly pieceBytes: number,
    private readonly kind: Kind,
    private readonly maxBytes: number,
    start = 0,
    private readonly end = size,
  ) {
    this.position = start;
    this.delivered = start;
    this.first = start === 0;
  }

  get done(): boolean {
    return this.ended && this.rest.length === 0;
  }

  /**
   * The next piece's text, '' at the end; null when the bytes are not plain UTF-8 text, or when
   * no cut is found in `maxBytes` (a line that long, or CSV whose quotes never pair up: a stray
   * `"` inside an unquoted field counts as one).
   */
  next(): string | null {
    let buf = this.rest;
    // The scan for a cut goes on where it stopped when more bytes are read.
    let scanned = 0;
    let quotes = 0;
    let cut = 0;
    for (;;) {
      const want = Math.min(this.pieceBytes, (this.position < this.end ? this.end : this.size) - this.position);
      if (want > 0) {
        const chunk = Buffer.allocUnsafe(want);
        const got = readSync(this.fd, chunk, 0, want, this.position);
        this.position += got;
        buf = buf.length === 0 ? chunk.subarray(0, got) : Buffer.concat([buf, chunk.subarray(0, got)]);
        if (got < want) this.ended = true;
      }
      if (this.position >= this.size) this.ended = true;
      if (this.ended) cut = buf.length;
      else if (this.kind === 'jsonl') cut = buf.lastIndexOf(0x0a) + 1;
      else {
        // Quotes come in pairs in RFC 4180 fields (`""` inside a quoted one): outside every
        // quoted field after an even number of them. A piece starts outside one.
        for (; scanned < buf.length; scanned++) {
          const b = buf[scanned]!;
          if (b === 0x22) quotes++;
          else if (b === 0x0a && (quotes & 1) === 0) cut = scanned + 1;
        }
      }
      if (cut > 0 || this.ended) {
        const piece = buf.subarray(0, cut);
        this.rest = Buffer.from(buf.subarray(cut));
        this.delivered += cut;
        if (piece.includes(0)) return null;
        // A byte order mark is not text (offsets are counted after it, as decodeBytes does).
        const start = this.first && piece[0] === 0xef && piece[1] === 0xbb && piece[2] === 0xbf ? 3 : 0;
        this.first = false;
        try {
          return this.decoder.decode(piece.subarray(start));
        } catch {
          return null;
        }
      }
      if (buf.length > this.maxBytes) return null;
    }
  }
}

const keyOf = (r: RecordRow): string => (r.fields.callId ? r.fields.callId.value.trim() : '\u0000');

function newlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * `s` made one flat string. A piece joined to what came before it is a rope (a cons string) to V8,
 * and String.prototype.indexOf on a rope walks it anew at every call: the line index of a 1 MB
 * JSON Lines piece took ~4.5 ms instead of ~0.25. Reading a character flattens the rope in place.
 */
function flat(s: string): string {
  s.charCodeAt(0);
  return s;
}

function moveFinding(d: Diagnostic | SuppressedDiagnostic, offsets: number, lines: number): void {
  d.offset += offsets;
  d.endOffset += offsets;
  d.line += lines;
  d.endLine += lines;
  for (const s of d.suggestions) s.range = [s.range[0] + offsets, s.range[1] + offsets];
}

/** Whether `absPath` is read in pieces (a large JSON Lines, CSV or TSV export in UTF-8); its kind, or null. */
export function exportKind(absPath: string, input: InputOptions, minBytes: number): Kind | null {
  const kind = kindOf(absPath, input.format);
  if (kind === null) return null;
  if (input.encoding !== undefined && !/^utf-?8$/i.test(input.encoding)) return null;
  try {
    // One stat for the many small files of a folder; the size is read again once the file is open.
    return statSync(absPath).size < minBytes ? null : kind;
  } catch {
    return null; // the whole-file read reports why
  }
}

/**
 * Lints `absPath` in pieces when it is a large export (see the module comment); null when it is
 * not one or must be read whole. `shownPath` is the path the result carries.
 */
export function lintInPieces(linter: Linter, absPath: string, shownPath: string, opts: PieceOptions): FileResult | null {
  const input = opts.input ?? {};
  const kind = exportKind(absPath, input, opts.minBytes ?? LARGE_EXPORT_BYTES);
  if (kind === null) return null;
  const part = withFile(absPath, (fd, size) => {
    const pieceBytes = opts.pieceBytes ?? PIECE_BYTES;
    const maxCarry = opts.maxCarry ?? MAX_CARRY_PIECES * pieceBytes;
    return piecewise(linter, new PieceReader(fd, size, pieceBytes, kind, maxCarry), shownPath, input, opts.frameLines, kind, maxCarry, null);
  });
  return part === null ? null : mergeExportParts([part], shownPath);
}

/** `use(fd, size)` of the open file, closed after; null when it cannot be opened. */
function withFile<T>(absPath: string, use: (fd: number, size: number) => T | null): T | null {
  let fd: number;
  try {
    fd = openSync(absPath, 'r');
  } catch {
    return null;
  }
  try {
    return use(fd, fstatSync(fd).size);
  } finally {
    closeSync(fd);
  }
}

// ---------------------------------------------------------------------------------------------
// A large export in ranges, for worker threads (run-files.ts).
//
// The file is cut into byte ranges at line starts. A range lints the calls whose first record is
// in it: it skips the records at its start that go on the call open before it (the call of the
// last record before the range), and past its end it reads on until the call open there ends.
// Each range's findings are counted from its own start; mergeExportParts moves them by the text
// of the ranges before (UTF-16 units and line breaks of each range exactly) and checks that no
// call was linted twice (a call whose records are apart: the file is then read another way).
// The parts merged are the result lintInPieces gives for the whole file (tested). CSV and TSV are
// cut at line starts outside quoted fields, which this thread finds by counting the quotes from
// the file's start; a range after the first reads the file's header in front of its pieces.

/** What a range (or the whole file, read in pieces) gives: plain data, counted from the range's start. */
export interface ExportPart {
  diagnostics: Diagnostic[];
  suppressed: SuppressedDiagnostic[];
  /** The reading's notices (per call), then the linting's, each list without repeats. */
  notices: string[];
  lintNotices: string[];
  languages: Language[];
  calls?: CallResult[];
  sourceLines?: Record<number, string>;
  format?: string;
  /** Whether any call had a turn. */
  speech: boolean;
  /** Keys of the calls linted, in order. */
  keys: string[];
  /** The range's own text (from its start to its end, not what was read past it): UTF-16 units and line breaks. */
  chars: number;
  lines: number;
}

/** Bytes of a large export per range, at least. */
export const EXPORT_RANGE_BYTES = 4 * 1024 * 1024;

/**
 * A range of a large export: bytes [start, end), both record starts, and `prev`, where the record
 * before `start` starts (CSV/TSV, found while their quotes are counted; -1 for JSON Lines, whose
 * range looks back for its line before `start` itself).
 */
export type ExportRange = [start: number, end: number, prev: number];

/**
 * The ranges a large export is linted in by `threads` threads (about `rangeBytes` each, at least
 * four per thread so that a fast thread takes more), or null when the file is not such an export
 * or is too small to cut. JSON Lines is cut at line starts; CSV and TSV at line starts outside
 * quoted fields, which takes counting the quotes from the file's start (a pass over its bytes in
 * this thread, ~1 ns a byte).
 */
export function exportRanges(absPath: string, input: InputOptions | undefined, threads: number, rangeBytes = EXPORT_RANGE_BYTES, minBytes = LARGE_EXPORT_BYTES): ExportRange[] | null {
  if (threads < 2) return null;
  const kind = exportKind(absPath, input ?? {}, minBytes);
  if (kind === null) return null;
  return withFile(absPath, (fd, size) => {
    const count = Math.max(Math.ceil(size / rangeBytes), threads * 4);
    const starts = kind === 'jsonl' ? lineStarts(fd, size, count) : recordStarts(fd, size, count);
    if (starts.length < 2) return null;
    return starts.map(([start, prev], k) => [start, k + 1 < starts.length ? starts[k + 1]![0] : size, prev] as ExportRange);
  });
}

/** [0, -1] and the first line start at or after each k-th share of the file (increasing), each with -1. */
function lineStarts(fd: number, size: number, count: number): Array<[number, number]> {
  const starts: Array<[number, number]> = [[0, -1]];
  const chunk = Buffer.allocUnsafe(64 * 1024);
  for (let k = 1; k < count; k++) {
    let at = Math.max(Math.floor((k * size) / count), starts[starts.length - 1]![0] + 1);
    let start = -1;
    while (at < size && start === -1) {
      const got = readSync(fd, chunk, 0, chunk.length, at - 1);
      if (got === 0) break;
      const nl = chunk.subarray(0, got).indexOf(0x0a);
      if (nl !== -1) start = at + nl;
      else at += got;
    }
    if (start === -1 || start >= size) break;
    starts.push([start, -1]);
  }
  return starts;
}

/**
 * [0, -1] and the first record start (a line start outside quotes: quotes pair up in RFC 4180
 * fields) at or after each k-th share of a CSV/TSV file, each with the start of the line before it.
 */
function recordStarts(fd: number, size: number, count: number): Array<[number, number]> {
  const starts: Array<[number, number]> = [[0, -1]];
  const chunk = Buffer.allocUnsafe(1024 * 1024);
  let k = 1;
  let target = Math.floor(size / count);
  let quoted = false;
  let lineStart = 0;
  for (let at = 0; at < size && k < count; ) {
    const got = readSync(fd, chunk, 0, Math.min(chunk.length, size - at), at);
    if (got === 0) break;
    for (let i = 0; i < got; i++) {
      const b = chunk[i]!;
      if (b === 0x22) quoted = !quoted;
      else if (b === 0x0a && !quoted) {
        const next = at + i + 1;
        if (next >= target && next < size) {
          starts.push([next, lineStart]);
          k++;
          target = Math.floor((k * size) / count);
          if (k >= count) break;
        }
        lineStart = next;
      }
    }
    at += got;
  }
  return starts;
}

/**
 * Lints one range of a large export (see exportRanges): its part, or null when the file must be
 * read another way (lintInPieces or whole).
 */
export function lintExportRange(linter: Linter, absPath: string, shownPath: string, range: ExportRange, opts: PieceOptions): ExportPart | null {
  const input = opts.input ?? {};
  const kind = kindOf(absPath, input.format);
  if (kind === null) return null;
  const [start, rangeEnd, prev] = range;
  return withFile(absPath, (fd, size) => {
    const pieceBytes = opts.pieceBytes ?? PIECE_BYTES;
    const maxCarry = opts.maxCarry ?? MAX_CARRY_PIECES * pieceBytes;
    const end = Math.min(rangeEnd, size);
    let prevKey: string | null = null;
    let prefix = '';
    if (start > 0 && kind === 'jsonl') {
      prevKey = keyBefore(fd, start, input, shownPath, maxCarry);
      if (prevKey === null) return null;
    } else if (start > 0) {
      // CSV/TSV: the file's header goes in front of the range's pieces, and the record before
      // the range (unless that is the header) says which call is open at its start.
      const header = headerOf(fd, size, input, shownPath, maxCarry);
      if (header === null || start < header.bytes) return null;
      prefix = header.text;
      if (prev >= header.bytes) {
        if (start - prev > maxCarry) return null;
        const bytes = Buffer.allocUnsafe(start - prev);
        readSync(fd, bytes, 0, bytes.length, prev);
        prevKey = lastKey(bytes, prefix, input, shownPath, input.format);
        if (prevKey === null) return null;
      }
    }
    const reader = new PieceReader(fd, size, pieceBytes, kind, maxCarry, start, end);
    return piecewise(linter, reader, shownPath, input, opts.frameLines, kind, maxCarry, { end, prevKey, prefix });
  });
}

/** A CSV/TSV file's header (the text before its first record) and its length in the file's bytes, or null. */
function headerOf(fd: number, size: number, input: InputOptions, shownPath: string, maxBytes: number): { text: string; bytes: number } | null {
  const reader = new PieceReader(fd, size, 64 * 1024, 'delimited', maxBytes);
  const text = reader.next();
  if (text === null) return null;
  let records: RecordRow[];
  try {
    records = readRecords(flat(text), parseOptions(input, shownPath, input.format))?.records ?? [];
  } catch {
    return null;
  }
  if (records.length === 0) return null;
  const headerText = text.slice(0, text.lastIndexOf('\n', records[0]!.start - 1) + 1);
  const bom = Buffer.alloc(3);
  readSync(fd, bom, 0, 3, 0);
  return { text: headerText, bytes: Buffer.byteLength(headerText) + (bom[0] === 0xef && bom[1] === 0xbb && bom[2] === 0xbf ? 3 : 0) };
}

/** The call key of the last record before byte `start` (a line start), or null when there is none or it cannot be read. */
function keyBefore(fd: number, start: number, input: InputOptions, shownPath: string, maxBytes: number): string | null {
  // Back from the line break before `start` to the line break before that: the line before.
  let lineEnd = start - 1;
  while (lineEnd > 0) {
    let lineStart = lineEnd;
    const chunk = Buffer.allocUnsafe(16 * 1024);
    for (;;) {
      const from = Math.max(0, lineStart - chunk.length);
      const got = readSync(fd, chunk, 0, lineStart - from, from);
      const nl = chunk.subarray(0, got).lastIndexOf(0x0a);
      if (nl !== -1) {
        lineStart = from + nl + 1;
        break;
      }
      lineStart = from;
      if (from === 0 || lineEnd - lineStart > maxBytes) break;
    }
    if (lineEnd - lineStart > maxBytes) return null;
    const bytes = Buffer.allocUnsafe(lineEnd - lineStart);
    readSync(fd, bytes, 0, bytes.length, lineStart);
    const blank = bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0d);
    if (!blank) return lastKey(lineStart === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes, '', input, shownPath, 'jsonl');
    lineEnd = lineStart - 1; // a blank line (spaces, tabs, CR): the one before it
  }
  return null;
}

/** The call key of the last record in `bytes` (whole records, read after `prefix`: a CSV header), or null when it has none or cannot be read. */
function lastKey(bytes: Uint8Array, prefix: string, input: InputOptions, shownPath: string, format: string | undefined): string | null {
  try {
    const records = readRecords(prefix + new TextDecoder('utf-8', { fatal: true }).decode(bytes), parseOptions(input, shownPath, format))?.records ?? [];
    return records.length === 0 ? null : keyOf(records[records.length - 1]!);
  } catch {
    return null;
  }
}

interface RangeEnd {
  /** Byte offset where the range ends (a record start). */
  end: number;
  /** Key of the call open at the range's start (its records there are the range before's), or null at the file's start. */
  prevKey: string | null;
  /** CSV/TSV after the first range: the file's header, read in front of every piece. */
  prefix: string;
}

function piecewise(linter: Linter, reader: PieceReader, shownPath: string, input: InputOptions, frameLines: boolean, kind: Kind, maxCarry: number, range: RangeEnd | null): ExportPart | null {
  const part: ExportPart = { diagnostics: [], suppressed: [], notices: [], lintNotices: [], languages: [], speech: false, keys: [], chars: 0, lines: 0 };
  const languages = new Set<Language>();
  let calls: CallResult[] | undefined;
  let sourceLines: Record<number, string> | undefined;
  let format: string | undefined = input.format;
  /** Calls already linted (their keys): one coming back means records not together. */
  const done = new Set<string>();
  /** Text of the call carried over, and where it starts in the whole text (offset, line breaks before). */
  let carry = '';
  let base = 0;
  let baseLine = 0;
  /** CSV/TSV: the header (and what precedes it), read in front of every piece after the first. */
  let prefix = range?.prefix ?? '';
  let prefixLines = newlines(prefix, prefix.length);
  /** A range: the key of the call open at its start, whose records are skipped (null once another call starts). */
  let skip = range?.prevKey ?? null;
  let skipped = 0;
  /** A range read to its end: the key of the call open there, whose records past the end are its own. */
  let open: string | null = null;
  for (;;) {
    // Past a range's end only the call open there goes on; with nothing open the range is done.
    const beyond = range !== null && reader.delivered >= range.end;
    if (beyond && open === null) break;
    const next = reader.next();
    if (next === null) return null;
    if (range !== null && !beyond) {
      part.chars += next.length;
      part.lines += newlines(next, next.length);
    }
    const last = reader.done;
    const text = carry + next;
    const docText = flat(prefix + text);
    let reading: RecordReading | null;
    try {
      reading = readRecords(docText, parseOptions(input, shownPath, format));
    } catch {
      return null;
    }
    if (reading === null || kindOf('', reading.format) !== kind) return null;
    format = reading.format;
    let records = reading.records;
    if (skip !== null) {
      let from = 0;
      while (from < records.length && keyOf(records[from]!) === skip) from++;
      if (from === records.length && !last) {
        // All of it goes on the call before the range: not this range's.
        skipped += text.length;
        if (skipped > maxCarry) return null;
        baseLine += newlines(text, text.length);
        base += text.length;
        carry = '';
        continue;
      }
      records = records.slice(from);
      skip = null;
    }
    let cut = text.length;
    let lintRecords = records;
    let stop = false;
    if (beyond) {
      // The call open at the range's end (carried: the first records here) up to its last record.
      let j = 0;
      while (j < records.length && keyOf(records[j]!) === open) j++;
      if (j < records.length || last) {
        lintRecords = records.slice(0, j);
        stop = true;
      } else {
        cut = 0;
        lintRecords = [];
      }
    } else {
      // Each call's records together, and no call seen in an earlier piece.
      let tail = 0;
      for (let i = 0; i < records.length; i++) {
        if (i > 0 && keyOf(records[i]!) === keyOf(records[i - 1]!)) continue;
        if (done.has(keyOf(records[i]!))) return null;
        if (i > 0) done.add(keyOf(records[i - 1]!));
        tail = i;
      }
      // The records of the last call may go on in the next piece: from the start of its first line.
      if (!last && records.length === 0) {
        // Only the header, or one record longer than the piece: all of it goes on.
        cut = 0;
        lintRecords = [];
      } else if (!last) {
        lintRecords = records.slice(0, tail);
        const lineStart = docText.lastIndexOf('\n', records[tail]!.start - 1) + 1;
        cut = lineStart - prefix.length;
        if (cut < 0) return null;
      }
    }
    if (lintRecords.length > 0) {
      let doc;
      try {
        doc = reading.document(lintRecords);
      } catch {
        return null;
      }
      if (doc.calls.some((c) => c.turns.length > 0)) part.speech = true;
      const r = linter.lintDocument(doc, shownPath);
      const offsets = base - prefix.length;
      const lines = baseLine - prefixLines;
      if (!frameLines) delete r.source;
      else {
        keepFrameLines(r);
        if (r.sourceLines) {
          sourceLines ??= {};
          for (const [line, textOfLine] of Object.entries(r.sourceLines)) sourceLines[Number(line) + lines] = textOfLine;
        }
      }
      detachStrings(r);
      for (const d of r.diagnostics) {
        moveFinding(d, offsets, lines);
        part.diagnostics.push(d);
      }
      for (const d of r.suppressed ?? []) {
        moveFinding(d, offsets, lines);
        part.suppressed.push(d);
      }
      // As a whole-file read lists them: the reading's notices (per call), then the linting's.
      r.notices.forEach((n, i) => {
        const list = i < doc.notices.length ? part.notices : part.lintNotices;
        if (n !== NO_SPEECH && !list.includes(n)) list.push(n);
      });
      for (const l of r.languages) languages.add(l);
      if (r.calls) (calls ??= []).push(...r.calls);
      for (const record of lintRecords) {
        const key = keyOf(record);
        if (part.keys[part.keys.length - 1] !== key) part.keys.push(key);
      }
    }
    if (last || stop) break;
    // This piece ends the range: the call carried over (the last one here) is the one open at its end.
    if (range !== null && !beyond && reader.delivered >= range.end) open = records.length > 0 ? keyOf(records[records.length - 1]!) : null;
    // The header stays in front of the pieces to come (it is all before the first record).
    if (kind === 'delimited' && prefix === '' && records.length > 0) {
      const headerEnd = docText.lastIndexOf('\n', records[0]!.start - 1) + 1;
      if (headerEnd > cut) return null;
      prefix = docText.slice(0, headerEnd);
      prefixLines = newlines(prefix, prefix.length);
    }
    if (text.length - cut > maxCarry) return null;
    baseLine += newlines(text, cut);
    base += cut;
    carry = text.slice(cut);
  }
  part.languages = [...languages];
  if (calls) part.calls = calls;
  if (sourceLines) part.sourceLines = sourceLines;
  if (format !== undefined) part.format = format;
  return part;
}

/**
 * The result of a large export from its parts in file order (one part: the whole file read in
 * pieces; several: its ranges), or null when a call was linted in two parts (its records are
 * apart in the file, which must then be read whole). `shownPath` is the path the result carries.
 */
export function mergeExportParts(parts: readonly ExportPart[], shownPath: string): FileResult | null {
  const keys = new Set<string>();
  for (const p of parts) {
    for (const k of p.keys) {
      if (keys.has(k)) return null;
      keys.add(k);
    }
  }
  const diagnostics: Diagnostic[] = [];
  const suppressed: SuppressedDiagnostic[] = [];
  const notices: string[] = [];
  const lintNotices: string[] = [];
  const languages = new Set<Language>();
  let calls: CallResult[] | undefined;
  let sourceLines: Record<number, string> | undefined;
  let format: string | undefined;
  let speech = false;
  let offsets = 0;
  let lines = 0;
  for (const p of parts) {
    for (const d of p.diagnostics) {
      if (offsets !== 0 || lines !== 0) moveFinding(d, offsets, lines);
      diagnostics.push(d);
    }
    for (const d of p.suppressed) {
      if (offsets !== 0 || lines !== 0) moveFinding(d, offsets, lines);
      suppressed.push(d);
    }
    for (const n of p.notices) if (!notices.includes(n)) notices.push(n);
    for (const n of p.lintNotices) if (!lintNotices.includes(n)) lintNotices.push(n);
    for (const l of p.languages) languages.add(l);
    if (p.calls) (calls ??= []).push(...p.calls);
    if (p.sourceLines) {
      sourceLines ??= {};
      for (const [line, textOfLine] of Object.entries(p.sourceLines)) sourceLines[Number(line) + lines] = textOfLine;
    }
    format ??= p.format;
    if (p.speech) speech = true;
    offsets += p.chars;
    lines += p.lines;
  }
  if (!speech) notices.push(NO_SPEECH);
  for (const n of lintNotices) if (!notices.includes(n)) notices.push(n);
  const result = summarize({
    filePath: shownPath,
    diagnostics,
    ...(suppressed.length > 0 ? { suppressed, suppressedCount: suppressed.length } : {}),
    notices,
    languages: [...languages],
    kind: 'transcript',
    format: format!,
    ...(calls ? { calls } : {}),
  });
  if (sourceLines) result.sourceLines = sourceLines;
  result.encoding = 'utf-8';
  return result;
}
