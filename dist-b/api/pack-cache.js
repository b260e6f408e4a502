/**
 * A cache of loaded packs, so a short run (one file, a pre-commit hook, each worker thread) does
 * not pay for parsing the YAML of every pack again: reading and validating the shipped packs
 * is most of talklint's start-up (see docs/performance.md).
 *
 * What is cached: the result of `loadPacks(refs, baseDir)` when it succeeds (errors are never
 * cached), in V8's serialisation format (structured clone: RegExps of `{regex: …}` patterns
 * included; read back without a JSON reviver), in `<os tmpdir>/talklint-cache-<uid>/`.
 * When it is used: only when the key matches exactly. The key hashes talklint's version, the
 * refs, the base directory, the resolved path and the full content of every pack file, and the
 * size and modification time of every compiled module of the pack loader, the pattern parser,
 * the text normalisation and the rule kinds (so a rebuilt talklint never reads an old entry).
 * Anything unexpected (unreadable cache, a pack shape that does not survive the round trip) falls back to
 * loading without the cache, and so does a cache folder that is not the user's alone (owned by
 * someone else, or writable by others). TALKLINT_NO_CACHE=1 turns it off.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { createRequire } from 'node:module';
import { loadPacks, resolvePackRef } from '../packs/load.js';
import { morphKeys, rememberMorphKeys } from '../text/morphology.js';
import { VERSION } from '../version.js';
import { cacheDir, ownFolder } from './cache-folder.js';
/** Folders (next to this module's folder) whose code decides what a loaded pack looks like (cli/: the bundled command line). */
const CODE_DIRS = ['packs', 'pattern', 'text', 'rules', 'input', 'config', 'cli'];
const FORMAT = 3;
let codeFingerprint = null;
function fingerprintCode() {
    if (codeFingerprint !== null)
        return codeFingerprint;
    const here = dirname(fileURLToPath(import.meta.url));
    const root = join(here, '..');
    // Running from a bundle (dist/cli/talklint.cjs, dist/cli/worker.js), the bundles are all the code
    // there is: stating the ~100 unbundled modules cost ~3 ms of every start and worker.
    const dirs = basename(here) === 'cli' ? ['cli'] : CODE_DIRS;
    const parts = [];
    for (const dir of dirs) {
        let names;
        try {
            names = readdirSync(join(root, dir)).sort();
        }
        catch {
            continue;
        }
        for (const name of names) {
            try {
                const st = statSync(join(root, dir, name));
                if (st.isFile())
                    parts.push(`${dir}/${name}:${st.size}:${st.mtimeMs}`);
            }
            catch {
                // A file that vanished: it is not part of the key.
            }
        }
    }
    codeFingerprint = parts.join('\n');
    return codeFingerprint;
}
/** The version of `natural` (its stemmers make the word keys the entries keep), or '?'. */
function naturalVersion() {
    try {
        return String(createRequire(import.meta.url)('natural/package.json').version);
    }
    catch {
        return '?';
    }
}
/**
 * The morphological keys of every morph-mode word of the packs' patterns (a parsed word node:
 * `{kind: 'word', mode: 'morph', text}`, wherever it stands in a pack), which an entry keeps.
 */
function morphWords(value, out = new Map(), seen = new Set()) {
    if (value === null || typeof value !== 'object' || seen.has(value) || value instanceof RegExp)
        return out;
    seen.add(value);
    if (Array.isArray(value)) {
        for (const v of value)
            morphWords(v, out, seen);
        return out;
    }
    const o = value;
    if (o.kind === 'word' && o.mode === 'morph' && typeof o.text === 'string' && !out.has(o.text))
        out.set(o.text, morphKeys(o.text));
    for (const v of Object.values(o))
        morphWords(v, out, seen);
    return out;
}
/** The cache key of a load, or null when some ref does not resolve to a readable file. */
function keyOf(refs, baseDir) {
    const h = createHash('sha256');
    h.update(`talklint ${VERSION} pack-cache ${FORMAT}\n${baseDir}\n${fingerprintCode()}\nnatural ${naturalVersion()}\n`);
    for (const ref of refs) {
        const resolved = resolvePackRef(ref, baseDir);
        if (!resolved)
            return null;
        let content;
        try {
            content = readFileSync(resolved.path);
        }
        catch {
            return null;
        }
        h.update(`\n${ref}\n${resolved.path}\n${resolved.builtin}\n${content.length}\n`);
        h.update(content);
    }
    return h.digest('hex');
}
/** Entries kept in the cache folder (the least recently written are removed beyond this). */
const MAX_ENTRIES = 32;
function prune(dir) {
    const entries = readdirSync(dir)
        // (.json: entries of the first format, removed first as the oldest.)
        .filter((n) => n.startsWith('packs-') && (n.endsWith('.v8') || n.endsWith('.json')))
        .map((n) => {
        try {
            return { n, t: statSync(join(dir, n)).mtimeMs };
        }
        catch {
            return { n, t: 0 };
        }
    })
        .sort((a, b) => b.t - a.t);
    for (const { n } of entries.slice(MAX_ENTRIES)) {
        try {
            unlinkSync(join(dir, n));
        }
        catch {
            // Removed by another run already.
        }
    }
}
/** `loadPacks`, served from the cache when nothing it depends on has changed. */
export function loadPacksCached(refs, baseDir) {
    if (process.env.TALKLINT_NO_CACHE === '1' || refs.length === 0)
        return loadPacks(refs, baseDir);
    const key = keyOf(refs, baseDir);
    if (key === null)
        return loadPacks(refs, baseDir);
    const dir = cacheDir();
    // Only a folder that is this user's alone: in a shared temp folder, an entry planted by someone
    // else would change (or switch off) the rules of this user's runs.
    if (!ownFolder(dir))
        return loadPacks(refs, baseDir);
    const file = join(dir, `packs-${key.slice(0, 40)}.v8`);
    try {
        const cached = deserialize(readFileSync(file));
        if (cached.key === key && Array.isArray(cached.packs)) {
            if (Array.isArray(cached.morph))
                rememberMorphKeys(cached.morph);
            return { ok: true, packs: cached.packs };
        }
    }
    catch {
        // No entry (or an unreadable one): load and write it.
    }
    const loaded = loadPacks(refs, baseDir);
    if (loaded.ok) {
        try {
            const morph = [...morphWords(loaded.packs)];
            rememberMorphKeys(morph);
            const bytes = serialize({ key, packs: loaded.packs, morph });
            // Only shapes that survive the round trip are cached.
            if (isDeepStrictEqual(deserialize(bytes).packs, loaded.packs)) {
                const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
                writeFileSync(tmp, bytes);
                renameSync(tmp, file); // atomic: a concurrent reader sees the old file or the new one
                prune(dirname(file));
            }
        }
        catch {
            // A read-only or full temp folder: run without the cache.
        }
    }
    return loaded;
}
