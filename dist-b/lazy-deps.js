/**
 * Dependencies loaded on first use (and the glob library, imported by api/files.ts when a run
 * names a folder or a pattern). iconv-lite (with its code-page tables: ~550 KB of the
 * bundled command line's ~2 MB) and chardet (~120 KB) are needed only for a file that is not
 * UTF-8, an `--encoding`, or `--fix` writing such a file back; most runs see none. Imported at
 * the top of a module they were read, decoded and hashed on every start of the command line and
 * of every `--jobs` worker (see docs/performance.md, "Start-up").
 *
 * `createRequire` rather than import(): the callers are synchronous, and both packages are
 * CommonJS. esbuild leaves such a require() to run time, so the bundles load them from
 * talklint's node_modules like the unbundled modules do.
 */
import { createRequire } from 'node:module';
const load = createRequire(import.meta.url);
let iconvModule;
let chardetModule;
let writeFileAtomicModule;
let levenshteinModule;
/** iconv-lite. */
export function iconv() {
    return (iconvModule ??= load('iconv-lite'));
}
/** chardet. */
export function chardet() {
    return (chardetModule ??= load('chardet'));
}
/**
 * write-file-atomic (and signal-exit, which it loads): only a run that writes a cache, a
 * baseline or a fix needs it (~2.5 ms of each start otherwise).
 */
export function writeFileAtomic() {
    return (writeFileAtomicModule ??= load('write-file-atomic'));
}
/** natural's Levenshtein distance (and underscore, which it loads: ~3.5 ms of a start): for "did you mean" in a YAML error only. */
export function levenshtein() {
    return (levenshteinModule ??= load('natural/lib/natural/distance/levenshtein_distance.js')).LevenshteinDistance;
}
