/**
 * One run's `--fix` / `--fix-dry-run`: turns each file's lint result into the result after
 * fixing (the remaining problems), with a notice for what was fixed or why a file was left alone,
 * and collects the unified diffs of a dry run. The CLI prints the diffs before the report.
 */
import type { Linter } from '../engine/linter.js';
import type { InputOptions } from '../input/load.js';
import type { FileResult } from '../types.js';
import type { FixFilter } from './apply.js';
export interface FixSessionOptions {
    dryRun: boolean;
    filter: FixFilter;
    input: InputOptions;
}
export declare class FixSession {
    readonly options: FixSessionOptions;
    /** Unified diffs (dry run), in file order. */
    readonly diffs: string[];
    /** Files written. */
    readonly written: string[];
    /** Called after a file was written, with its new bytes and the lint result of its new text (e.g. to update the cache). */
    onWritten: ((absPath: string, bytes: Uint8Array, result: FileResult) => void) | null;
    constructor(options: FixSessionOptions);
    /** The result to report for a file that was linted as `result`. */
    file(result: FileResult, absPath: string, linter: Linter): FileResult;
    /** The same for standard input: never written; a dry run shows the diff. */
    stdin(result: FileResult, bytes: Uint8Array, linter: Linter): FileResult;
    private apply;
}
/** Parses `--fix-type` values ("forbidden,limit", repeatable); throws a message for an unknown type. */
export declare function parseFixTypes(values: readonly string[]): Set<string> | undefined;
/** Parses `--fix-rule` values ("ru/no-slang,ru/formal-address", repeatable) against the known rule ids. */
export declare function parseFixRules(values: readonly string[], known: ReadonlySet<string>): Set<string> | undefined;
