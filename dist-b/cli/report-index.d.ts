import type { FileResult } from '../types.js';
/**
 * The byte ranges of the elements of a JSON array (`bytes` is the whole text), or null when the
 * text is not an array the scan can split (JSON.parse then words the error). UTF-8 bytes of
 * non-ASCII characters are all ≥ 0x80, so no byte of one is taken for a quote or a bracket. The
 * elements themselves are checked by JSON.parse when they are read.
 */
export declare function arrayElements(bytes: Uint8Array): Array<[number, number]> | null;
export declare class ReportIndex {
    private readonly reports;
    private readonly paths;
    /** Per entry: report number, entry number in it, start and end byte. */
    private readonly places;
    /** Files found in more than one report (each time after the first), in the order found. */
    readonly duplicates: string[];
    private order;
    /** How many files the merged report has. */
    get size(): number;
    /** Reads and checks one report (`name` as the user wrote it, `path` resolved). Throws ReportError. */
    add(name: string, path: string): void;
    /** Entry numbers in path order, each path once (the first report's); fills `duplicates`. */
    private sorted;
    /** The merged results, one at a time, read again from the reports. Throws ReportError. */
    results(): Generator<FileResult>;
}
/**
 * The merge of reports: the indexes of `paths` (every report's entries, in the order read) in
 * path order, each path once — its first entry — and the paths met again (each time after the
 * first, in the order read). Shared by ReportIndex (reports on disk) and mergeReports (in memory).
 */
export declare function mergeOrder(paths: readonly string[]): {
    order: number[];
    duplicates: string[];
};
