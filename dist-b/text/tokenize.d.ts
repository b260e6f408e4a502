/**
 * Splits normalised text into word tokens. A Han character is a token of its own (Chinese has no
 * spaces, so matching goes by characters); a run of letters/digits of any other script is one
 * token, with inner apostrophes and hyphens kept (don't, что-то). Word boundaries are therefore
 * real Unicode boundaries, not JavaScript's ASCII-only `\b`.
 */
/** Set on a token when a sentence ends before it (or it starts the turn). */
export declare const SENTENCE_START = 1;
/** Set on a token when any punctuation stands between it and the previous token. */
export declare const AFTER_PUNCT = 2;
/** Set on a Han-character token. */
export declare const HAN = 4;
export interface Tokens {
    /** Token text as matched on: normalised, inner apostrophes removed. */
    text: string[];
    start: number[];
    end: number[];
    flags: number[];
}
export declare const C_SPACE = 1;
export declare const C_HAN = 2;
export declare const C_WORD = 3;
export declare const C_SENTENCE = 4;
export declare const C_OTHER = 5;
/**
 * Class of each BMP code unit once decided (0: not yet, and always for surrogates, which classAt
 * decides in pairs). Exported for the matcher's scanner, which reads it inline.
 */
export declare const bmpClass: Uint8Array<ArrayBuffer>;
/**
 * Class of the code point at i (C_*, in the low 3 bits), plus 8 when it is a surrogate pair (two
 * code units). Shared with the matcher's own scanner (pattern/word-table.ts), which must split
 * text exactly as `tokenize` does.
 */
export declare function classAt(s: string, i: number, n: number): number;
/** Class of a BMP code unit that is not a surrogate (what classAt answers for it). */
export declare function unitClass(c: number): number;
export declare function tokenize(normalised: string): Tokens;
/** The regex form of `tokenize` (the reference the scanner is tested against). */
export declare function tokenizeWithRegex(normalised: string): Tokens;
