/**
 * Linting files from disk: read the bytes, decode and parse them (any input format), lint every
 * call. A file that cannot be read, decoded or parsed becomes a FileResult with `fatal` set; the
 * run goes on. Results come back in the order of the file list.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { summarize } from '../engine/linter.js';
import { parseInputBytes } from '../input/load.js';
/** The path shown for a file: relative to cwd when inside it, else as given. */
export function displayPath(absPath, cwd) {
    if (cwd === undefined)
        return absPath;
    const rel = relative(cwd, absPath);
    return rel === '' || rel.startsWith('..') ? absPath : rel;
}
export function fatalResult(filePath, message, line, column) {
    const fatal = { message };
    if (line !== undefined)
        fatal.line = line;
    if (column !== undefined)
        fatal.column = column;
    return { ...summarize({ filePath, diagnostics: [], notices: [], languages: [] }), fatal };
}
/** Lints bytes that came from `filePath` (or standard input). */
export function lintBytes(linter, bytes, filePath, opts = {}) {
    const parsed = parseInputBytes(bytes, filePath, opts.input);
    if (!parsed.ok)
        return fatalResult(filePath, parsed.error.message, parsed.error.line, parsed.error.column);
    const result = linter.lintDocument(parsed.doc, filePath);
    result.notices = [...parsed.notices, ...result.notices.filter((n) => !parsed.notices.includes(n))];
    result.encoding = parsed.encoding;
    return result;
}
/** Reads and lints one file. Never throws for a bad file: the result carries `fatal`. */
export function lintFile(linter, absPath, opts = {}) {
    const shown = displayPath(absPath, opts.cwd);
    let bytes;
    try {
        bytes = readFileSync(absPath);
    }
    catch (e) {
        const err = e;
        const why = err.code === 'EACCES' ? 'permission denied' : err.code === 'EISDIR' ? 'is a directory' : err.code === 'ENOENT' ? 'no such file' : err.message;
        return fatalResult(shown, `cannot read file: ${why}; skipped`);
    }
    return lintBytes(linter, bytes, shown, opts);
}
/** Lints files in order, calling `onResult` as each one is done (results are not accumulated). */
export function lintFilesSync(linter, absPaths, opts, onResult) {
    absPaths.forEach((p, i) => onResult(lintFile(linter, p, opts), i));
}
