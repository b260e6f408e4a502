/**
 * Length-preserving normalisation: `normalize(s).length === s.length`, and character i of the
 * result stands for character i of the input. Every offset found in normalised text is therefore
 * an offset into the original text, with no mapping table.
 *
 * What it does: case folding, ё→е, Traditional→Simplified Chinese (per character, OpenCC's
 * answers), full-width ASCII→half-width, ideographic space→space, typographic apostrophes→'.
 * A conversion that would change the length (rare: `İ`.toLowerCase() is two code units) is
 * skipped for that character.
 */
import { HAN_SIMPLIFIED_PAIRS } from './han-simplified.js';
import { NON_LATIN1 } from './language.js';
// OpenCC's answers for single characters (Taiwan and Hong Kong variants → Mainland Simplified,
// to a fixpoint), generated from opencc-js by scripts/gen-han-table.ts and checked against it by
// test/text/han-table.test.ts; read into a map on the first Han character.
let hanSimplified = null;
function readHanTable() {
    const map = new Map();
    const chars = Array.from(HAN_SIMPLIFIED_PAIRS);
    for (let i = 0; i + 1 < chars.length; i += 2)
        map.set(chars[i], chars[i + 1]);
    return map;
}
/**
 * The characters that have a Simplified form of their own (Traditional ones): BMP code units
 * marked in a table, astral ones in a set; made on first use.
 */
let traditional = null;
export function traditionalChars() {
    if (traditional === null) {
        const bmp = new Uint8Array(0x10000);
        const astral = new Set();
        for (const ch of (hanSimplified ??= readHanTable()).keys()) {
            if (ch.length === 1)
                bmp[ch.charCodeAt(0)] = 1;
            else
                astral.add(ch);
        }
        traditional = { bmp, astral };
    }
    return traditional;
}
/** Simplified form of one Han character (itself when it has none or the length would change). */
export function toSimplifiedChar(ch) {
    return (hanSimplified ??= readHanTable()).get(ch) ?? ch;
}
// One pass over everything that needs a per-character decision after lower-casing.
const SPECIAL_CHARS = 'ё\\uFF01-\\uFF5E\\u3000\\u2018\\u2019\\u02BC\\u2032`\\p{Script=Han}';
const SPECIAL = new RegExp(`[${SPECIAL_CHARS}]`, 'gu');
function mapSpecial(ch) {
    const c = ch.charCodeAt(0);
    if (c === 0x451)
        return 'е';
    if (c >= 0xff01 && c <= 0xff5e)
        return String.fromCharCode(c - 0xfee0);
    if (c === 0x3000)
        return ' ';
    if (c === 0x2018 || c === 0x2019 || c === 0x02bc || c === 0x2032 || c === 0x60)
        return "'";
    return toSimplifiedChar(ch);
}
function lowerPreservingLength(text) {
    const lower = text.toLowerCase();
    if (lower.length === text.length)
        return lower;
    let out = '';
    for (const ch of text) {
        const l = ch.toLowerCase();
        out += l.length === ch.length ? l : ch;
    }
    return out;
}
// The table path: lower-casing and SPECIAL + mapSpecial of each BMP code unit, decided once per
// code unit (-1 = not decided yet). Exactly lower.replace(SPECIAL, mapSpecial) of
// lowerPreservingLength(text): lower-casing is per character except for the final sigma, whose
// lower case depends on its neighbours, so a text with Σ takes the general path, as one with a
// surrogate does (astral characters, rare Han of the extension planes, are decided per pair).
const SPECIAL_ONE = new RegExp(`^[${SPECIAL_CHARS}]$`, 'u');
const bmpMap = new Int32Array(0x10000).fill(-1);
/** bmpMap's answer for a surrogate and for Σ: normalizeGeneral decides the text. */
const GENERAL = -2;
/** The unit `c` stands for in normalised text (GENERAL for a surrogate or Σ), decided once. */
function mapUnit(c) {
    let m = bmpMap[c];
    if (m === -1) {
        if ((c >= 0xd800 && c <= 0xdfff) || c === 0x3a3)
            m = GENERAL;
        else {
            const ch = String.fromCharCode(c);
            const l = ch.toLowerCase();
            const lower = l.length === 1 ? l : ch;
            m = SPECIAL_ONE.test(lower) ? mapSpecial(lower).charCodeAt(0) : lower.charCodeAt(0);
        }
        bmpMap[c] = m;
    }
    return m;
}
const BACKTICK = /`/g;
/** Whether Uint16Array units are stored little-endian here (then they read as UTF-16LE bytes). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/**
 * The string of the first n units of `units` (no surrogates among them): read as UTF-16LE bytes
 * by Buffer, ~2× faster than String.fromCharCode over the units.
 */
function stringOfUnits(units, n) {
    if (!LITTLE_ENDIAN)
        return fromUnits(units, n);
    // One Buffer over the scratch units for every text (a Buffer made per text costs ~7 % more).
    if (scratchBytes === null || scratchBytes.buffer !== units.buffer)
        scratchBytes = Buffer.from(units.buffer, units.byteOffset, units.byteLength);
    return scratchBytes.toString('utf16le', 0, n * 2);
}
let scratchBytes = null;
/** Units per String.fromCharCode call (its arguments go on the stack). */
const CHUNK = 8192;
/** The string of the first n units of `units`, as they are (lone surrogates and a leading U+FEFF kept). */
function fromUnits(units, n) {
    if (n <= CHUNK)
        return String.fromCharCode.apply(null, units.subarray(0, n));
    let out = '';
    for (let i = 0; i < n; i += CHUNK)
        out += String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + CHUNK)));
    return out;
}
// The general path (text with Σ or surrogates) lower-cases natively when it can: a text without
// TABLE_CHARS, a superset of everything SPECIAL maps besides SIMPLE's characters (full-width
// forms, every BMP Han character, surrogates; a plain regex class, which V8 tests at ~2 ns a
// character, where a class with \p{Script=Han} and the u flag costs ~8; test/throughput checks
// the superset against \p{Script=Han} on every BMP code unit), needs its lower case and SIMPLE's
// replacements, exact when the lower-cased text has the same length.
export const TABLE_CHARS = /[\u2E80-\u2FDF\u3005-\u303B\u3400-\u9FFF\uF900-\uFAFF\uFF01-\uFF5E\uD800-\uDFFF]/;
const SIMPLE = /[ё\u3000\u2018\u2019\u02BC\u2032`]/g;
export function normalize(text) {
    // Latin-1 text (English): the engine's toLowerCase of a one-byte string is the fastest way, and
    // the backtick is the one character of SPECIAL in Latin-1 (nothing there lower-cases to two
    // units, nothing is Σ or Han).
    if (!NON_LATIN1.test(text)) {
        const lower = text.toLowerCase();
        return lower.includes('`') ? lower.replace(BACKTICK, "'") : lower;
    }
    // Any other text: every code unit through the table (a Cyrillic toLowerCase costs ~4 ns a
    // character, the table ~2.5), the string made from the units at once. Σ (whose lower case
    // depends on its neighbours) and surrogates (pairs) take the general path.
    const n = text.length;
    if (scratch.length < n)
        scratch = new Uint16Array(Math.max(n, scratch.length * 2));
    const units = scratch;
    let diff = 0;
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        let m = bmpMap[c];
        if (m < 0) {
            m = m === GENERAL ? GENERAL : mapUnit(c);
            if (m === GENERAL)
                return normalizeGeneral(text);
        }
        units[i] = m;
        diff |= m ^ c;
    }
    return diff === 0 ? text : stringOfUnits(units, n);
}
/** Text with Σ or surrogates: the lower case of the whole text, then per-character decisions. */
function normalizeGeneral(text) {
    if (text.includes('\u03a3'))
        return lowerPreservingLength(text).replace(SPECIAL, mapSpecial);
    if (!TABLE_CHARS.test(text)) {
        const lower = text.toLowerCase();
        if (lower.length === text.length)
            return lower.replace(SIMPLE, mapSpecial);
    }
    const n = text.length;
    let units = null;
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
            const d = text.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                const pair = text.slice(i, i + 2);
                const l = pair.toLowerCase();
                const mapped = (l.length === 2 ? l : pair).replace(SPECIAL, mapSpecial);
                if (mapped !== pair) {
                    if (units === null)
                        units = unitsOf(text, i);
                    units[i] = mapped.charCodeAt(0);
                    units[i + 1] = mapped.charCodeAt(1);
                }
                else if (units !== null) {
                    units[i] = c;
                    units[i + 1] = d;
                }
                i++;
                continue;
            }
        }
        // A lone surrogate stays as it is.
        const m = c >= 0xd800 && c <= 0xdfff ? c : mapUnit(c);
        if (units !== null)
            units[i] = m;
        else if (m !== c) {
            units = unitsOf(text, i);
            units[i] = m;
        }
    }
    return units === null ? text : fromUnits(units, n);
}
/** The regex form of `normalize` (the reference the table-driven loop is tested against). */
export function normalizeWithRegex(text) {
    return lowerPreservingLength(text).replace(SPECIAL, mapSpecial);
}
/**
 * The code units of `s` before `end`, in the scratch buffer (room for s.length units): one
 * buffer for every text, not one allocation per turn (a Chinese turn almost always has a unit to
 * change, a full-width comma if nothing else).
 */
function unitsOf(s, end) {
    if (scratch.length < s.length)
        scratch = new Uint16Array(Math.max(s.length, scratch.length * 2));
    const units = scratch;
    for (let k = 0; k < end; k++)
        units[k] = s.charCodeAt(k);
    return units;
}
let scratch = new Uint16Array(1024);
