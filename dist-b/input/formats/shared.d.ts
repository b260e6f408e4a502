/** Helpers the JSON formats share. */
import type { JsonDoc, JsonPath } from '../json-scan.js';
import { isObject } from '../probe.js';
import type { SourceMap } from '../source-map.js';
export { isObject };
/** A number, or a number written as a string ("4.87", as AWS Transcribe does). */
export declare function num(v: unknown): number | undefined;
export declare function str(v: unknown): string | undefined;
export declare function arr(v: unknown): unknown[] | undefined;
/**
 * Where a JSON string's text stands: the offset of its first character when it stands verbatim
 * (no escapes), else null; the anchor is the string's opening quote (so a diagnostic without an
 * exact position still lands on the line with the words), or the record's start.
 */
export declare function textAt(doc: JsonDoc, textPath: JsonPath, recordPath: JsonPath): {
    sourceOffset: number | null;
    anchorOffset: number;
    sourceMap?: SourceMap;
};
