export interface LocatedError {
    file: string;
    /** 1-based; 0 when the error concerns the file as a whole. */
    line: number;
    column: number;
    message: string;
    /** The offending line(s) with a caret, ready to print. */
    frame?: string;
}
export declare function codeFrame(text: string, line: number, column: number, context?: number): string;
export declare function formatLocatedError(e: LocatedError): string;
/** Thrown inside the library for a user's mistake with a location; caught at the API boundary. */
export declare class LocatedErrors extends Error {
    readonly errors: LocatedError[];
    constructor(errors: LocatedError[]);
}
