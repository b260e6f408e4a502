/** Offset ↔ line/column for one source text. Lines and columns are 1-based, columns in UTF-16 code units. */
export declare class LineIndex {
    readonly text: string;
    private readonly starts;
    constructor(text: string);
    get lineCount(): number;
    /** 1-based line and column of a 0-based offset. */
    locate(offset: number): {
        line: number;
        column: number;
    };
    /** 0-based offset of the start of a 1-based line. */
    lineStart(line: number): number;
    /** The text of a 1-based line, without its line break. */
    lineText(line: number): string;
}
