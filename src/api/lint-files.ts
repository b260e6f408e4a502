/**
 * Linting files from disk: read the bytes, decode and parse them (any input format), lint every
 * call. A file that cannot be read, decoded or parsed becomes a FileResult with `fatal` set; the
 * run goes on. Results come back in the order of the file list.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync, type Stats } from 'node:fs';
import { relative } from 'node:path';
import type { Linter } from '../engine/linter.js';
import { summarize } from '../engine/linter.js';
import { parseInputBytes, type InputOptions } from '../input/load.js';
import type { FileResult } from '../types.js';

export interface LintFileOptions {
  /** Paths in results are relative to this directory (when the file is inside it). */
  cwd?: string;
  input?: InputOptions;
}

/** The path shown for a file: relative to cwd when inside it, else as given. */
export function displayPath(absPath: string, cwd: string | undefined): string {
  if (cwd === undefined) return absPath;
  const rel = relative(cwd, absPath);
  return rel === '' || rel.startsWith('..') ? absPath : rel;
}

export function fatalResult(filePath: string, message: string, line?: number, column?: number): FileResult {
  const fatal: FileResult['fatal'] = { message };
  if (line !== undefined) fatal.line = line;
  if (column !== undefined) fatal.column = column;
  return { ...summarize({ filePath, diagnostics: [], notices: [], languages: [] }), fatal };
}

/** Lints bytes that came from `filePath` (or standard input). */
export function lintBytes(linter: Linter, bytes: Uint8Array, filePath: string, opts: LintFileOptions = {}): FileResult {
  const parsed = parseInputBytes(bytes, filePath, opts.input);
  if (!parsed.ok) return fatalResult(filePath, parsed.error.message, parsed.error.line, parsed.error.column);
  const result = linter.lintDocument(parsed.doc, filePath);
  result.notices = [...parsed.notices, ...result.notices.filter((n) => !parsed.notices.includes(n))];
  result.encoding = parsed.encoding;
  return result;
}

/** A file's bytes, or (a string) the message of a fatal result saying why it cannot be read. */
export function readFileBytes(absPath: string): Uint8Array | string {
  try {
    return readFileSync(absPath);
  } catch (e) {
    return cannotRead(e);
  }
}

/** Why a file cannot be read, as a fatal result says it. */
function cannotRead(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const why = err.code === 'EACCES' ? 'permission denied' : err.code === 'EISDIR' ? 'is a directory' : err.code === 'ENOENT' ? 'no such file' : err.message;
  return `cannot read file: ${why}; skipped`;
}

/** Bytes read at a time from a file that states no size. */
const MORE_BYTES = 64 * 1024;

/**
 * readFileBytes, and the file's stat taken once it was opened, before its bytes were read (and
 * when): the same system calls as readFileSync, whose own stat is not given out. `--cache`
 * records the stat with the hash of these bytes.
 */
export function readFileStamped(absPath: string): { bytes: Uint8Array; st: Stats; statAt: number } | string {
  let fd: number;
  try {
    fd = openSync(absPath, 'r');
  } catch (e) {
    return cannotRead(e);
  }
  try {
    const st = fstatSync(fd);
    const statAt = Date.now();
    if (st.isDirectory()) return cannotRead(Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
    // The stated size, as readFileSync reads a regular file; a file that states none (0: procfs
    // and the like) until its end.
    let bytes = Buffer.allocUnsafe(st.size);
    let filled = 0;
    for (;;) {
      if (filled === bytes.length) {
        if (st.size > 0) break;
        const more = Buffer.allocUnsafe(filled + MORE_BYTES);
        bytes.copy(more, 0, 0, filled);
        bytes = more;
      }
      const n = readSync(fd, bytes, filled, bytes.length - filled, null);
      if (n === 0) break;
      filled += n;
    }
    return { bytes: filled === bytes.length ? bytes : bytes.subarray(0, filled), st, statAt };
  } catch (e) {
    return cannotRead(e);
  } finally {
    closeSync(fd);
  }
}

/** Reads and lints one file. Never throws for a bad file: the result carries `fatal`. */
export function lintFile(linter: Linter, absPath: string, opts: LintFileOptions = {}): FileResult {
  const shown = displayPath(absPath, opts.cwd);
  const bytes = readFileBytes(absPath);
  return typeof bytes === 'string' ? fatalResult(shown, bytes) : lintBytes(linter, bytes, shown, opts);
}

/** Lints files in order, calling `onResult` as each one is done (results are not accumulated). */
export function lintFilesSync(linter: Linter, absPaths: readonly string[], opts: LintFileOptions, onResult: (r: FileResult, index: number) => void): void {
  absPaths.forEach((p, i) => onResult(lintFile(linter, p, opts), i));
}
