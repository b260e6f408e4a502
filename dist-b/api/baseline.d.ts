import type { FileResult } from '../types.js';
export declare const BASELINE_VERSION = 1;
export interface BaselineEntry {
    ruleId: string;
    /** Relative to the baseline file's folder, `/`-separated (may start with `../`). */
    file: string;
    /** The finding's fingerprint (sha256 hex). */
    hash: string;
    count: number;
}
export interface Baseline {
    version: typeof BASELINE_VERSION;
    entries: BaselineEntry[];
}
export type BaselineLoadResult = {
    ok: true;
    baseline: Baseline;
} | {
    ok: false;
    message: string;
};
/** The key a file has in a baseline stored in `baseDir`; `filePath` is as in FileResult (relative to `cwd`, or absolute). */
export declare function baselineFileKey(filePath: string, cwd: string, baseDir: string): string;
/**
 * A baseline of `results`' findings (files that could not be read have none). Every diagnostic
 * must carry a fingerprint (LinterOptions.fingerprints). `keep`: entries of an older baseline to
 * carry over (the CLI keeps those of files this run did not lint).
 */
export declare function createBaseline(results: ReadonlyArray<Pick<FileResult, 'filePath' | 'diagnostics'>>, cwd: string, baseDir: string, keep?: readonly BaselineEntry[]): Baseline;
export declare function serializeBaseline(b: Baseline): string;
/** Parses and validates a baseline file's text; errors name the file and the place. */
export declare function parseBaseline(text: string, file: string): BaselineLoadResult;
/** Reads a baseline file (`path` absolute or relative to `cwd`). */
export declare function loadBaseline(path: string, cwd: string, shown?: string): BaselineLoadResult;
/**
 * Compares results with a baseline, file by file. `apply` hides the recorded findings of a result
 * (multiset: each entry hides up to `count` findings of its rule and hash), records what was hidden
 * and which entries no longer occur (`FileResult.baseline`), adds a notice for those, and recounts.
 */
export declare class BaselineComparison {
    /** The folder of the baseline file: entry paths are relative to it. */
    private readonly baseDir;
    /** The folder FileResult paths are relative to. */
    private readonly cwd;
    private readonly byFile;
    private hiddenTotal;
    private goneTotal;
    constructor(baseline: Baseline, 
    /** The folder of the baseline file: entry paths are relative to it. */
    baseDir: string, 
    /** The folder FileResult paths are relative to. */
    cwd: string);
    /** Findings hidden so far, and recorded findings found gone so far (sum of counts). */
    get totals(): {
        hidden: number;
        gone: number;
    };
    apply(r: FileResult): FileResult;
}
/** The folder a baseline file's entry paths are relative to. */
export declare function baselineDir(path: string, cwd: string): string;
/**
 * Entries of an older baseline to keep when writing a new one: those of files this run did not
 * lint (`lintedAbsPaths`: absolute paths of the files linted) that still exist, so writing from a partial run loses nothing.
 */
export declare function carriedOver(old: Baseline, lintedAbsPaths: ReadonlySet<string>, baseDir: string): BaselineEntry[];
