import { type ResourceLimits } from 'node:worker_threads';
import type { InputOptions } from '../input/load.js';
import type { FileResult } from '../types.js';
import type { Setup, SetupOptions } from './setup.js';
/** What happens to `FileResult.source` before a result is handed over. */
export type SourceTextMode = 'keep' | 'frame-lines' | 'drop';
export interface RunFilesOptions {
    /** Everything needed to rebuild the setup (in a worker thread): plain data only. */
    setupOptions: SetupOptions;
    /** The setup already built in this thread. */
    setup: Setup;
    input: InputOptions;
    cwd: string;
    /** Worker threads to use; 1 (the default) = this thread only. */
    jobs?: number;
    /**
     * `keep` (default): results carry the decoded source; `frame-lines`: only the lines
     * diagnostics point at (FileResult.sourceLines, see keepFrameLines); `drop`: no source. Decided
     * where the file is linted, so a worker does not copy whole transcripts back to this thread.
     */
    sourceText?: SourceTextMode;
    /** Memory limits of each worker thread (a worker over them ends; its file gets a fatal result). */
    workerResourceLimits?: ResourceLimits;
    /**
     * Whether this thread lints its share too (default true: `jobs` threads = this one and
     * `jobs - 1` workers). False: `jobs` workers and this thread only coordinates, so every file is
     * linted in a worker, where a crash cannot take the run down (at the cost of one more thread's
     * memory and start-up).
     */
    mainThreadLints?: boolean;
    /**
     * Whether a run of many files may tune V8 for the process (default true): its heap growing
     * factor (HEAP_GROWING_PERCENT: peak memory near 1.5× the live heap instead of up to four
     * times) and its inlining budget (INLINING_BUDGET: a third of the optimising compiler's work,
     * which a second lint thread has to share its core with). False leaves V8's flags alone.
     */
    tuneEngine?: boolean;
    /**
     * Input bytes per thread below which fewer threads are used (default MIN_BYTES_PER_THREAD;
     * 0: by file count only). The CLI takes it from TALKLINT_WORKER_MIN_BYTES.
     */
    minBytesPerThread?: number;
    /** Filled in as the run goes: how many worker threads became ready (0: all in this thread). */
    stats?: RunStats;
}
export interface RunStats {
    workersStarted: number;
}
/** A thread is used per this many files (at most `jobs`); fewer than two threads = no workers. */
export declare const MIN_FILES_PER_THREAD = 50;
/**
 * …and per this much input. A worker costs ~0.3 s to start and runs cold (unoptimised code) for
 * a while after: on the bench corpus two threads were slower than one up to ~1,000 files
 * (8.8 MB: 0.8×) and faster from ~2,000 (17.7 MB: 1.1–1.3×), so two threads need 16 MB.
 */
export declare const MIN_BYTES_PER_THREAD: number;
/** Files per batch sent to a worker (at most). */
export declare const MAX_BATCH = 32;
/** What a worker needs besides the files: plain data only. */
export interface WorkerInit {
    setupOptions: SetupOptions;
    input: InputOptions;
    cwd: string;
    sourceText: SourceTextMode;
}
/**
 * Lints one file as a run does (in this thread or a worker): never throws.
 *
 * `detach`: when the source text is not kept, every string of the result is made its own copy
 * (detachStrings) so that none is a slice of the source. V8 keeps a whole file's text alive for
 * any substring of it longer than a few characters (a matched phrase, a message built around
 * one, a code-frame line), so 20,000 kept results would otherwise keep ~20,000 transcripts in
 * memory. A worker passes false: posting the result to the main thread copies it anyway.
 */
export declare function lintOne(s: Setup, absPath: string, init: Omit<WorkerInit, 'setupOptions'>, detach?: boolean): FileResult;
/**
 * `value` with every string in it (in plain objects and arrays, walked in place) replaced by a
 * copy of its own: a string that is a slice of a file's text keeps the whole text alive. Cheaper
 * than structuredClone of the whole result, which did this before (the copy is made through a
 * Buffer: a new string, whatever the engine's optimising compiler does with string operations).
 * Class instances (none in a FileResult today) are structuredCloned.
 */
export declare function detachStrings<T>(value: T): T;
/** How many worker threads a run of `fileCount` files starts with `jobs` (0 = this thread only). */
export declare function workerCount(fileCount: number, jobs: number, mainThreadLints?: boolean, inputBytes?: number, minBytesPerThread?: number): number;
/** Lints `files` (absolute paths) and calls `onResult(result, index)` in file order. */
export declare function runFiles(files: readonly string[], opts: RunFilesOptions, onResult: (r: FileResult, index: number) => void): Promise<void>;
