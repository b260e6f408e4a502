export declare function russianKeys(word: string): string[];
export declare function englishKeys(word: string): string[];
/** Words shorter than this are matched exactly unless a pattern asks otherwise. */
export declare const MORPH_MIN_LENGTH = 4;
export type Script = 'cyrillic' | 'latin' | 'han' | 'other';
export declare function scriptOf(word: string): Script;
/** Makes `morphKeys` answer these words from the list (see `known`). */
export declare function rememberMorphKeys(entries: Iterable<readonly [string, readonly string[]]>): void;
/** Morphological keys of a (normalised) word, or an empty list when its script has none. */
export declare function morphKeys(word: string): readonly string[];
