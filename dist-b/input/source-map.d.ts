/**
 * Where the characters of a non-verbatim turn stand in the file. A turn whose text is not one
 * contiguous slice of the source (a JSON string with escapes, Amazon Transcribe words joined from
 * many items, a CSV field with doubled quotes) has `sourceOffset: null`; it may still carry a
 * SourceMap so that a diagnostic gets the exact start of its first character and the exact end of
 * its last one. Characters that stand nowhere (the space inserted between two joined words) are -1.
 * Such a range is exact but not a literal slice, so `--fix` never applies suggestions to it.
 */
export interface SourceMap {
    /** Per UTF-16 code unit of the turn text: offset of its first source character, or -1. */
    starts: Int32Array;
    /** Per code unit: offset just after its last source character, or -1. */
    ends: Int32Array;
}
/** Builds a map piece by piece. */
export declare class SourceMapBuilder {
    private starts;
    private ends;
    /** Characters that stand verbatim at `offset`. */
    verbatim(text: string, offset: number): void;
    /** One code unit written in the source as [start, end) (an escape sequence, a doubled quote). */
    unit(start: number, end: number): void;
    /** Characters that stand nowhere in the source. */
    none(count: number): void;
    get length(): number;
    build(): SourceMap;
}
/** The map of text[from, to). */
export declare function sliceMap(map: SourceMap, from: number, to: number): SourceMap;
/**
 * The source range of text[start, end): from the first mapped character's start to the last
 * mapped character's end; undefined when none of them is mapped.
 */
export declare function mapRange(map: SourceMap, start: number, end: number): [number, number] | undefined;
/**
 * The map of a JSON string token whose source (between the quotes) starts at `offset`: every
 * escape sequence (`\"`, `\n`, `\u0417`) maps to its whole span.
 */
export declare function jsonStringMap(raw: string, offset: number): SourceMap;
