/** The error a format raises for a file it cannot read, with the place where known. */
import { LineIndex } from '../text/positions.js';
/** A transcript that could not be read; `line`/`column` are 1-based where known. */
export class TranscriptError extends Error {
    reason;
    line;
    column;
    constructor(
    /** What is wrong, without the location (reporters print `file:line:column` themselves). */
    reason, line, column) {
        super(line !== undefined ? `${line}:${column ?? 1}: ${reason}` : reason);
        this.reason = reason;
        this.line = line;
        this.column = column;
        this.name = 'TranscriptError';
    }
    /** An error at a 0-based offset of `source`. */
    static at(source, offset, reason) {
        const index = typeof source === 'string' ? new LineIndex(source) : source;
        const { line, column } = index.locate(Math.max(0, Math.min(offset, index.text.length)));
        return new TranscriptError(reason, line, column);
    }
}
