import { isObject } from '../probe.js';
export { isObject };
/** A number, or a number written as a string ("4.87", as AWS Transcribe does). */
export function num(v) {
    if (typeof v === 'number' && Number.isFinite(v))
        return v;
    if (typeof v === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(v))
        return Number(v);
    return undefined;
}
export function str(v) {
    return typeof v === 'string' ? v : undefined;
}
export function arr(v) {
    return Array.isArray(v) ? v : undefined;
}
/**
 * Where a JSON string's text stands: the offset of its first character when it stands verbatim
 * (no escapes), else null; the anchor is the string's opening quote (so a diagnostic without an
 * exact position still lands on the line with the words), or the record's start.
 */
export function textAt(doc, textPath, recordPath) {
    const at = { sourceOffset: doc.stringOffset(textPath), anchorOffset: doc.offsetOf(textPath) ?? doc.offsetOf(recordPath) ?? 0 };
    const map = at.sourceOffset === null ? doc.stringMap(textPath) : undefined;
    return map ? { ...at, sourceMap: map } : at;
}
