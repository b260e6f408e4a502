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
import { summarize } from '../engine/linter.js';
import { keepFrameLines } from '../formatters/index.js';
import { readRecords } from '../input/index.js';
import { parseOptions } from '../input/load.js';
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
/** What the file's name or the forced format says it is, or null for a format not read in pieces. */
function kindOf(path, format) {
    const name = format ?? (/\.(jsonl|ndjson)$/i.test(path) ? 'jsonl' : /\.csv$/i.test(path) ? 'csv' : /\.tsv$/i.test(path) ? 'tsv' : null);
    return name === 'jsonl' ? 'jsonl' : name === 'csv' || name === 'tsv' ? 'delimited' : null;
}
/** Reads a file a piece of whole lines at a time, decoded as UTF-8; null for what must be read whole. */
class PieceReader {
    fd;
    size;
    pieceBytes;
    kind;
    maxBytes;
    rest = Buffer.alloc(0);
    position = 0;
    ended = false;
    first = true;
    decoder = new TextDecoder('utf-8', { fatal: true });
    constructor(fd, size, pieceBytes, kind, maxBytes) {
        this.fd = fd;
        this.size = size;
        this.pieceBytes = pieceBytes;
        this.kind = kind;
        this.maxBytes = maxBytes;
    }
    get done() {
        return this.ended && this.rest.length === 0;
    }
    /**
     * The next piece's text, '' at the end; null when the bytes are not plain UTF-8 text, or when
     * no cut is found in `maxBytes` (a line that long, or CSV whose quotes never pair up: a stray
     * `"` inside an unquoted field counts as one).
     */
    next() {
        let buf = this.rest;
        // The scan for a cut goes on where it stopped when more bytes are read.
        let scanned = 0;
        let quotes = 0;
        let cut = 0;
        for (;;) {
            const want = Math.min(this.pieceBytes, this.size - this.position);
            if (want > 0) {
                const chunk = Buffer.allocUnsafe(want);
                const got = readSync(this.fd, chunk, 0, want, this.position);
                this.position += got;
                buf = buf.length === 0 ? chunk.subarray(0, got) : Buffer.concat([buf, chunk.subarray(0, got)]);
                if (got < want)
                    this.ended = true;
            }
            if (this.position >= this.size)
                this.ended = true;
            if (this.ended)
                cut = buf.length;
            else if (this.kind === 'jsonl')
                cut = buf.lastIndexOf(0x0a) + 1;
            else {
                // Quotes come in pairs in RFC 4180 fields (`""` inside a quoted one): outside every
                // quoted field after an even number of them. A piece starts outside one.
                for (; scanned < buf.length; scanned++) {
                    const b = buf[scanned];
                    if (b === 0x22)
                        quotes++;
                    else if (b === 0x0a && (quotes & 1) === 0)
                        cut = scanned + 1;
                }
            }
            if (cut > 0 || this.ended) {
                const piece = buf.subarray(0, cut);
                this.rest = Buffer.from(buf.subarray(cut));
                if (piece.includes(0))
                    return null;
                // A byte order mark is not text (offsets are counted after it, as decodeBytes does).
                const start = this.first && piece[0] === 0xef && piece[1] === 0xbb && piece[2] === 0xbf ? 3 : 0;
                this.first = false;
                try {
                    return this.decoder.decode(piece.subarray(start));
                }
                catch {
                    return null;
                }
            }
            if (buf.length > this.maxBytes)
                return null;
        }
    }
}
const keyOf = (r) => (r.fields.callId ? r.fields.callId.value.trim() : '\u0000');
function newlines(text, end) {
    let n = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
/**
 * `s` made one flat string. A piece joined to what came before it is a rope (a cons string) to V8,
 * and String.prototype.indexOf on a rope walks it anew at every call: the line index of a 1 MB
 * JSON Lines piece took ~4.5 ms instead of ~0.25. Reading a character flattens the rope in place.
 */
function flat(s) {
    s.charCodeAt(0);
    return s;
}
function moveFinding(d, offsets, lines) {
    d.offset += offsets;
    d.endOffset += offsets;
    d.line += lines;
    d.endLine += lines;
    for (const s of d.suggestions)
        s.range = [s.range[0] + offsets, s.range[1] + offsets];
}
/**
 * Lints `absPath` in pieces when it is a large export (see the module comment); null when it is
 * not one or must be read whole. `shownPath` is the path the result carries.
 */
export function lintInPieces(linter, absPath, shownPath, opts) {
    const input = opts.input ?? {};
    const kind = kindOf(absPath, input.format);
    if (kind === null)
        return null;
    if (input.encoding !== undefined && !/^utf-?8$/i.test(input.encoding))
        return null;
    let fd;
    try {
        // One stat for the many small files of a folder; the size is read again once the file is open.
        if (statSync(absPath).size < (opts.minBytes ?? LARGE_EXPORT_BYTES))
            return null;
        fd = openSync(absPath, 'r');
    }
    catch {
        return null; // the whole-file read reports why
    }
    try {
        const size = fstatSync(fd).size;
        const pieceBytes = opts.pieceBytes ?? PIECE_BYTES;
        const maxCarry = opts.maxCarry ?? MAX_CARRY_PIECES * pieceBytes;
        return piecewise(linter, new PieceReader(fd, size, pieceBytes, kind, maxCarry), shownPath, input, opts.frameLines, kind, maxCarry);
    }
    finally {
        closeSync(fd);
    }
}
function piecewise(linter, reader, shownPath, input, frameLines, kind, maxCarry) {
    const diagnostics = [];
    const suppressed = [];
    const notices = [];
    const lintNotices = [];
    const languages = new Set();
    let calls;
    let sourceLines;
    let format = input.format;
    let speech = false;
    /** Calls already linted (their keys): one coming back means records not together. */
    const done = new Set();
    /** Text of the call carried over, and where it starts in the whole text (offset, line breaks before). */
    let carry = '';
    let base = 0;
    let baseLine = 0;
    /** CSV/TSV: the header (and what precedes it), read in front of every piece after the first. */
    let prefix = '';
    let prefixLines = 0;
    for (;;) {
        const next = reader.next();
        if (next === null)
            return null;
        const last = reader.done;
        const text = carry + next;
        const docText = flat(prefix + text);
        let reading;
        try {
            reading = readRecords(docText, parseOptions(input, shownPath, format));
        }
        catch {
            return null;
        }
        if (reading === null || kindOf('', reading.format) !== kind)
            return null;
        format = reading.format;
        const records = reading.records;
        // Each call's records together, and no call seen in an earlier piece.
        let tail = 0;
        for (let i = 0; i < records.length; i++) {
            if (i > 0 && keyOf(records[i]) === keyOf(records[i - 1]))
                continue;
            if (done.has(keyOf(records[i])))
                return null;
            if (i > 0)
                done.add(keyOf(records[i - 1]));
            tail = i;
        }
        // The records of the last call may go on in the next piece: from the start of its first line.
        let cut = text.length;
        let lintRecords = records;
        if (!last && records.length === 0) {
            // Only the header, or one record longer than the piece: all of it goes on.
            cut = 0;
            lintRecords = [];
        }
        else if (!last) {
            lintRecords = records.slice(0, tail);
            const lineStart = docText.lastIndexOf('\n', records[tail].start - 1) + 1;
            cut = lineStart - prefix.length;
            if (cut < 0)
                return null;
        }
        if (lintRecords.length > 0) {
            let doc;
            try {
                doc = reading.document(lintRecords);
            }
            catch {
                return null;
            }
            if (doc.calls.some((c) => c.turns.length > 0))
                speech = true;
            const r = linter.lintDocument(doc, shownPath);
            const offsets = base - prefix.length;
            const lines = baseLine - prefixLines;
            if (!frameLines)
                delete r.source;
            else {
                keepFrameLines(r);
                if (r.sourceLines) {
                    sourceLines ??= {};
                    for (const [line, textOfLine] of Object.entries(r.sourceLines))
                        sourceLines[Number(line) + lines] = textOfLine;
                }
            }
            detachStrings(r);
            for (const d of r.diagnostics) {
                moveFinding(d, offsets, lines);
                diagnostics.push(d);
            }
            for (const d of r.suppressed ?? []) {
                moveFinding(d, offsets, lines);
                suppressed.push(d);
            }
            // As a whole-file read lists them: the reading's notices (per call), then the linting's.
            r.notices.forEach((n, i) => {
                const list = i < doc.notices.length ? notices : lintNotices;
                if (n !== NO_SPEECH && !list.includes(n))
                    list.push(n);
            });
            for (const l of r.languages)
                languages.add(l);
            if (r.calls)
                (calls ??= []).push(...r.calls);
        }
        if (last)
            break;
        // The header stays in front of the pieces to come (it is all before the first record).
        if (kind === 'delimited' && prefix === '' && records.length > 0) {
            const headerEnd = docText.lastIndexOf('\n', records[0].start - 1) + 1;
            if (headerEnd > cut)
                return null;
            prefix = docText.slice(0, headerEnd);
            prefixLines = newlines(prefix, prefix.length);
        }
        if (text.length - cut > maxCarry)
            return null;
        baseLine += newlines(text, cut);
        base += cut;
        carry = text.slice(cut);
    }
    if (!speech)
        notices.push(NO_SPEECH);
    for (const n of lintNotices)
        if (!notices.includes(n))
            notices.push(n);
    const result = summarize({
        filePath: shownPath,
        diagnostics,
        ...(suppressed.length > 0 ? { suppressed, suppressedCount: suppressed.length } : {}),
        notices,
        languages: [...languages],
        kind: 'transcript',
        format: format,
        ...(calls ? { calls } : {}),
    });
    if (sourceLines)
        result.sourceLines = sourceLines;
    result.encoding = 'utf-8';
    return result;
}
