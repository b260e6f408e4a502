import type { FileResult } from '../types.js';
import { type CliIO } from './main.js';
/** A report entry that is not what `talklint -f json` writes. */
export declare class ReportError extends Error {
}
/** One entry of a `-f json` report back as a FileResult. */
export declare function fileResultFromJson(entry: unknown, where: string): FileResult;
/** Reads JSON reports and merges them: path order, each file once (the first report's; see mergeOrder). */
export declare function mergeReports(reports: ReadonlyArray<{
    name: string;
    text: string;
}>): {
    results: FileResult[];
    duplicates: string[];
};
/** `talklint merge …`: returns the exit code. */
export declare function runMerge(argv: readonly string[], io: CliIO): Promise<number>;
