import type { Linter } from '../engine/linter.js';
import { type InputOptions } from '../input/load.js';
import type { FileResult } from '../types.js';
export interface LintFileOptions {
    /** Paths in results are relative to this directory (when the file is inside it). */
    cwd?: string;
    input?: InputOptions;
}
/** The path shown for a file: relative to cwd when inside it, else as given. */
export declare function displayPath(absPath: string, cwd: string | undefined): string;
export declare function fatalResult(filePath: string, message: string, line?: number, column?: number): FileResult;
/** Lints bytes that came from `filePath` (or standard input). */
export declare function lintBytes(linter: Linter, bytes: Uint8Array, filePath: string, opts?: LintFileOptions): FileResult;
/** Reads and lints one file. Never throws for a bad file: the result carries `fatal`. */
export declare function lintFile(linter: Linter, absPath: string, opts?: LintFileOptions): FileResult;
/** Lints files in order, calling `onResult` as each one is done (results are not accumulated). */
export declare function lintFilesSync(linter: Linter, absPaths: readonly string[], opts: LintFileOptions, onResult: (r: FileResult, index: number) => void): void;
