/**
 * `--cache`: skip files whose lint result cannot have changed since the last run, and reuse the
 * stored result. A stored result is reused only when all of these are unchanged:
 *
 * - the file's bytes (SHA-256 of the content). Times and sizes alone never decide that a file
 *   changed or not: they only spare reading it again. An entry records the file's size, times
 *   and inode as they were just before the bytes it hashed were read (StatStamp); a later run
 *   that finds all of them the same takes the stored hash instead of reading and hashing the
 *   file (a warm run over 20,000 unchanged transcripts read and hashed 177 MB). An edit changes
 *   the change time (ctime), which no tool sets back, so a same-size edit with its modification
 *   time restored is still seen; a stamp is not recorded while the file's times are within
 *   RACY_MS of the moment it was read (an edit in the same clock tick could keep them equal);
 *   a cache restored on another machine or checkout finds other times and hashes as before.
 *   A file without an entry is not read here: the thread that lints it hashes the bytes it
 *   linted (runFiles' readStamps, read-stamp.ts), so a new file is read once;
 * - the effective configuration of the file: the linter's options (rule severities, variables,
 *   languages, per-language severities, speakers, directives…) with every pack reduced to a
 *   hash of its loaded definition, so editing a pack, the config, an override or a --rule flag
 *   re-lints;
 * - the input options (--input-format, --encoding, …) and talklint's version.
 *
 * Stored results have no `source`; they keep the source lines their diagnostics point at
 * (`sourceLines`), which is all the stylish code frames need. A cache file that cannot be read
 * as a talklint cache is ignored with a notice (never an error) and replaced at the end of the
 * run.
 *
 * The file is a header line and then lines, each whole in itself: `<head>\t<result>` for a file
 * (a later line of the same file replaces an earlier one) and `{"gone":key}` for a file removed.
 * A run appends what changed (save), so a new day of calls adds that day's lines to a month's
 * cache instead of writing the month again; a line cut by an interrupted append loses that line
 * only. The file is rewritten atomically (temp file + rename) when appending would leave more
 * than half of it unused.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fstatSync, fsyncSync, openSync, readdirSync, readSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { TextDecoder } from 'node:util';
import { makeFolder } from '../make-folder.js';
import type { Linter } from '../engine/linter.js';
import { keepFrameLines } from '../formatters/index.js';
import type { InputOptions } from '../input/load.js';
import type { FileResult } from '../types.js';
import { VERSION } from '../version.js';
import { displayPath } from './lint-files.js';
import { hashFile, RACY_MS, sameStamp, sha256, stampOf, type ReadStamp, type StatStamp } from './read-stamp.js';
import { lintOne, runFiles, type RunFilesOptions } from './run-files.js';

export const DEFAULT_CACHE_LOCATION = '.talklintcache';
/**
 * The cache file's layout. 3: lines appended in place, a later line for a file replacing an
 * earlier one, `{"gone":key}` lines for files removed. 2 (a line per file, nothing appended) is
 * read too: its lines mean the same. Another number is started afresh.
 */
const CACHE_FORMAT = 3;
const READABLE_FORMATS: readonly number[] = [2, 3];
/**
 * What a stored result is, in every configuration key (configKey): bumped when results change
 * shape, so that no run reuses a result of another shape. (It was the layout's number, 2, until
 * layout 3, which stores the same results.)
 */
const RESULT_FORMAT = 2;

/** Where an entry's result (UTF-8 JSON) is: the cache file read at the start, or this run's journal. */
const IN_OLD = 0;
const IN_JOURNAL = 1;

export interface CacheEntry {
  /** SHA-256 of the file's bytes. */
  hash: string;
  /** The file's stat just before those bytes were read (absent or undefined: hash the file to know). */
  stat?: StatStamp | undefined;
  /** The effective configuration key (configKey) the result was linted with. */
  config: string;
  /** The result's JSON: bytes [start, start + length) of the old cache file or of the journal. */
  where: typeof IN_OLD | typeof IN_JOURNAL;
  start: number;
  length: number;
  /** IN_OLD: the offset of its line in the old file (the line runs to start + length and a line break). */
  line?: number;
  /** IN_OLD: its head changed in this run (a renewed stamp), so its line is written again. */
  renewed?: boolean;
}

/** Bytes of an old-file entry's line, its line break included. */
function lineBytes(e: CacheEntry): number {
  return e.start + e.length + 1 - e.line!;
}

/** An entry line's first part (before the tab): everything but the result. */
interface EntryHead {
  key: string;
  hash: string;
  stat?: StatStamp;
  config: string;
}

const NEWLINE = 0x0a;
const TAB = 0x09;
/** Bytes read from a cache file at a time (its lines are found in them). */
const CHUNK_BYTES = 1 << 20;
/** About what a line's head takes besides its key (hash, configuration key, stamp): appendable's estimate. */
const HEAD_BYTES = 300;
/** A first line at least this long is no header of the current layout (see LintCache.headerless). */
const HEADER_MAX_BYTES = 64 * 1024;

/**
 * JSON of any value the linter options hold: RegExps, Sets and Maps spelled out, functions left
 * out; with `withoutFiles`, the `file` fields (where a pack or rule was read from, which does not
 * change what it finds) too, so a project moved to another folder keeps its cache.
 */
function stableJson(value: unknown, withoutFiles = false): string {
  return JSON.stringify(value, (key, v: unknown) => {
    if (withoutFiles && key === 'file') return undefined;
    if (v instanceof RegExp) return `/${v.source}/${v.flags}`;
    if (v instanceof Set) return [...(v as Set<unknown>)];
    if (v instanceof Map) return [...(v as Map<unknown, unknown>).entries()];
    if (typeof v === 'function') return undefined;
    return v;
  });
}

const linterKeys = new WeakMap<Linter, string>();
const packHashes = new WeakMap<object, string>();
const inputKeys = new WeakMap<Linter, { input: InputOptions; key: string }>();

/** The effective-configuration part of a cache key, for one linter and the run's input options. */
export function configKey(linter: Linter, input: InputOptions): string {
  let base = linterKeys.get(linter);
  if (base === undefined) {
    const { packs, ...rest } = linter.options;
    const packKeys = packs.map((p) => {
      let h = packHashes.get(p);
      if (h === undefined) {
        h = sha256(stableJson(p, true));
        packHashes.set(p, h);
      }
      return h;
    });
    base = sha256(stableJson({ version: VERSION, format: RESULT_FORMAT, packs: packKeys, options: rest }));
    linterKeys.set(linter, base);
  }
  // One key per linter and input options (a run asks it for every file, with the same two).
  const memo = inputKeys.get(linter);
  if (memo !== undefined && memo.input === input) return memo.key;
  const key = sha256(base + stableJson(input));
  inputKeys.set(linter, { input, key });
  return key;
}

export class LintCache {
  /** Every entry by key (the file's path relative to the cache file); results stay on disk. */
  private readonly entries = new Map<string, CacheEntry>();
  /** Content hashes found in this run by probe(), reused by store(). */
  private readonly hashes = new Map<string, string>();
  /** Stamps taken by probe() just before it read a file (or found it unchanged), for store(). */
  private readonly stamps = new Map<string, StatStamp>();
  private dirty = false;
  /** The cache file as it was opened (results of IN_OLD entries are read from it), or null. */
  private oldFd: number | null = null;
  /** This run's new results, appended as they come (IN_JOURNAL), next to the cache file. */
  private journal: { fd: number; path: string; size: number } | null = null;
  /**
   * Results appended to the journal but not written yet (written a chunk at a time: a write
   * per result cost ~20,000 system calls of the main thread in a first run): bytes
   * [journal.size - pendingBytes, journal.size) of the journal.
   */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Why the journal could not be written (save() then reports it). */
  private journalError: string | null = null;
  /** The old file's size and its header line's bytes, as read. */
  private oldSize = 0;
  private headerBytes = 0;
  /** Keys of old-file entries removed or replaced in this run (a `gone` line each, unless the key has an entry, when appended to). */
  private readonly gone = new Set<string>();
  /** Whether the old file must be rewritten rather than appended to (layout 2, a cut last line). */
  private rewrite = false;
  /** Said when the old file's last line was cut (the entries before it are kept). */
  private cutNotice: string | null = null;
  private scratch = Buffer.allocUnsafe(64 * 1024);

  private readonly dir: string;

  private constructor(
    readonly path: string,
    /**
     * See RACY_MS (tests shorten it: a file just written cannot have older times).
     * @internal
     */
    readonly racyMs: number,
  ) {
    this.dir = dirname(path);
  }

  /** Files are keyed by their path relative to the cache file, so a cache restored on another machine (CI) still matches. */
  private key(absPath: string): string {
    // A file inside the cache file's folder (the usual case) without path.relative's work.
    const inside = this.dir.endsWith(sep) ? this.dir : this.dir + sep;
    if (absPath.startsWith(inside) && !absPath.includes(`${sep}..${sep}`) && !absPath.includes(`${sep}.${sep}`)) {
      const rel = absPath.slice(inside.length);
      return sep === '/' ? rel : rel.split(sep).join('/');
    }
    return relative(this.dir, absPath).split(sep).join('/');
  }

  /**
   * Opens (or starts) the cache at `location` (a file; an existing folder, or a path ending in
   * "/", means `.talklintcache` inside it); `notice` says why an existing file was ignored.
   *
   * Only the entries' heads are read here (key, hashes, stamp: a line's part before its tab);
   * a result is read and parsed when its file is a hit. A cache of any size is then opened in
   * time and memory proportional to its number of files, not to its bytes (the first layout, one
   * JSON object, was parsed whole: ~0.8 s and ~150 MB of heap for the bench's 20,000 files, and
   * past ~240,000 files beyond what one V8 string holds).
   */
  static open(location: string, options: { racyMs?: number } = {}): { cache: LintCache; notice?: string } {
    const isDir = /[\\/]$/.test(location) || (existsSync(location) && statSync(location).isDirectory());
    const path = isDir ? join(resolve(location), DEFAULT_CACHE_LOCATION) : resolve(location);
    const cache = new LintCache(path, options.racyMs ?? RACY_MS);
    if (!existsSync(path)) return { cache };
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch (e) {
      cache.dirty = true;
      return { cache, notice: `ignoring the cache file ${path}: it cannot be read (${firstLine(e)}); it will be rewritten` };
    }
    let why: string | null;
    try {
      why = cache.readIndex(fd);
    } catch (e) {
      why = `it cannot be read (${firstLine(e)})`;
    }
    if (why === null && cache.entries.size > 0) cache.oldFd = fd;
    else closeSync(fd);
    if (why !== null) {
      cache.entries.clear();
      cache.dirty = true;
    }
    if (why === null && cache.cutNotice !== null) return { cache, notice: `the cache file ${path} ${cache.cutNotice}` };
    return why === null || why === '' ? { cache } : { cache, notice: `ignoring the cache file ${path}: ${why}; it will be rewritten` };
  }

  /**
   * Reads the heads of the cache file's entries. Null: read; '' : a cache of another layout or
   * talklint version (started afresh without a word, as an upgrade does); else why the file is
   * not a cache that can be read.
   */
  private readIndex(fd: number): string | null {
    let buf = Buffer.allocUnsafe(CHUNK_BYTES);
    /** buf[0] is the byte at this offset of the file; buf holds `filled` bytes; the current line starts at `pos`. */
    let base = 0;
    let filled = 0;
    let pos = 0;
    let eof = false;
    let lineNo = 0;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    // One string for each configuration key (most entries share one).
    const configs = new Map<string, string>();
    for (;;) {
      // (Searched in the whole buffer, without a view made per line; bytes past `filled` are stale.)
      let nl = buf.indexOf(NEWLINE, pos);
      if (nl >= filled) nl = -1;
      while (nl < 0) {
        if (eof) {
          this.oldSize = base + filled;
          if (pos === filled) return lineNo === 0 ? 'it is not a talklint cache' : null;
          if (lineNo === 0) return this.headerless(buf.subarray(pos, filled), decoder);
          // A last line without its line break: a run that was stopped while appending to the
          // file. Every line before it is whole: kept; the file is rewritten without the cut one.
          this.cutNotice = `ends in the middle of an entry (line ${lineNo + 1}: a run was interrupted while writing it); the entries before it are kept, and the file will be rewritten`;
          this.rewrite = true;
          this.dirty = true;
          return null;
        }
        // A first line this long is no header of this layout.
        if (lineNo === 0 && filled >= HEADER_MAX_BYTES) return this.headerless(buf.subarray(0, filled), decoder);
        // The line so far to the buffer's start (grown when it is full of one line), then more bytes.
        if (pos > 0) {
          buf.copy(buf, 0, pos, filled);
          base += pos;
          filled -= pos;
          pos = 0;
        }
        if (filled === buf.length) {
          const bigger = Buffer.allocUnsafe(buf.length * 2);
          buf.copy(bigger, 0, 0, filled);
          buf = bigger;
        }
        const searched = filled;
        const got = readSync(fd, buf, filled, buf.length - filled, base + filled);
        if (got === 0) eof = true;
        filled += got;
        nl = buf.subarray(0, filled).indexOf(NEWLINE, searched);
      }
      lineNo++;
      if (lineNo === 1) {
        const why = this.header(buf.subarray(pos, nl), decoder);
        if (why !== null) return why;
        this.headerBytes = base + nl + 1;
      } else {
        let tab = buf.indexOf(TAB, pos);
        if (tab > nl) tab = -1;
        if (tab < 0) {
          // A file removed: {"gone": key}.
          const key = parseGone(decoder.decode(buf.subarray(pos, nl)));
          if (key === null) return `it cannot be read (line ${lineNo} is not a cache entry)`;
          this.entries.delete(key);
        } else {
          const head = parseHead(decoder.decode(buf.subarray(pos, tab)));
          if (head === null) return `it cannot be read (line ${lineNo} is not a cache entry)`;
          let config = configs.get(head.config);
          if (config === undefined) configs.set(head.config, (config = head.config));
          // (A later line of the same file replaces the earlier one.)
          // (Every entry read here of one shape: `stat` always present, undefined when there is none.)
          const entry: CacheEntry = { hash: head.hash, stat: head.stat, config, where: IN_OLD, start: base + tab + 1, length: nl - tab - 1, line: base + pos };
          this.entries.set(head.key, entry);
        }
      }
      pos = nl + 1;
    }
  }

  /** The first line's verdict: null when it is this layout's header for this talklint version. */
  private header(line: Uint8Array, decoder: TextDecoder): string | null {
    let value: unknown;
    try {
      value = JSON.parse(decoder.decode(line));
    } catch (e) {
      return `it cannot be read (${firstLine(e)})`;
    }
    const file = value as { talklintCache?: unknown; version?: unknown } | null;
    if (file === null || typeof file !== 'object' || typeof file.talklintCache !== 'number') return 'it is not a talklint cache';
    if (!READABLE_FORMATS.includes(file.talklintCache) || file.version !== VERSION) return '';
    // A layout-2 file is read as it is, and rewritten (not appended to) when anything changed.
    if (file.talklintCache !== CACHE_FORMAT) this.rewrite = true;
    return null;
  }

  /**
   * A file whose first line is no header: the first layout's cache (one JSON object, from
   * `{"talklintCache":1`) is started afresh without a word; another JSON text is not a cache;
   * the rest cannot be read.
   */
  private headerless(start: Uint8Array, decoder: TextDecoder): string {
    const text = decoder.decode(start.subarray(0, Math.min(start.length, 256)), { stream: true });
    if (/^\s*\{\s*"talklintCache"\s*:\s*\d+\s*,/.test(text) && start.length >= HEADER_MAX_BYTES) return '';
    if (start.length < HEADER_MAX_BYTES) {
      try {
        const value = JSON.parse(new TextDecoder().decode(start)) as { talklintCache?: unknown } | null;
        return value !== null && typeof value === 'object' && typeof value.talklintCache === 'number' ? '' : 'it is not a talklint cache';
      } catch (e) {
        return `it cannot be read (${firstLine(e)})`;
      }
    }
    return 'it is not a talklint cache';
  }

  /** The stored result for a file, when its content and configuration are unchanged; null otherwise. */
  lookup(absPath: string, config: string, cwd?: string): FileResult | null {
    const entry = this.probe(absPath, config);
    return entry === null ? null : this.resultOf(entry, absPath, cwd);
  }

  /**
   * The entry of a file whose content and configuration are unchanged (its result not read
   * yet: resultOf), or null. runFilesCached probes every file first and reads each hit's result
   * only when it is reported, so a warm run holds one stored result at a time. `deferNew`: a
   * file the cache has no entry for is not read here (a miss whatever its bytes); its hash must
   * then come with its result (store's `read`), from the read that linted it.
   * @internal
   */
  probe(absPath: string, config: string, deferNew = false): CacheEntry | null {
    const entry = this.entries.get(this.key(absPath));
    if (entry === undefined && deferNew) return null;
    let hash: string;
    try {
      // The stat before the read: a write between the two leaves a stamp older than the bytes
      // hashed, which the next run finds changed (and hashes), never the other way round.
      const stamp = stampOf(statSync(absPath), Date.now(), this.racyMs);
      if (stamp !== undefined && entry !== undefined && sameStamp(entry.stat, stamp)) {
        hash = entry.hash;
        this.stamps.set(absPath, stamp);
      } else {
        // Read in pieces (a large export is not held whole), under a stamp of its own.
        const read = hashFile(absPath, this.racyMs);
        hash = read.hash;
        const fresh = read.stat;
        if (fresh !== undefined) this.stamps.set(absPath, fresh);
        // Same bytes under another stamp (a checkout, a restored cache, a touch): the stamp is
        // recorded so that the next run need not read the file.
        if (entry !== undefined && entry.hash === hash && (fresh === undefined ? entry.stat !== undefined : !sameStamp(entry.stat, fresh))) {
          if (fresh === undefined) entry.stat = undefined;
          else entry.stat = fresh;
          if (entry.where === IN_OLD) entry.renewed = true;
          this.dirty = true;
        }
      }
    } catch {
      return null;
    }
    this.hashes.set(absPath, hash);
    return entry !== undefined && entry.hash === hash && entry.config === config ? entry : null;
  }

  /**
   * A probed entry's result, read and parsed, with `filePath` as shown from `cwd`; null when it
   * cannot be read (the file must then be linted).
   * @internal
   */
  resultOf(entry: CacheEntry, absPath: string, cwd?: string): FileResult | null {
    const result = this.readResult(entry);
    if (result === null) return null;
    result.filePath = displayPath(absPath, cwd);
    return result;
  }

  /** The bytes of an entry's result, in the scratch buffer (valid until the next read). */
  private resultBytes(entry: CacheEntry): Buffer {
    if (entry.where === IN_JOURNAL) this.flushJournal();
    const fd = entry.where === IN_OLD ? this.oldFd : (this.journal?.fd ?? null);
    if (fd === null) throw new Error('the cache file is closed');
    if (this.scratch.length < entry.length) this.scratch = Buffer.allocUnsafe(Math.max(entry.length, this.scratch.length * 2));
    let got = 0;
    while (got < entry.length) {
      const n = readSync(fd, this.scratch, got, entry.length - got, entry.start + got);
      if (n === 0) throw new Error('the cache file is shorter than its index');
      got += n;
    }
    return this.scratch.subarray(0, entry.length);
  }

  /** An entry's result, parsed; null when it cannot be read (the file is then linted again). */
  private readResult(entry: CacheEntry): FileResult | null {
    try {
      const value = JSON.parse(this.resultBytes(entry).toString('utf8')) as FileResult | null;
      return value !== null && typeof value === 'object' && Array.isArray(value.diagnostics) ? value : null;
    } catch {
      return null;
    }
  }

  /**
   * Records a file's fresh result (not a fatal one: a file that could not be read is retried
   * next time). Its hash: `read`'s (the read that linted it, and the stamp taken before it),
   * else that of `content`, else the one probe() found.
   */
  store(absPath: string, config: string, result: FileResult, content?: Uint8Array, read?: ReadStamp): void {
    const hash = read !== undefined ? read.hash : content !== undefined ? sha256(content) : this.hashes.get(absPath);
    const key = this.key(absPath);
    if (hash === undefined || result.fatal) {
      this.remove(key);
      return;
    }
    // Stored without the source text (only the lines its findings point at); the caller's result is not changed.
    let stored = result;
    if (result.source !== undefined) {
      stored = { ...result };
      keepFrameLines(stored);
    }
    // (Made by the thread that linted the file when it came with its read: RunFilesOptions.readStamps.)
    const bytes = read?.json ?? Buffer.from(JSON.stringify(stored), 'utf8');
    const at = this.append(bytes);
    if (at < 0) {
      this.remove(key);
      return;
    }
    // A stamp only with the hash made after taking it (content given here was read or written
    // at another moment).
    const stat = read !== undefined ? read.stat : content === undefined ? this.stamps.get(absPath) : undefined;
    const entry: CacheEntry = { hash, config, where: IN_JOURNAL, start: at, length: bytes.length };
    if (stat !== undefined) entry.stat = stat;
    // (The file was read in this run: save() need not look for it.)
    if (read !== undefined) this.hashes.set(absPath, hash);
    // An old line replaced: should the new entry be removed again in this run, the file needs
    // its `gone` line (appendChanges writes none for a key that has an entry).
    if (this.entries.get(key)?.where === IN_OLD) this.gone.add(key);
    this.entries.set(key, entry);
    this.dirty = true;
  }

  /** Writes the journal's pending results (a write error is kept for save() to report). */
  private flushJournal(): void {
    const j = this.journal;
    if (j === null || this.pendingBytes === 0) return;
    const bytes = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.pendingBytes);
    const at = j.size - this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
    let done = 0;
    while (done < bytes.length) done += writeSync(j.fd, bytes, done, bytes.length - done, at + done);
  }

  /** Forgets a file's entry (an old file's entry: a `gone` line when the file is appended to). */
  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    if (entry.where === IN_OLD) this.gone.add(key);
    this.dirty = true;
  }

  /** Appends a result to the journal; its offset there, or -1 when the journal cannot be written. */
  private append(bytes: Uint8Array): number {
    if (this.journalError !== null) return -1;
    try {
      if (this.journal === null) {
        makeFolder(this.dir);
        const path = `${this.path}.${process.pid}-${randomBytes(4).toString('hex')}.journal`;
        this.journal = { fd: openSync(path, 'wx+'), path, size: 0 };
        // A process that exits before save() or discard() (process.exit on a fatal error) leaves
        // no journal behind.
        process.on('exit', this.removeJournal);
      }
      const j = this.journal;
      const at = j.size;
      this.pending.push(bytes instanceof Buffer ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      this.pendingBytes += bytes.length;
      j.size += bytes.length;
      if (this.pendingBytes >= CHUNK_BYTES) this.flushJournal();
      return at;
    } catch (e) {
      this.journalError = (e as Error).message;
      return -1;
    }
  }

  /**
   * Writes what changed, dropping entries of files that no longer exist; closes its files.
   * Returns an error message or null.
   *
   * The new and renewed entries' lines (and a `gone` line per entry removed) are appended to the
   * cache file as it was read, so a run over a new day of calls writes that day's results, not
   * the month's again. The file is rewritten instead (atomically: a temporary file next to it,
   * renamed over it; unchanged results copied byte for byte from the old file, new ones from the
   * journal, so a large cache is never held whole in memory) when there is none yet, when it
   * cannot be appended to (another layout, a cut last line), or when more than half of it would
   * then be lines no entry uses (replaced or removed).
   */
  save(): string | null {
    try {
      // (A file this run hashed or stat'ed exists; only the others are looked for.)
      const seen = new Set<string>();
      for (const abs of this.hashes.keys()) seen.add(this.key(abs));
      const exists = folderLister(this.dir);
      for (const key of [...this.entries.keys()]) if (!seen.has(key) && !exists(key)) this.remove(key);
      if (!this.dirty) return null;
      try {
        this.flushJournal();
      } catch (e) {
        this.journalError ??= (e as Error).message;
      }
      if (this.journalError !== null) return `cannot write the cache file ${this.path}: ${this.journalError}`;
      return this.appendable() ? this.appendChanges() : this.write();
    } finally {
      this.close();
    }
  }

  /** Whether save() appends to the old file (see save). */
  private appendable(): boolean {
    if (this.oldFd === null || this.rewrite) return false;
    // Bytes of the old file still used by an entry, and bytes about to be appended.
    let used = this.headerBytes;
    let added = 0;
    for (const [key, e] of this.entries) {
      if (e.where === IN_OLD && e.renewed !== true) used += lineBytes(e);
      else added += e.length + key.length + HEAD_BYTES;
    }
    for (const key of this.gone) added += key.length + 12;
    const unused = this.oldSize - used;
    return unused <= used + added;
  }

  /** Appends the changed entries' lines to the cache file (each line in one write). */
  private appendChanges(): string | null {
    let fd: number | null = null;
    try {
      fd = openSync(this.path, 'a');
      // Appended to the file that was read, or not at all: a cache file deleted, replaced
      // (another run rewrote it) or cut short since is written whole instead, from what this run
      // read. (One that grew had lines appended by another run: this run's follow them.)
      const now = fstatSync(fd);
      const read = fstatSync(this.oldFd!);
      if (now.ino !== read.ino || now.dev !== read.dev || now.size < this.oldSize) {
        closeSync(fd);
        fd = null;
        return this.write();
      }
      const out = new ChunkWriter(fd);
      // Removals first: a file removed and stored again in this run ends up stored.
      for (const key of this.gone) if (!this.entries.has(key)) out.bytes(Buffer.from(JSON.stringify({ gone: key }) + '\n', 'utf8'));
      for (const [key, e] of this.entries) {
        if (e.where === IN_OLD && e.renewed !== true) continue;
        const head = Buffer.from(JSON.stringify(headOf(key, e)) + '\t', 'utf8');
        const result = this.resultBytes(e);
        const line = Buffer.allocUnsafe(head.length + result.length + 1);
        head.copy(line, 0);
        result.copy(line, head.length);
        line[line.length - 1] = NEWLINE;
        out.bytes(line);
      }
      out.flush();
      fsyncSync(fd);
      closeSync(fd);
      fd = null;
      this.dirty = false;
      return null;
    } catch (e) {
      if (fd !== null) closeSync(fd);
      return `cannot write the cache file ${this.path}: ${(e as Error).message}`;
    }
  }

  private write(): string | null {
    const tmp = `${this.path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    let fd: number | null = null;
    try {
      makeFolder(this.dir);
      fd = openSync(tmp, 'wx');
      const out = new ChunkWriter(fd);
      out.text(JSON.stringify({ talklintCache: CACHE_FORMAT, version: VERSION }) + '\n');
      for (const [key, e] of this.entries) {
        let result: Buffer;
        try {
          result = this.resultBytes(e);
        } catch {
          // The old file cut short under this run (its results gone): that entry is not kept.
          continue;
        }
        out.text(JSON.stringify(headOf(key, e)) + '\t');
        out.bytes(result);
        out.text('\n');
      }
      out.flush();
      fsyncSync(fd);
      closeSync(fd);
      fd = null;
      // The old file is closed before it is replaced (Windows renames no file that is open).
      this.close();
      renameSync(tmp, this.path);
      this.dirty = false;
      return null;
    } catch (e) {
      if (fd !== null) closeSync(fd);
      try {
        unlinkSync(tmp);
      } catch {
        // Not made, or already gone.
      }
      return `cannot write the cache file ${this.path}: ${(e as Error).message}`;
    }
  }

  /** Closes the old cache file and removes the journal (entries can no longer be read). */
  /**
   * Closes the cache without writing it (a run that failed: what it stored is not trusted) and
   * removes this run's journal. The cache file is left as it was. save() after it does nothing.
   */
  discard(): void {
    this.dirty = false;
    this.close();
  }

  private close(): void {
    if (this.oldFd !== null) {
      closeSync(this.oldFd);
      this.oldFd = null;
    }
    this.removeJournal();
  }

  /** Closes and deletes the journal, if any (also on the process's exit). */
  private readonly removeJournal = (): void => {
    const j = this.journal;
    if (j === null) return;
    this.journal = null;
    this.pending = [];
    this.pendingBytes = 0;
    process.removeListener('exit', this.removeJournal);
    try {
      closeSync(j.fd);
    } catch {
      // Closed already.
    }
    try {
      unlinkSync(j.path);
    } catch {
      // Gone already.
    }
  };
}

/**
 * Whether the file of a cache key (a path relative to `dir`, with "/") exists, asked of many
 * files of few folders (a cache's entries this run did not see: yesterday's calls, a month of
 * them): each folder is listed once, instead of a `stat` per file (20,000 entries cost ~160 ms
 * of stats). A folder that cannot be listed (no read permission) is asked file by file.
 */
function folderLister(dir: string): (key: string) => boolean {
  const listed = new Map<string, Set<string> | null>();
  return (key) => {
    const slash = key.lastIndexOf('/');
    const folder = slash < 0 ? '' : key.slice(0, slash);
    let names = listed.get(folder);
    if (names === undefined) {
      try {
        names = new Set(readdirSync(resolve(dir, folder)));
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        // Gone, or not a folder: nothing in it exists. Anything else: asked file by file.
        names = code === 'ENOENT' || code === 'ENOTDIR' ? new Set() : null;
      }
      listed.set(folder, names);
    }
    return names === null ? existsSync(resolve(dir, key)) : names.has(key.slice(slash + 1));
  };
}

/** An error's message, its first line only (notices are one line). */
function firstLine(e: unknown): string {
  return (e as Error).message.split('\n')[0] ?? '';
}

/** The head of an entry's line. */
function headOf(key: string, e: CacheEntry): EntryHead {
  return e.stat === undefined ? { key, hash: e.hash, config: e.config } : { key, hash: e.hash, stat: e.stat, config: e.config };
}

/** The JSON value of `text`, or undefined when it is not JSON. */
function jsonOf(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The key of a `{"gone": key}` line (a file removed from the cache), or null when it is not one. */
function parseGone(text: string): string | null {
  const g = jsonOf(text) as { gone?: unknown } | null | undefined;
  return g !== null && typeof g === 'object' && typeof g.gone === 'string' && Object.keys(g).length === 1 ? g.gone : null;
}

/** An entry line's head, or null when it is not one. */
function parseHead(text: string): EntryHead | null {
  const h = jsonOf(text) as Partial<EntryHead> | null | undefined;
  if (h === null || h === undefined || typeof h !== 'object' || typeof h.key !== 'string' || typeof h.hash !== 'string' || typeof h.config !== 'string') return null;
  const head: EntryHead = { key: h.key, hash: h.hash, config: h.config };
  const stat: unknown = h.stat;
  if (Array.isArray(stat) && stat.length === 4 && stat.every((x) => typeof x === 'number')) head.stat = stat as StatStamp;
  return head;
}

/** Writes to a file descriptor in pieces of about CHUNK_BYTES. */
class ChunkWriter {
  private buf = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;

  constructor(private readonly fd: number) {}

  text(s: string): void {
    if (this.used + s.length * 3 > this.buf.length) this.flush();
    if (s.length * 3 > this.buf.length) this.write(Buffer.from(s, 'utf8'));
    else this.used += this.buf.write(s, this.used, 'utf8');
  }

  bytes(b: Uint8Array): void {
    if (this.used + b.length > this.buf.length) this.flush();
    if (b.length > this.buf.length) this.write(b);
    else {
      this.buf.set(b, this.used);
      this.used += b.length;
    }
  }

  flush(): void {
    this.write(this.buf.subarray(0, this.used));
    this.used = 0;
  }

  private write(b: Uint8Array): void {
    let done = 0;
    while (done < b.length) done += writeSync(this.fd, b, done, b.length - done);
  }
}

/**
 * runFiles with a cache: files whose stored result is still valid are not linted; the others are
 * linted (by runFiles, workers and all) and stored. `onResult` is called in file order.
 */
export async function runFilesCached(files: readonly string[], opts: RunFilesOptions, cache: LintCache, onResult: (r: FileResult, index: number) => void): Promise<{ hits: number }> {
  const keys = files.map((f) => configKey(opts.setup.linterFor(f), opts.input));
  // Hits are only probed here; a hit's result is read from the cache file when its turn to be
  // reported comes (one at a time, whatever the number of files).
  // A file the cache has no entry for is not read here: the thread that lints it hashes the
  // bytes it read (runFiles' readStamps), so a new file is read once, and not in this thread.
  const probed = files.map((f, i) => cache.probe(f, keys[i]!, true));
  const missing: number[] = [];
  probed.forEach((e, i) => {
    if (e === null) missing.push(i);
  });
  const hits = files.length - missing.length;
  const linted = new Map<number, FileResult>();
  const init = { input: opts.input, cwd: opts.cwd, sourceText: opts.sourceText ?? 'keep' };
  let next = 0;
  const emitReady = (): void => {
    for (; next < files.length; next++) {
      const entry = probed[next];
      let r: FileResult | null | undefined;
      if (entry === null || entry === undefined) {
        r = linted.get(next);
        if (r === undefined) return;
        linted.delete(next);
      } else {
        r = cache.resultOf(entry, files[next]!, opts.cwd);
        if (r === null) {
          // A stored result that cannot be read (a damaged line): linted here, and stored anew.
          r = lintOne(opts.setup, files[next]!, init);
          cache.store(files[next]!, keys[next]!, r);
        }
      }
      onResult(r, next);
    }
  };
  emitReady();
  if (missing.length > 0) {
    await runFiles(
      missing.map((i) => files[i]!),
      { ...opts, readStamps: { racyMs: cache.racyMs } },
      (r, j, read) => {
        const i = missing[j]!;
        cache.store(files[i]!, keys[i]!, r, undefined, read);
        linted.set(i, r);
        emitReady();
      },
    );
  }
  emitReady();
  return { hits };
}
