/**
 * `--cache`: skip files whose lint result cannot have changed since the last run, and reuse the
 * stored result. A stored result is reused only when all of these are unchanged:
 *
 * - the file's bytes (SHA-256 of the content; times and sizes are not trusted);
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
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { makeFolder } from '../make-folder.js';
import { writeFileAtomic } from '../lazy-deps.js';
import { keepFrameLines } from '../formatters/index.js';
import { VERSION } from '../version.js';
import { displayPath } from './lint-files.js';
import { runFiles } from './run-files.js';
export const DEFAULT_CACHE_LOCATION = '.talklintcache';
/** Bumped when the cache file's layout changes; an older cache is then started afresh. */
const CACHE_FORMAT = 1;
export function sha256(data) {
    return createHash('sha256').update(data).digest('hex');
}
/**
 * JSON of any value the linter options hold: RegExps, Sets and Maps spelled out, functions left
 * out; with `withoutFiles`, the `file` fields (where a pack or rule was read from, which does not
 * change what it finds) too, so a project moved to another folder keeps its cache.
 */
function stableJson(value, withoutFiles = false) {
    return JSON.stringify(value, (key, v) => {
        if (withoutFiles && key === 'file')
            return undefined;
        if (v instanceof RegExp)
            return `/${v.source}/${v.flags}`;
        if (v instanceof Set)
            return [...v];
        if (v instanceof Map)
            return [...v.entries()];
        if (typeof v === 'function')
            return undefined;
        return v;
    });
}
const linterKeys = new WeakMap();
const packHashes = new WeakMap();
/** The effective-configuration part of a cache key, for one linter and the run's input options. */
export function configKey(linter, input) {
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
    return sha256(base + stableJson(input));
}
export class LintCache {
    path;
    entries = {};
    /** Content hashes computed in this run by lookup(), reused by store(). */
    hashes = new Map();
    dirty = false;
    dir;
    constructor(path) {
        this.path = path;
        this.dir = dirname(path);
    }
    /** Files are keyed by their path relative to the cache file, so a cache restored on another machine (CI) still matches. */
    key(absPath) {
        return relative(this.dir, absPath).split(sep).join('/');
    }
    /**
     * Opens (or starts) the cache at `location` (a file; an existing folder, or a path ending in
     * "/", means `.talklintcache` inside it); `notice` says why an existing file was ignored.
     */
    static open(location) {
        const isDir = /[\\/]$/.test(location) || (existsSync(location) && statSync(location).isDirectory());
        const path = isDir ? join(resolve(location), DEFAULT_CACHE_LOCATION) : resolve(location);
        const cache = new LintCache(path);
        if (!existsSync(path))
            return { cache };
        let data;
        try {
            data = JSON.parse(readFileSync(path, 'utf8'));
        }
        catch (e) {
            cache.dirty = true;
            return { cache, notice: `ignoring the cache file ${path}: it cannot be read (${e.message.split('\n')[0]}); it will be rewritten` };
        }
        const file = data;
        if (file === null || typeof file !== 'object' || typeof file.talklintCache !== 'number' || typeof file.entries !== 'object' || file.entries === null) {
            cache.dirty = true;
            return { cache, notice: `ignoring the cache file ${path}: it is not a talklint cache; it will be rewritten` };
        }
        if (file.talklintCache !== CACHE_FORMAT || file.version !== VERSION) {
            cache.dirty = true;
            return { cache };
        }
        for (const [key, entry] of Object.entries(file.entries)) {
            if (entry && typeof entry.hash === 'string' && typeof entry.config === 'string' && entry.result && Array.isArray(entry.result.diagnostics))
                cache.entries[key] = entry;
            else
                cache.dirty = true;
        }
        return { cache };
    }
    /** The stored result for a file, when its content and configuration are unchanged; null otherwise. */
    lookup(absPath, config, cwd) {
        let hash;
        try {
            hash = sha256(readFileSync(absPath));
        }
        catch {
            return null;
        }
        this.hashes.set(absPath, hash);
        const entry = this.entries[this.key(absPath)];
        if (!entry || entry.hash !== hash || entry.config !== config)
            return null;
        const result = structuredClone(entry.result);
        result.filePath = displayPath(absPath, cwd);
        return result;
    }
    /** Records a file's fresh result (not a fatal one: a file that could not be read is retried next time). */
    store(absPath, config, result, content) {
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
        if (stored.source !== undefined)
            keepFrameLines(stored);
        this.entries[key] = { hash, config, result: stored };
        this.dirty = true;
    }
    /** Writes the cache (atomically), dropping entries of files that no longer exist. Returns an error message or null. */
    save() {
        for (const key of Object.keys(this.entries)) {
            if (!existsSync(resolve(this.dir, key))) {
                delete this.entries[key];
                this.dirty = true;
            }
        }
        if (!this.dirty)
            return null;
        const data = { talklintCache: CACHE_FORMAT, version: VERSION, entries: this.entries };
        try {
            makeFolder(dirname(this.path));
            writeFileAtomic().sync(this.path, JSON.stringify(data));
            this.dirty = false;
            return null;
        }
        catch (e) {
            return `cannot write the cache file ${this.path}: ${e.message}`;
        }
    }
}
/**
 * runFiles with a cache: files whose stored result is still valid are not linted; the others are
 * linted (by runFiles, workers and all) and stored. `onResult` is called in file order.
 */
export async function runFilesCached(files, opts, cache, onResult) {
    const keys = files.map((f) => configKey(opts.setup.linterFor(f), opts.input));
    const results = files.map((f, i) => cache.lookup(f, keys[i], opts.cwd));
    const missing = [];
    results.forEach((r, i) => {
        if (r === null)
            missing.push(i);
    });
    const hits = files.length - missing.length;
    let next = 0;
    const emitReady = () => {
        while (next < files.length && results[next] !== null) {
            const r = results[next];
            results[next] = null;
            onResult(r, next);
            next++;
        }
    };
    emitReady();
    if (missing.length > 0) {
        await runFiles(missing.map((i) => files[i]), opts, (r, j) => {
            const i = missing[j];
            cache.store(files[i], keys[i], r);
            results[i] = r;
            emitReady();
        });
    }
    emitReady();
    return { hits };
}
