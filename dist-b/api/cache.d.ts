import type { Linter } from '../engine/linter.js';
import type { InputOptions } from '../input/load.js';
import type { FileResult } from '../types.js';
import { type RunFilesOptions } from './run-files.js';
export declare const DEFAULT_CACHE_LOCATION = ".talklintcache";
export declare function sha256(data: Uint8Array | string): string;
/** The effective-configuration part of a cache key, for one linter and the run's input options. */
export declare function configKey(linter: Linter, input: InputOptions): string;
export declare class LintCache {
    readonly path: string;
    private entries;
    /** Content hashes computed in this run by lookup(), reused by store(). */
    private readonly hashes;
    private dirty;
    private readonly dir;
    private constructor();
    /** Files are keyed by their path relative to the cache file, so a cache restored on another machine (CI) still matches. */
    private key;
    /**
     * Opens (or starts) the cache at `location` (a file; an existing folder, or a path ending in
     * "/", means `.talklintcache` inside it); `notice` says why an existing file was ignored.
     */
    static open(location: string): {
        cache: LintCache;
        notice?: string;
    };
    /** The stored result for a file, when its content and configuration are unchanged; null otherwise. */
    lookup(absPath: string, config: string, cwd?: string): FileResult | null;
    /** Records a file's fresh result (not a fatal one: a file that could not be read is retried next time). */
    store(absPath: string, config: string, result: FileResult, content?: Uint8Array): void;
    /** Writes the cache (atomically), dropping entries of files that no longer exist. Returns an error message or null. */
    save(): string | null;
}
/**
 * runFiles with a cache: files whose stored result is still valid are not linted; the others are
 * linted (by runFiles, workers and all) and stored. `onResult` is called in file order.
 */
export declare function runFilesCached(files: readonly string[], opts: RunFilesOptions, cache: LintCache, onResult: (r: FileResult, index: number) => void): Promise<{
    hits: number;
}>;
