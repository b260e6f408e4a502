import type { LineIndex } from '../text/positions.js';
import { type SourceMap } from './source-map.js';
export type JsonPath = readonly (string | number)[];
export declare class JsonDoc {
    readonly value: unknown;
    private readonly root;
    private readonly text;
    private readonly base;
    private constructor();
    /**
     * Parses `text` (which starts at offset `base` of the file, for JSON Lines); throws a
     * TranscriptError located through `lines` (the whole file's LineIndex, made only on error).
     * `parsed` is the value when the caller already has it from JSON.parse (positions are still
     * scanned).
     */
    static parse(text: string, lines: LineIndex | (() => LineIndex), base?: number, parsed?: {
        value: unknown;
    }): JsonDoc;
    private find;
    /** Offset of the string or container at `path` (its first character), if it exists. */
    offsetOf(path: JsonPath): number | undefined;
    /**
     * Where the string at `path` stands: the offset of its first character inside the quotes when
     * the source has no escapes, else null.
     */
    stringOffset(path: JsonPath): number | null;
    /** For a string with escapes: where each of its decoded characters stands; otherwise undefined. */
    stringMap(path: JsonPath): SourceMap | undefined;
    /**
     * The members of the object at `path` as offsetOf / stringOffset / stringMap of `[...path, key]`
     * give them, the path walked once (a record's fields are read this way, a turn at a time).
     */
    membersOf(path: JsonPath): JsonMembers;
    private mapOf;
}
/** See JsonDoc.membersOf. */
export interface JsonMembers {
    /** Offset of the object itself, if it exists. */
    offset: number | undefined;
    member(key: string): {
        offset: number | undefined;
        stringOffset: number | null;
        map: SourceMap | undefined;
    };
}
