import type { Formatter } from './index.js';
export declare function loadStringWidth(): Promise<void>;
/**
 * Text each of whose characters is one column wide and a grapheme of its own, as string-width
 * measures them (test/formatters/stylish-width.test.ts compares every code point of the class,
 * and pairs of them, with string-width): printable ASCII and Latin-1 but the soft hyphen and
 * © ® (emoji to string-width), Latin Extended, IPA, spacing modifiers, Greek, Cyrillic but its
 * combining marks, and the ellipsis a clipped frame adds.
 */
export declare const ONE_COLUMN: RegExp;
/** Columns `text` takes in a terminal. */
export declare function columns(text: string): number;
/** "83.4" → "01:23"; hours when needed. */
export declare function clock(seconds: number): string;
export declare function plural(n: number, word: string): string;
export declare const stylish: Formatter;
