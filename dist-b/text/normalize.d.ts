export declare function traditionalChars(): {
    bmp: Uint8Array;
    astral: Set<string>;
};
/** Simplified form of one Han character (itself when it has none or the length would change). */
export declare function toSimplifiedChar(ch: string): string;
export declare const TABLE_CHARS: RegExp;
export declare function normalize(text: string): string;
/** The regex form of `normalize` (the reference the table-driven loop is tested against). */
export declare function normalizeWithRegex(text: string): string;
