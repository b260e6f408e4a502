/**
 * The JSON reports `talklint merge` reads, without holding them: a month of calls spread over CI
 * runners is hundreds of thousands of file results (~2.4 KB of JSON each on the benchmark corpus),
 * more than one process keeps as objects or one string can hold (V8's limit is ~512 Mi
 * characters). The reports are read twice:
 *
 * 1. `add` reads one report (its bytes, then released), finds its entries (the elements of the
 *    top-level array) by a scan of the bytes, checks each as `fileResultFromJson` does and keeps
 *    only the entry's file path, report and byte range;
 * 2. `results()` gives the entries in path order (code units, the order of an unsharded run), each
 *    file once (the first report's), reading and parsing each entry again from its byte range.
 *
 * Memory is the index (a path and three numbers per file), one report's bytes during step 1, and
 * one entry during step 2. A report that is not a JSON array of entries gets JSON.parse's own
 * message (the whole text is parsed again only to word the error).
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { fileResultFromJson, ReportError } from './merge.js';
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const isSpace = (b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
/**
 * The byte ranges of the elements of a JSON array (`bytes` is the whole text), or null when the
 * text is not an array the scan can split (JSON.parse then words the error). UTF-8 bytes of
 * non-ASCII characters are all ≥ 0x80, so no byte of one is taken for a quote or a bracket. The
 * elements themselves are checked by JSON.parse when they are read.
 */
export function arrayElements(bytes) {
    const n = bytes.length;
    let i = 0;
    while (i < n && isSpace(bytes[i]))
        i++;
    if (bytes[i] !== OPEN_BRACKET)
        return null;
    i++;
    const out = [];
    for (;;) {
        while (i < n && isSpace(bytes[i]))
            i++;
        if (i >= n)
            return null;
        if (bytes[i] === CLOSE_BRACKET && out.length === 0) {
            i++;
            break;
        }
        const start = i;
        let depth = 0;
        for (; i < n; i++) {
            const b = bytes[i];
            if (b === QUOTE) {
                for (i++; i < n && bytes[i] !== QUOTE; i++)
                    if (bytes[i] === BACKSLASH)
                        i++;
            }
            else if (b === OPEN_BRACE || b === OPEN_BRACKET)
                depth++;
            else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
                if (depth === 0)
                    break;
                depth--;
            }
            else if (b === COMMA && depth === 0)
                break;
        }
        if (i >= n)
            return null;
        let end = i;
        while (end > start && isSpace(bytes[end - 1]))
            end--;
        if (end === start)
            return null;
        out.push([start, end]);
        if (bytes[i] === COMMA) {
            i++;
            continue;
        }
        if (bytes[i] !== CLOSE_BRACKET)
            return null;
        i++;
        break;
    }
    while (i < n && isSpace(bytes[i]))
        i++;
    return i === n ? out : null;
}
/** JSON.parse's message for a text the scan could not split. */
function jsonError(name, bytes) {
    let data;
    try {
        data = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
    }
    catch (e) {
        return new ReportError(`${name}: not valid JSON (${e.message})`);
    }
    if (!Array.isArray(data))
        return new ReportError(`${name}: expected a JSON array of file results (talklint -f json)`);
    return new ReportError(`${name}: not valid JSON`);
}
function parseEntry(text, where) {
    let entry;
    try {
        entry = JSON.parse(text);
    }
    catch (e) {
        throw new ReportError(`${where}: not valid JSON (${e.message})`);
    }
    return fileResultFromJson(entry, where);
}
export class ReportIndex {
    reports = [];
    paths = [];
    /** Per entry: report number, entry number in it, start and end byte. */
    places = [];
    /** Files found in more than one report (each time after the first), in the order found. */
    duplicates = [];
    order = null;
    /** How many files the merged report has. */
    get size() {
        return this.sorted().length;
    }
    /** Reads and checks one report (`name` as the user wrote it, `path` resolved). Throws ReportError. */
    add(name, path) {
        let bytes;
        try {
            bytes = readFileSync(path);
        }
        catch (e) {
            throw new ReportError(`cannot read ${name}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
        }
        const elements = arrayElements(bytes);
        if (elements === null)
            throw jsonError(name, bytes);
        const report = this.reports.length;
        this.reports.push({ name, path });
        elements.forEach(([start, end], i) => {
            let entry;
            try {
                entry = JSON.parse(bytes.toString('utf8', start, end));
            }
            catch {
                // Worded by JSON.parse over the whole report, with the position in it.
                throw jsonError(name, bytes);
            }
            const r = fileResultFromJson(entry, `${name}, entry ${i + 1}`);
            this.paths.push(r.filePath);
            this.places.push(report, i, start, end);
        });
        this.order = null;
    }
    /** Entry numbers in path order, each path once (the first report's); fills `duplicates`. */
    sorted() {
        if (this.order !== null)
            return this.order;
        const { order, duplicates } = mergeOrder(this.paths);
        this.duplicates.length = 0;
        this.duplicates.push(...duplicates);
        this.order = order;
        return order;
    }
    /** The merged results, one at a time, read again from the reports. Throws ReportError. */
    *results() {
        const order = this.sorted();
        const fds = [];
        let buf = Buffer.alloc(1 << 16);
        try {
            for (const { name, path } of this.reports) {
                try {
                    fds.push(openSync(path, 'r'));
                }
                catch (e) {
                    throw new ReportError(`cannot read ${name}: ${e.message}`);
                }
            }
            for (const k of order) {
                const report = this.places[4 * k];
                const entry = this.places[4 * k + 1];
                const start = this.places[4 * k + 2];
                const length = this.places[4 * k + 3] - start;
                if (length > buf.length)
                    buf = Buffer.alloc(Math.max(length, buf.length * 2));
                const where = `${this.reports[report].name}, entry ${entry + 1}`;
                if (readSync(fds[report], buf, 0, length, start) !== length)
                    throw new ReportError(`${where}: the report changed while it was merged`);
                const r = parseEntry(buf.toString('utf8', 0, length), where);
                if (r.filePath !== this.paths[k])
                    throw new ReportError(`${where}: the report changed while it was merged`);
                yield r;
            }
        }
        finally {
            for (const fd of fds)
                closeSync(fd);
        }
    }
}
/**
 * The merge of reports: the indexes of `paths` (every report's entries, in the order read) in
 * path order, each path once — its first entry — and the paths met again (each time after the
 * first, in the order read). Shared by ReportIndex (reports on disk) and mergeReports (in memory).
 */
export function mergeOrder(paths) {
    const all = paths.map((_, k) => k);
    // Path order; the same path in the order read (report, then entry), so the first is kept.
    all.sort((a, b) => (paths[a] < paths[b] ? -1 : paths[a] > paths[b] ? 1 : a - b));
    const order = [];
    const repeated = [];
    for (const k of all) {
        if (order.length > 0 && paths[order[order.length - 1]] === paths[k])
            repeated.push(k);
        else
            order.push(k);
    }
    return { order, duplicates: repeated.sort((a, b) => a - b).map((k) => paths[k]) };
}
