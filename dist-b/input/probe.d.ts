/** What detection looks at, computed once per file and shared by every format's `detect`. */
import { LineIndex } from '../text/positions.js';
import { JsonDoc } from './json-scan.js';
export declare class ContentProbe {
    readonly text: string;
    private jsonResult;
    private jsonDoc;
    private lineIndex;
    constructor(text: string);
    get lines(): LineIndex;
    /** The parsed JSON value of the whole text, or undefined when it is not JSON. */
    json(): unknown;
    /** The text as JSON with positions; throws a located TranscriptError when it is not JSON. */
    jsonWithPositions(): JsonDoc;
    /** The first non-empty line, trimmed. */
    firstLine(): string;
}
export declare function isObject(v: unknown): v is Record<string, unknown>;
