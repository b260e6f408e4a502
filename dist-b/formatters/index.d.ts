/**
 * Output formats. A formatter turns the results of a run into text; the CLI writes it to stdout
 * or --output-file. A new format is one file in this folder plus one line in FORMATTERS.
 */
import type { RuleDef } from '../packs/definition.js';
import type { FileResult } from '../types.js';
export interface FormatterContext {
    /** The working directory that file paths are relative to. */
    cwd: string;
    /** Whether to colour the output (stylish): NO_COLOR / FORCE_COLOR / a TTY, decided by the CLI. */
    color: boolean;
    /** Metadata of every loaded rule, by id (for SARIF rule descriptions, docs links…). */
    rules: ReadonlyMap<string, RuleDef>;
    /** talklint's version. */
    version: string;
}
export interface Formatter {
    name: string;
    description: string;
    /**
     * Whether the formatter shows source lines (code frames). When false the CLI drops each file's
     * source as soon as it is linted; when true it keeps only the lines diagnostics point at
     * (FileResult.sourceLines), so memory stays flat over thousands of files.
     */
    usesSourceLines?: boolean;
    /**
     * Whether the report shows findings' fingerprints (`Diagnostic.fingerprint`: json, sarif). The
     * command line hashes every finding only for a formatter that says so — or does not say, as a
     * formatter module may read them — and for --baseline, --baseline-write and --cache.
     */
    usesFingerprints?: boolean;
    format(results: readonly FileResult[], ctx: FormatterContext): string;
    /**
     * Optional: what must be done before `format` / `formatChunks` / `stream` and may take a while
     * (loading a module the results turn out to need). The command line awaits it with all the
     * results before `format`, and without results (everything a report may need) before a stream.
     */
    prepare?(results?: readonly FileResult[]): Promise<void>;
    /**
     * Optional: the text of `format`, in pieces, so a report over thousands of files is never one
     * string in memory (the CLI writes the pieces as they come).
     */
    formatChunks?(results: readonly FileResult[], ctx: FormatterContext): Iterable<string>;
    /**
     * Optional: the report written file by file, as the results arrive: the same text as `format`
     * gives for the same results, in pieces. The CLI then keeps no result once it is formatted, so
     * a run over any number of files reports in flat memory.
     */
    stream?(ctx: FormatterContext): FormatterStream;
}
/** A report being written: the text for each result in turn, then the closing text. */
export interface FormatterStream {
    file(result: FileResult): string;
    end(): string;
}
export declare const FORMATTERS: Map<string, Formatter>;
export type ResolvedFormatter = {
    ok: true;
    formatter: Formatter;
} | {
    ok: false;
    message: string;
};
/**
 * A format by name, or a formatter module by path (`./my-formatter.js`, relative to `cwd`, or
 * absolute): its default export is a Formatter object or a function `(results, ctx) => string`.
 * Returns a message (for a usage error) when the name is unknown or the module is missing/invalid.
 */
export declare function resolveFormatter(name: string, cwd: string): Promise<ResolvedFormatter>;
export declare function registerFormatter(f: Formatter): void;
/** Keeps only the source lines that diagnostics point at (for code frames) and drops the source. */
export declare function keepFrameLines(result: FileResult): void;
