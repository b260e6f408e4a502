/**
 * True when the text has a Han character whose Simplified form differs (written in Traditional):
 * one of the conversion table's characters, looked up per code unit (astral ones per pair).
 */
export declare function hasTraditional(text: string): boolean;
/** The regex form of `hasTraditional` (the reference the table lookup is tested against). */
export declare function hasTraditionalWithRegex(text: string): boolean;
/** Simplified → Traditional (Taiwan standard) text. */
export declare function toTraditional(text: string): string;
/**
 * The suggestion in the script of the matched words: in Traditional characters when it has Han
 * characters and the first of `texts` that is written in Traditional exists (the matched words,
 * else the turn around them). The suggestion is tested first: it is short, a turn is not.
 */
export declare function inScriptOf(suggestion: string, ...texts: string[]): string;
