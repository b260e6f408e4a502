/**
 * Strings kept for a whole run must not be views of a file's text. In V8 a slice of
 * SLICE_MIN_LENGTH code units or more is a view of the string it was cut from (shorter slices
 * are copies), so a memo key or a table word cut from a line would keep the whole file alive.
 */
export const SLICE_MIN_LENGTH = 13;
/** `s` as a string of its own (itself when it is too short to be a view). */
export function ownCopy(s) {
    return s.length < SLICE_MIN_LENGTH ? s : Array.from(s).join('');
}
