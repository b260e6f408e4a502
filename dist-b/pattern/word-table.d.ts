/** The tokens of the text last scanned (valid until the next scan). */
export declare class TokenBuffer {
    count: number;
    ids: Int32Array<ArrayBuffer>;
    start: Int32Array<ArrayBuffer>;
    end: Int32Array<ArrayBuffer>;
    flags: Uint8Array<ArrayBuffer>;
    /** Room for `n` tokens (a text of n code units has at most n tokens). */
    ensure(n: number): void;
}
export declare class WordTable<T> {
    private readonly analyse;
    private readonly maxWords;
    /** Id → word. */
    readonly words: string[];
    /** Id → its analysis (made when a scan first meets the word; undefined before). */
    readonly values: T[];
    private hashes;
    /** Id → number of the last scan that met the word (see `seen`). */
    private stamps;
    /** Number of the current scan (stamps of earlier scans are smaller). */
    private scans;
    /** How many times the table has forgotten words (an id may then stand for another word). */
    generation: number;
    /** Open addressing: id + 1, 0 = empty. Words of one code unit live in `single` instead. */
    private slots;
    private mask;
    /** Code unit → id of the one-unit word (every Han character, я, a, i), or -1. */
    private readonly single;
    private permanent;
    /**
     * Id given to a token of ASCII digits that the table does not hold (-1: none; such tokens are
     * then interned like any word). The matcher sets it when a number it does not hold cannot match
     * any pattern word: such numbers then share one analysis and are never interned.
     */
    numberId: number;
    /**
     * Whether a word the table does not hold shares the number analysis too (numberId; the matcher
     * says which: words with a digit that no pattern can match, such as "ab12345").
     */
    plainMiss: ((s: string, start: number, end: number) => boolean) | null;
    constructor(analyse: (word: string) => T, maxWords: number);
    get size(): number;
    /** The id of `word` (normalised, no apostrophes), interning it when new (analysed when first scanned). */
    intern(word: string): number;
    /** Interns a word with a value of the caller's (not analysed), e.g. the shared number analysis. */
    internWith(word: string, value: T): number;
    /** Words interned so far are kept for good (see the module comment). */
    freeze(): void;
    /**
     * Splits `s` (normalised text) into tokens, as `tokenize` does, into `out`: each token's word id,
     * start and end offsets, and flags (SENTENCE_START, AFTER_PUNCT, HAN).
     */
    scan(s: string, out: TokenBuffer): void;
    /** Whether the text last scanned has a token of word `id`. */
    seen(id: number): boolean;
    private singleId;
    /** The id of the word s[start, end) whose hash is h, interning it when new. */
    private find;
    /** Analyses word `id` (interned but not yet met in a text); returns the id. */
    private analysed;
    private insert;
    private place;
    private rehash;
    /** Forgets every word interned after `freeze`. */
    private trim;
}
