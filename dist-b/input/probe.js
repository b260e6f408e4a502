/** What detection looks at, computed once per file and shared by every format's `detect`. */
import { LineIndex } from '../text/positions.js';
import { JsonDoc } from './json-scan.js';
export class ContentProbe {
    text;
    jsonResult;
    jsonDoc;
    lineIndex;
    constructor(text) {
        this.text = text;
    }
    get lines() {
        return (this.lineIndex ??= new LineIndex(this.text));
    }
    /** The parsed JSON value of the whole text, or undefined when it is not JSON. */
    json() {
        if (this.jsonResult === undefined) {
            const first = firstNonSpace(this.text);
            if (first !== '{' && first !== '[')
                this.jsonResult = { ok: false };
            // "[00:12] Оператор: …", a timestamped transcript: an array whose first element would be a
            // number followed by something else than a comma or the end. JSON.parse would say so too,
            // building an error over the whole text for it (~5–10 µs a file; a fifth of the bench corpus).
            else if (first === '[' && NUMBER_THEN_JUNK.test(this.text))
                this.jsonResult = { ok: false };
            else {
                try {
                    this.jsonResult = { ok: true, value: JSON.parse(this.text) };
                }
                catch {
                    this.jsonResult = { ok: false };
                }
            }
        }
        return this.jsonResult.ok ? this.jsonResult.value : undefined;
    }
    /** The text as JSON with positions; throws a located TranscriptError when it is not JSON. */
    jsonWithPositions() {
        if (this.jsonDoc === undefined) {
            this.json();
            const known = this.jsonResult?.ok ? { value: this.jsonResult.value } : undefined;
            this.jsonDoc = JsonDoc.parse(this.text, () => this.lines, 0, known);
        }
        return this.jsonDoc;
    }
    /** The first non-empty line, trimmed. */
    firstLine() {
        const m = /^[ \t]*(\S[^\r\n]*)/m.exec(this.text);
        return m ? m[1].trim() : '';
    }
}
export function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** The first character of `text` that is not white space (as `\s` has it), or undefined. */
function firstNonSpace(text) {
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        // ASCII: \s is tab, line feed, vertical tab, form feed, carriage return and space.
        if (c < 0x80) {
            if (c !== 0x20 && (c < 0x09 || c > 0x0d))
                return text[i];
        }
        else if (!WHITE.test(text[i]))
            return text[i];
    }
    return undefined;
}
const WHITE = /^\s$/;
/** Text that cannot be JSON: `[`, then a number (as far as number characters go), then neither white space, `,` nor `]`. */
const NUMBER_THEN_JUNK = /^\s*\[\s*-?\d[\d.eE+-]*\s*[^\s,\]\d.eE+-]/;
