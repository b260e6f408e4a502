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
 *   a cache restored on another machine or checkout finds other times and hashes as before;
 * - the effective configuration of the file: the linter's options (rule severities, variables,
 *   languages, per-language severities, speakers, directives…) with every pack reduced to a
 *   hash of its loaded definition, so editing a pack, the config, an override or a --rule flag
 *   re-lints;
 * - the input options (--input-format, --encoding, …) and talklint's version.
 *
 * Stored results have no `source`; they keep the source lines their diagnostics point at
 * (`sourceLines`), which is all the stylish code frames need. A cache file that cannot be read
 * as a talklint cache is ignored with a notice (never an error) and replaced at the end of the
 * run; it is written atomically (temp file + rename).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { makeFolder } from '../make-folder.js';
import { writeFileAtomic } from '../lazy-deps.js';
import type { Linter } from '../engine/linter.js';
import { keepFrameLines } from '../formatters/index.js';
import type { InputOptions } from '../input/load.js';
import type { FileResult } from '../types.js';
import { VERSION } from '../version.js';
import { displayPath } from './lint-files.js';
import { runFiles, type RunFilesOptions } from './run-files.js';

export const DEFAULT_CACHE_LOCATION = '.talklintcache';
/** Bumped when the cache file's layout changes; an older cache is then started afresh. */
const CACHE_FORMAT = 1;

/**
 * What a file's `stat` said just before the bytes behind an entry's hash were read: size,
 * modification time, change time (ms) and inode. Equal on a later run = the same bytes.
 */
type StatStamp = [size: number, mtimeMs: number, ctimeMs: number, ino: number];

/**
 * A file whose modification or change time is less than this before the moment its stat was
 * taken gets no stamp (hashed again next run): a write in the same tick of the file system's
 * clock (2 s on FAT) could leave every field of the stamp as it was.
 */
const RACY_MS = 3000;

/** The stamp of `st` taken at `now`, or undefined while the file may still change unseen (`racyMs`). */
function stampOf(st: Stats, now: number, racyMs: number): StatStamp | undefined {
  if (!st.isFile() || now - Math.max(st.mtimeMs, st.ctimeMs) < racyMs) return undefined;
  return [st.size, st.mtimeMs, st.ctimeMs, st.ino];
}

function sameStamp(a: unknown, b: StatStamp): boolean {
  return Array.isArray(a) && a.length === 4 && a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];
}

interface CacheEntry {
  /** SHA-256 of the file's bytes. */
  hash: string;
  /** The file's stat just before those bytes were read (absent: hash the file to know). */
  stat?: StatStamp;
  /** The effective configuration key (configKey) the result was linted with. */
  config: string;
  result: FileResult;
}

interface CacheFile {
  talklintCache: number;
  version: string;
  entries: Record<string, CacheEntry>;
}

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

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
    base = sha256(stableJson({ version: VERSION, format: CACHE_FORMAT, packs: packKeys, options: rest }));
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
  private entries: Record<string, CacheEntry> = {};
  /** Content hashes computed in this run by lookup(), reused by store(). */
  private readonly hashes = new Map<string, string>();
  /** Stamps taken by lookup() just before it read a file, for store(). */
  private readonly stamps = new Map<string, StatStamp>();
  private dirty = false;

  private readonly dir: string;

  private constructor(
    readonly path: string,
    /** See RACY_MS (tests shorten it: a file just written cannot have older times). */
    private readonly racyMs: number,
  ) {
    this.dir = dirname(path);
  }

  /** Files are keyed by their path relative to the cache file, so a cache restored on another machine (CI) still matches. */
  private key(absPath: string): string {
    return relative(this.dir, absPath).split(sep).join('/');
  }

  /**
   * Opens (or starts) the cache at `location` (a file; an existing folder, or a path ending in
   * "/", means `.talklintcache` inside it); `notice` says why an existing file was ignored.
   */
  static open(location: string, options: { racyMs?: number } = {}): { cache: LintCache; notice?: string } {
    const isDir = /[\\/]$/.test(location) || (existsSync(location) && statSync(location).isDirectory());
    const path = isDir ? join(resolve(location), DEFAULT_CACHE_LOCATION) : resolve(location);
    const cache = new LintCache(path, options.racyMs ?? RACY_MS);
    if (!existsSync(path)) return { cache };
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      cache.dirty = true;
      return { cache, notice: `ignoring the cache file ${path}: it cannot be read (${(e as Error).message.split('\n')[0]}); it will be rewritten` };
    }
    const file = data as Partial<CacheFile> | null;
    if (file === null || typeof file !== 'object' || typeof file.talklintCache !== 'number' || typeof file.entries !== 'object' || file.entries === null) {
      cache.dirty = true;
      return { cache, notice: `ignoring the cache file ${path}: it is not a talklint cache; it will be rewritten` };
    }
    if (file.talklintCache !== CACHE_FORMAT || file.version !== VERSION) {
      cache.dirty = true;
      return { cache };
    }
    for (const [key, entry] of Object.entries(file.entries)) {
      if (entry && typeof entry.hash === 'string' && typeof entry.config === 'string' && entry.result && Array.isArray(entry.result.diagnostics)) cache.entries[key] = entry;
      else cache.dirty = true;
    }
    return { cache };
  }

  /** The stored result for a file, when its content and configuration are unchanged; null otherwise. */
  lookup(absPath: string, config: string, cwd?: string): FileResult | null {
    const entry = this.entries[this.key(absPath)];
    let hash: string;
    try {
      // The stat before the read: a write between the two leaves a stamp older than the bytes
      // hashed, which the next run finds changed (and hashes), never the other way round.
      const stamp = stampOf(statSync(absPath), Date.now(), this.racyMs);
      if (stamp !== undefined && entry !== undefined && sameStamp(entry.stat, stamp)) {
        hash = entry.hash;
        this.stamps.set(absPath, stamp);
      } else {
        hash = sha256(readFileSync(absPath));
        if (stamp !== undefined) this.stamps.set(absPath, stamp);
        // Same bytes under another stamp (a checkout, a restored cache, a touch): the stamp is
        // recorded so that the next run need not read the file.
        if (entry !== undefined && entry.hash === hash && !sameStamp(entry.stat, stamp ?? [-1, -1, -1, -1])) {
          if (stamp === undefined) delete entry.stat;
          else entry.stat = stamp;
          this.dirty = true;
        }
      }
    } catch {
      return null;
    }
    this.hashes.set(absPath, hash);
    if (!entry || entry.hash !== hash || entry.config !== config) return null;
    const result = structuredClone(entry.result);
    result.filePath = displayPath(absPath, cwd);
    return result;
  }

  /** Records a file's fresh result (not a fatal one: a file that could not be read is retried next time). */
  store(absPath: string, config: string, result: FileResult, content?: Uint8Array): void {
    const hash = content !== undefined ? sha256(content) : this.hashes.get(absPath);
    const key = this.key(absPath);
    if (hash === undefined || result.fatal) {
      if (this.entries[key]) {
        delete this.entries[key];
        this.dirty = true;
      }
      return;
    }
    const stored = structuredClone(result);
    if (stored.source !== undefined) keepFrameLines(stored);
    // A stamp only with the hash lookup() made after taking it (content given here was read or
    // written at another moment).
    const stat = content === undefined ? this.stamps.get(absPath) : undefined;
    this.entries[key] = stat === undefined ? { hash, config, result: stored } : { hash, stat, config, result: stored };
    this.dirty = true;
  }

  /** Writes the cache (atomically), dropping entries of files that no longer exist. Returns an error message or null. */
  save(): string | null {
    for (const key of Object.keys(this.entries)) {
      const abs = resolve(this.dir, key);
      // (A file this run hashed or stat'ed exists; only the others are looked for.)
      if (!this.hashes.has(abs) && !existsSync(abs)) {
        delete this.entries[key];
        this.dirty = true;
      }
    }
    if (!this.dirty) return null;
    const data: CacheFile = { talklintCache: CACHE_FORMAT, version: VERSION, entries: this.entries };
    try {
      makeFolder(dirname(this.path));
      writeFileAtomic().sync(this.path, JSON.stringify(data));
      this.dirty = false;
      return null;
    } catch (e) {
      return `cannot write the cache file ${this.path}: ${(e as Error).message}`;
    }
  }
}

/**
 * runFiles with a cache: files whose stored result is still valid are not linted; the others are
 * linted (by runFiles, workers and all) and stored. `onResult` is called in file order.
 */
export async function runFilesCached(files: readonly string[], opts: RunFilesOptions, cache: LintCache, onResult: (r: FileResult, index: number) => void): Promise<{ hits: number }> {
  const keys = files.map((f) => configKey(opts.setup.linterFor(f), opts.input));
  const results: Array<FileResult | null> = files.map((f, i) => cache.lookup(f, keys[i]!, opts.cwd));
  const missing: number[] = [];
  results.forEach((r, i) => {
    if (r === null) missing.push(i);
  });
  const hits = files.length - missing.length;
  let next = 0;
  const emitReady = (): void => {
    while (next < files.length && results[next] !== null) {
      const r = results[next]!;
      results[next] = null;
      onResult(r, next);
      next++;
    }
  };
  emitReady();
  if (missing.length > 0) {
    await runFiles(
      missing.map((i) => files[i]!),
      opts,
      (r, j) => {
        const i = missing[j]!;
        cache.store(files[i]!, keys[i]!, r);
        results[i] = r;
        emitReady();
      },
    );
  }
  emitReady();
  return { hits };
}
