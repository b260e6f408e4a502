/** The error a format raises for a file it cannot read, with the place where known. */
import { LineIndex } from '../text/positions.js';
/** A transcript that could not be read; `line`/`column` are 1-based where known. */
export declare class TranscriptError extends Error {
    /** What is wrong, without the location (reporters print `file:line:column` themselves). */
    readonly reason: string;
    readonly line?: number | undefined;
    readonly column?: number | undefined;
    constructor(
    /** What is wrong, without the location (reporters print `file:line:column` themselves). */
    reason: string, line?: number | undefined, column?: number | undefined);
    /** An error at a 0-based offset of `source`. */
    static at(source: string | LineIndex, offset: number, reason: string): TranscriptError;
}
