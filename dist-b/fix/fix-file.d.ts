import type { Linter } from '../engine/linter.js';
import { type InputOptions } from '../input/load.js';
import type { FileResult } from '../types.js';
import { type FixFilter, type FixTextResult } from './apply.js';
/** Input formats whose text is the agent's script and may be edited. */
export declare const FIXABLE_FORMATS: readonly string[];
export interface FixFileOptions {
    /** The path shown in results and diffs (relative to cwd). */
    displayPath: string;
    input?: InputOptions;
    filter?: FixFilter;
    /** Compute the fixes and a unified diff, write nothing (`--fix-dry-run`). */
    dryRun?: boolean;
}
export type FixFileOutcome = 
/** Nothing to fix (no fixable problems, or all filtered out). */
{
    status: 'unchanged';
    result: FileResult;
    fix?: FixTextResult;
}
/** Fixed: written (or, with dryRun, only diffed). `result` holds the remaining problems. */
 | {
    status: 'fixed';
    result: FileResult;
    fix: FixTextResult;
    diff: string;
    written: boolean;
    bytes: Uint8Array;
}
/** Not a file --fix may change (a transcript, an encoding that cannot be written back). */
 | {
    status: 'refused';
    reason: string;
}
/** Reading or writing failed; the original file is untouched. */
 | {
    status: 'failed';
    reason: string;
};
/** True when a lint result has a fixable problem the filter lets through. */
export declare function hasFixes(result: FileResult, filter?: FixFilter, ruleType?: (id: string) => string | undefined): boolean;
/** A rule id → its type, from a linter's definitions. */
export declare function ruleTypes(linter: Linter): (id: string) => string | undefined;
/** Why --fix leaves a document alone, or null when it may fix it. */
export declare function refusal(kind: string | undefined, format: string | undefined): string | null;
interface Codec {
    encode(text: string): Uint8Array;
    /** Why the text cannot be written back, or null. */
    check(text: string): string | null;
}
/** How to write a text back in the encoding the file was read in; a string when that cannot be done safely. */
export declare function codecFor(bytes: Uint8Array, encoding: string | undefined, source: string): Codec | string;
/**
 * Fixes the bytes of one file (or of standard input) without writing anything: decode, refuse or
 * fix, re-encode. `initial` is the file's lint result from this run, if the caller has it (used
 * only to skip files with nothing to fix without decoding them again).
 */
export declare function fixBytes(bytes: Uint8Array, linter: Linter, opts: FixFileOptions, initial?: FileResult): FixFileOutcome;
/** Fixes one file on disk (see fixBytes), writing it atomically unless `dryRun`. */
export declare function fixFile(absPath: string, linter: Linter, opts: FixFileOptions, initial?: FileResult): FixFileOutcome;
/** Notes about a fix that did not go all the way: rules undoing each other, the pass limit. */
export declare function fixNotes(fix: FixTextResult): string[];
/** "2 problems fixed (ru/formal-address ×1, ru/no-slang ×1)". */
export declare function describeFix(fix: FixTextResult, dryRun: boolean): string;
export {};
