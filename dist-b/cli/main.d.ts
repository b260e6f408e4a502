import { Command } from 'commander';
import { fatalResult } from '../api/lint-files.js';
import { type FileResult } from '../types.js';
export interface CliIO {
    cwd: string;
    env: Record<string, string | undefined>;
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    /** Whether stdout is a terminal (for colours). */
    isTTY: boolean;
    readStdin: () => Promise<Uint8Array>;
}
export declare function processIO(): CliIO;
/** A user's mistake on the command line: printed without a stack trace, exit 2. */
export declare class UsageError extends Error {
}
export declare function buildProgram(): Command;
export declare function useColor(opts: {
    color?: boolean;
}, io: CliIO, toFile: boolean): boolean;
/** Runs the CLI; returns the exit code. */
export declare function run(argv: readonly string[], io?: CliIO): Promise<number>;
/** Files above which a formatter that must prepare (see Formatter.prepare) streams its report. */
export declare const STREAM_PREPARED_ABOVE = 200;
/**
 * Characters of the report buffered before a write, at most (see ReportSink.write). A piece of
 * 32 Ki UTF-16 units is a 64 KB string and at most 96 KB of UTF-8: both stay in the memory V8
 * and malloc reuse. At 64 Ki (a 128 KB string, up to 192 KB of bytes) every write took fresh
 * pages — a large-object string for the joined text, an mmap for its bytes — and on the
 * benchmark's VM first touching pages is dear: encoding the JSON report of the bench corpus
 * (47 MB) for standard output took ~590 ms of the main thread, against ~170 ms now (CPU profiles
 * of `--jobs 1 -f json` runs; the same bytes written).
 */
export declare const SINK_FLUSH_CHARS: number;
/**
 * Where the report goes: standard output or --output-file (its folder created, the file
 * truncated when the report starts), in pieces of SINK_FLUSH_CHARS characters. A write that
 * fails is reported once, and the run ends with exit code 2.
 */
export declare class ReportSink {
    private readonly io;
    private readonly path;
    /** What stderr messages start with (`talklint`, `talklint merge`). */
    private readonly who;
    private buf;
    private opened;
    private failed;
    constructor(io: CliIO, path: string | null, 
    /** What stderr messages start with (`talklint`, `talklint merge`). */
    who?: string);
    /** Starts the report (creates/truncates the output file); false when it cannot be written. */
    open(): boolean;
    /**
     * Buffers a part of the report, written in pieces of at most SINK_FLUSH_CHARS characters (and
     * a part longer than that alone): each file's part is then garbage within a few files. (A 1 Mi
     * buffer kept ~300 files' parts alive across V8's young-generation collections, which copied
     * and then promoted them: the main thread spent 12 % of a --jobs 2 run over the bench corpus
     * collecting garbage, against 5 % with 64 Ki; the run took ~4 % less wall time with --jobs 2
     * and ~7 % less with --jobs 1, peak RSS 178 MB instead of 210 MB with --jobs 1.)
     */
    write(text: string): void;
    /** Writes what is left; false when some part of the report could not be written. */
    close(): boolean;
    private flush;
    private fail;
}
/** How many calls of the results scored below `min` (calls without a score do not count). */
export declare function callsBelow(results: readonly FileResult[], min: number): number;
export declare function exitCode(results: readonly FileResult[], maxWarnings: number | undefined): number;
export { fatalResult };
export { setModuleImporter } from '../module-import.js';
