/**
 * Baselines: adopt talklint on a large body of existing scripts without fixing everything first.
 * `--baseline-write FILE` records today's findings; `--baseline FILE` hides the recorded ones and
 * reports only new findings, plus the recorded findings that no longer occur (see docs/baseline.md).
 *
 * An entry is {ruleId, file, hash, count}: `file` is relative to the baseline file's folder (posix
 * separators, `../` where needed), `hash` is the finding's fingerprint (src/engine/fingerprint.ts: rule, call, the
 * normalised matched words and a few words around them — no line numbers, so inserting lines
 * elsewhere does not invalidate entries), `count` how many identical findings the file has.
 * Matching is a multiset: a file with 3 recorded findings of a hash and 4 today reports 1.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { summarize } from '../engine/linter.js';
export const BASELINE_VERSION = 1;
function toPosix(p) {
    return sep === '/' ? p : p.split(sep).join('/');
}
/** The key a file has in a baseline stored in `baseDir`; `filePath` is as in FileResult (relative to `cwd`, or absolute). */
export function baselineFileKey(filePath, cwd, baseDir) {
    if (filePath.startsWith('<'))
        return filePath;
    const abs = resolve(cwd, filePath);
    const rel = relative(baseDir, abs);
    // Relative even when it climbs out ("../scripts/a.md"), so the baseline moves with the project;
    // absolute only where no relative path exists (another drive on Windows).
    return toPosix(isAbsolute(rel) ? abs : rel);
}
function compareEntries(a, b) {
    return a.file < b.file ? -1 : a.file > b.file ? 1 : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0;
}
/**
 * A baseline of `results`' findings (files that could not be read have none). Every diagnostic
 * must carry a fingerprint (LinterOptions.fingerprints). `keep`: entries of an older baseline to
 * carry over (the CLI keeps those of files this run did not lint).
 */
export function createBaseline(results, cwd, baseDir, keep = []) {
    const counts = new Map();
    for (const r of results) {
        const file = baselineFileKey(r.filePath, cwd, baseDir);
        for (const d of r.diagnostics) {
            if (d.fingerprint === undefined)
                throw new Error(`createBaseline: ${r.filePath}:${d.line}:${d.column} ${d.ruleId} has no fingerprint (lint with LinterOptions.fingerprints)`);
            const key = `${file}\0${d.ruleId}\0${d.fingerprint}`;
            const e = counts.get(key);
            if (e)
                e.count++;
            else
                counts.set(key, { ruleId: d.ruleId, file, hash: d.fingerprint, count: 1 });
        }
    }
    const entries = [...counts.values(), ...keep.map((e) => ({ ...e }))].sort(compareEntries);
    return { version: BASELINE_VERSION, entries };
}
export function serializeBaseline(b) {
    const lines = b.entries.map((e) => '    ' + JSON.stringify({ ruleId: e.ruleId, file: e.file, hash: e.hash, count: e.count }));
    return `{\n  "version": ${b.version},\n  "entries": [${lines.length > 0 ? '\n' + lines.join(',\n') + '\n  ' : ''}]\n}\n`;
}
function positionOf(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return `${line}:${column}`;
}
/** Parses and validates a baseline file's text; errors name the file and the place. */
export function parseBaseline(text, file) {
    let data;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (e) {
        const msg = e.message;
        const pos = /position (\d+)/.exec(msg);
        return { ok: false, message: `${file}${pos ? ':' + positionOf(text, Number(pos[1])) : ''}: the baseline is not valid JSON (${msg}); write a new one with --baseline-write` };
    }
    const bad = (what) => ({ ok: false, message: `${file}: ${what}; write a new baseline with --baseline-write` });
    if (data === null || typeof data !== 'object' || Array.isArray(data))
        return bad('a baseline is a JSON object {"version": 1, "entries": [...]}');
    const obj = data;
    if (obj.version !== BASELINE_VERSION)
        return bad(`unsupported baseline version ${JSON.stringify(obj.version)} (this talklint reads version ${BASELINE_VERSION})`);
    if (!Array.isArray(obj.entries))
        return bad('"entries" must be an array');
    const entries = [];
    for (const [i, raw] of obj.entries.entries()) {
        const e = raw;
        const where = `entries[${i}]`;
        if (e === null || typeof e !== 'object' || Array.isArray(e))
            return bad(`${where} must be an object {ruleId, file, hash, count}`);
        if (typeof e.ruleId !== 'string' || e.ruleId === '')
            return bad(`${where}.ruleId must be a rule id`);
        if (typeof e.file !== 'string' || e.file === '')
            return bad(`${where}.file must be a file path`);
        if (typeof e.hash !== 'string' || !/^[0-9a-f]{64}$/.test(e.hash))
            return bad(`${where}.hash must be 64 hex digits (a sha256)`);
        if (typeof e.count !== 'number' || !Number.isInteger(e.count) || e.count < 1)
            return bad(`${where}.count must be a whole number ≥ 1`);
        entries.push({ ruleId: e.ruleId, file: e.file, hash: e.hash, count: e.count });
    }
    return { ok: true, baseline: { version: BASELINE_VERSION, entries } };
}
/** Reads a baseline file (`path` absolute or relative to `cwd`). */
export function loadBaseline(path, cwd, shown = path) {
    const abs = resolve(cwd, path);
    if (!existsSync(abs))
        return { ok: false, message: `${shown}: no such baseline file; create it with --baseline-write ${shown}` };
    let text;
    try {
        text = readFileSync(abs, 'utf8');
    }
    catch (e) {
        return { ok: false, message: `${shown}: cannot read the baseline: ${e.message}` };
    }
    return parseBaseline(text, shown);
}
/**
 * Compares results with a baseline, file by file. `apply` hides the recorded findings of a result
 * (multiset: each entry hides up to `count` findings of its rule and hash), records what was hidden
 * and which entries no longer occur (`FileResult.baseline`), adds a notice for those, and recounts.
 */
export class BaselineComparison {
    baseDir;
    cwd;
    byFile = new Map();
    hiddenTotal = 0;
    goneTotal = 0;
    constructor(baseline, 
    /** The folder of the baseline file: entry paths are relative to it. */
    baseDir, 
    /** The folder FileResult paths are relative to. */
    cwd) {
        this.baseDir = baseDir;
        this.cwd = cwd;
        for (const e of baseline.entries) {
            let list = this.byFile.get(e.file);
            if (!list)
                this.byFile.set(e.file, (list = []));
            list.push(e);
        }
    }
    /** Findings hidden so far, and recorded findings found gone so far (sum of counts). */
    get totals() {
        return { hidden: this.hiddenTotal, gone: this.goneTotal };
    }
    apply(r) {
        if (r.fatal)
            return r;
        const entries = this.byFile.get(baselineFileKey(r.filePath, this.cwd, this.baseDir)) ?? [];
        const remaining = new Map();
        for (const e of entries)
            remaining.set(`${e.ruleId}\0${e.hash}`, (remaining.get(`${e.ruleId}\0${e.hash}`) ?? 0) + e.count);
        let hidden = 0;
        const kept = r.diagnostics.filter((d) => {
            if (d.fingerprint === undefined)
                return true;
            const key = `${d.ruleId}\0${d.fingerprint}`;
            const n = remaining.get(key) ?? 0;
            if (n === 0)
                return true;
            remaining.set(key, n - 1);
            hidden++;
            return false;
        });
        const gone = [];
        for (const [key, count] of remaining) {
            if (count === 0)
                continue;
            const [ruleId, hash] = key.split('\0');
            gone.push({ ruleId, hash, count });
        }
        gone.sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
        this.hiddenTotal += hidden;
        const goneCount = gone.reduce((n, g) => n + g.count, 0);
        this.goneTotal += goneCount;
        const notices = [...r.notices];
        if (goneCount > 0) {
            const perRule = new Map();
            for (const g of gone)
                perRule.set(g.ruleId, (perRule.get(g.ruleId) ?? 0) + g.count);
            const list = [...perRule].map(([id, n]) => (n === 1 ? id : `${id} ×${n}`)).join(', ');
            notices.push(`baseline: ${goneCount === 1 ? '1 recorded finding no longer occurs' : `${goneCount} recorded findings no longer occur`} (${list}); update the baseline with --baseline-write`);
        }
        const { errorCount: _e, warningCount: _w, infoCount: _i, ...rest } = r;
        return summarize({ ...rest, diagnostics: kept, notices, baseline: { hidden, gone } });
    }
}
/** The folder a baseline file's entry paths are relative to. */
export function baselineDir(path, cwd) {
    return dirname(resolve(cwd, path));
}
/**
 * Entries of an older baseline to keep when writing a new one: those of files this run did not
 * lint (`lintedAbsPaths`: absolute paths of the files linted) that still exist, so writing from a partial run loses nothing.
 */
export function carriedOver(old, lintedAbsPaths, baseDir) {
    return old.entries.filter((e) => {
        if (e.file.startsWith('<'))
            return false;
        const abs = resolve(baseDir, e.file);
        return !lintedAbsPaths.has(abs) && existsSync(abs);
    });
}
