/**
 * Which files a run lints. Arguments may be files, directories or globs:
 * - a file named explicitly is always linted (whatever its extension), unless ignored;
 * - a directory is walked for files with a lintable extension;
 * - a glob is expanded with fast-glob.
 * A directory walk also passes over project files that are not calls (package.json, tsconfig*.json,
 * *.schema.json, *.sarif). Ignored everywhere: node_modules and .git, the patterns of `.talklintignore` (gitignore syntax,
 * found in the working directory) and the config's `ignorePatterns`.
 * The result is sorted, so every run (and every shard) sees the same order.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
/** Extensions read when a directory is walked. */
export const LINTABLE_EXTENSIONS = ['txt', 'md', 'markdown', 'json', 'jsonl', 'ndjson', 'csv', 'tsv', 'srt', 'vtt'];
export const IGNORE_FILE = '.talklintignore';
const DEFAULT_IGNORES = ['**/node_modules/**', '**/.git/**'];
/**
 * Files a directory walk passes over because they are project files, not calls (a JSON file of
 * an unknown shape is an error when named, so `talklint .` in a project must not pick these up).
 */
const WALK_IGNORES = [...DEFAULT_IGNORES, '**/package.json', '**/package-lock.json', '**/tsconfig*.json', '**/*.schema.json', '**/.talklintcache', '**/*.sarif', '**/*.sarif.json'];
function toPosix(p) {
    return sep === '/' ? p : p.split(sep).join('/');
}
/** What the default ignores (`node_modules/`, `.git/`) leave out, for a path relative to the working directory. */
const IN_DEFAULT_IGNORED_DIR = /(^|\/)(node_modules|\.git)\//;
/**
 * Whether a path relative to the working directory is ignored. Without a .talklintignore and
 * extra patterns only the defaults apply, tested directly: building the `ignore` matcher costs
 * ~10 ms of a one-file run's start-up.
 */
function loadIgnore(cwd, extra) {
    const file = join(cwd, IGNORE_FILE);
    const hasFile = existsSync(file);
    if (!hasFile && extra.length === 0)
        return (rel) => IN_DEFAULT_IGNORED_DIR.test(rel);
    const ig = ignore().add(['node_modules/', '.git/']);
    if (hasFile)
        ig.add(readFileSync(file, 'utf8'));
    ig.add([...extra]);
    return (rel) => ig.ignores(rel);
}
let fastGlobModule;
/** fast-glob, imported when a run names a folder or a pattern (~5 ms of a one-file start otherwise; a dynamic import stays in the bundle). */
async function fastGlob() {
    return (fastGlobModule ??= (await import('fast-glob')).default);
}
export async function collectFiles(args, opts) {
    const cwd = resolve(opts.cwd);
    const ignores = loadIgnore(cwd, opts.ignorePatterns ?? []);
    // A path inside the working directory (every file a walk of it finds) is relative to it by
    // its rest: path.relative cost ~2 µs a file (40–75 ms of a 20,000-file run), the slice ~0.1.
    const inside = cwd.endsWith(sep) ? cwd : cwd + sep;
    const isIgnored = (abs) => {
        const rel = toPosix(abs.startsWith(inside) ? abs.slice(inside.length) : relative(cwd, abs));
        // Files outside the working directory are only filtered by the default ignores.
        if (rel === '' || rel.startsWith('..') || isAbsolute(rel))
            return /(^|\/)(node_modules|\.git)(\/|$)/.test(toPosix(abs));
        return ignores(rel);
    };
    const found = new Set();
    const unmatched = [];
    const extGlob = `**/*.{${LINTABLE_EXTENSIONS.join(',')}}`;
    for (const arg of args) {
        const abs = resolve(cwd, arg);
        let stat;
        try {
            stat = statSync(abs);
        }
        catch {
            stat = undefined;
        }
        let matches;
        if (stat?.isFile()) {
            matches = [abs];
        }
        else {
            const fg = await fastGlob();
            if (stat?.isDirectory())
                matches = await fg(extGlob, { cwd: abs, absolute: true, dot: false, onlyFiles: true, ignore: WALK_IGNORES, caseSensitiveMatch: false });
            else if (fg.isDynamicPattern(toPosix(arg)))
                matches = await fg(toPosix(arg), { cwd, absolute: true, dot: false, onlyFiles: true, ignore: DEFAULT_IGNORES });
            else {
                unmatched.push(arg);
                continue;
            }
        }
        // fast-glob's absolute paths are path.resolve()d already, then written with '/': only
        // Windows needs them resolved again (its own separator).
        const kept = (sep === '/' ? matches : matches.map((m) => resolve(m))).filter((m) => !isIgnored(m));
        if (kept.length === 0 && matches.length === 0)
            unmatched.push(arg);
        for (const m of kept)
            found.add(m);
    }
    return { files: [...found].sort(), unmatched };
}
