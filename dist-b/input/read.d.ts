export type DecodeResult = {
    ok: true;
    text: string;
    encoding: string;
    notices: string[];
} | {
    ok: false;
    reason: string;
};
export interface DecodeOptions {
    /** Force an encoding (iconv-lite name). */
    encoding?: string | undefined;
}
/** Below this confidence (percent), a guessed encoding is reported as a notice. */
export declare const CONFIDENT = 80;
/** implausibility by the regular expressions themselves: the reference the table is tested against. */
export declare function implausibilityWithRegex(text: string): number;
/**
 * Share of characters that cannot be in real text (0 = plausible). With `limit`, counting stops
 * once the share reaches it (the share only grows as the text goes on): the answer is then some
 * share ≥ limit, enough for a caller that only asks whether it is.
 */
export declare function implausibility(text: string, limit?: number): number;
export declare function decodeBytes(bytes: Uint8Array, opts?: DecodeOptions): DecodeResult;
/** languageScore by regular expressions, word by word: the reference the code-unit scan is tested against. */
export declare function languageScoreWithRegex(text: string): number;
/**
 * How much a decoding reads like ru/zh/en text, 0–1: the share of letters that are ASCII, Russian
 * words of a normal shape (lower case, Capitalised; ALL CAPS counts half — a KOI8-R/windows-1251
 * mix-up swaps case), frequent Han characters (rare ones count 0.2), accented Latin (0.5).
 * Words are runs of letters (`\p{L}+`), read from a table of code units; the sums are made in
 * the reference's order (languageScoreWithRegex), so the score is the same number.
 */
export declare function languageScore(text: string): number;
/**
 * The encoding of text that is not UTF-8 (see the module comment). Exported for the tests, which
 * compare it with `askChardet: true` (chardet asked whatever the scores: the reference).
 */
export declare function guessEncoding(bytes: Uint8Array, askChardet?: boolean): DecodeResult;
