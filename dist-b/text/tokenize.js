/**
 * Splits normalised text into word tokens. A Han character is a token of its own (Chinese has no
 * spaces, so matching goes by characters); a run of letters/digits of any other script is one
 * token, with inner apostrophes and hyphens kept (don't, что-то). Word boundaries are therefore
 * real Unicode boundaries, not JavaScript's ASCII-only `\b`.
 */
/** Set on a token when a sentence ends before it (or it starts the turn). */
export const SENTENCE_START = 1;
/** Set on a token when any punctuation stands between it and the previous token. */
export const AFTER_PUNCT = 2;
/** Set on a Han-character token. */
export const HAN = 4;
// Alternatives, in order: one Han character; a word of other letters/digits (inner ' and - kept);
// sentence-ending punctuation; any other non-space punctuation or symbol.
const TOKEN = /(\p{Script=Han})|([[\p{L}\p{N}\p{M}]--[\p{Script=Han}]]+(?:['\-][[\p{L}\p{N}\p{M}]--[\p{Script=Han}]]+)*)|([.!?。！？…]+)|([^\s[\p{L}\p{N}\p{M}]])/gv;
// The hot path scans code points with a class per code point (decided once, from the same
// character classes as TOKEN, whose semantics it reproduces exactly; test/matcher checks both).
export const C_SPACE = 1;
export const C_HAN = 2;
export const C_WORD = 3;
export const C_SENTENCE = 4;
export const C_OTHER = 5;
const IS_HAN = /^\p{Script=Han}$/v;
const IS_WORD = /^[[\p{L}\p{N}\p{M}]--[\p{Script=Han}]]$/v;
const IS_SENTENCE = /^[.!?。！？…]$/v;
const IS_SPACE = /^\s$/v;
/**
 * Class of each BMP code unit once decided (0: not yet, and always for surrogates, which classAt
 * decides in pairs). Exported for the matcher's scanner, which reads it inline.
 */
export const bmpClass = new Uint8Array(0x10000);
const astralClass = new Map();
function classify(ch) {
    return IS_HAN.test(ch) ? C_HAN : IS_WORD.test(ch) ? C_WORD : IS_SENTENCE.test(ch) ? C_SENTENCE : IS_SPACE.test(ch) ? C_SPACE : C_OTHER;
}
/**
 * Class of the code point at i (C_*, in the low 3 bits), plus 8 when it is a surrogate pair (two
 * code units). Shared with the matcher's own scanner (pattern/word-table.ts), which must split
 * text exactly as `tokenize` does.
 */
export function classAt(s, i, n) {
    // Kept small so that the engine inlines it into the scanning loops: the common case is a BMP
    // character (not a surrogate) whose class is already known.
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) {
        const k = bmpClass[c];
        return k !== 0 ? k : classifyBmp(c);
    }
    return classSurrogate(s, i, n, c);
}
/** Class of a BMP code unit that is not a surrogate (what classAt answers for it). */
export function unitClass(c) {
    const k = bmpClass[c];
    return k !== 0 ? k : classifyBmp(c);
}
function classifyBmp(c) {
    const k = classify(String.fromCharCode(c));
    bmpClass[c] = k;
    return k;
}
/** A high surrogate before a low one: the pair's class | 8; a lone surrogate: C_OTHER (a code point of its own for the /v regex). */
function classSurrogate(s, i, n, c) {
    if (c <= 0xdbff && i + 1 < n) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
            const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
            let k = astralClass.get(cp);
            if (k === undefined) {
                k = classify(String.fromCodePoint(cp));
                astralClass.set(cp, k);
            }
            return k | 8;
        }
    }
    return C_OTHER;
}
export function tokenize(normalised) {
    const out = { text: [], start: [], end: [], flags: [] };
    let pending = SENTENCE_START | AFTER_PUNCT;
    const n = normalised.length;
    let i = 0;
    while (i < n) {
        const k = classAt(normalised, i, n);
        const cls = k & 7;
        const len = k & 8 ? 2 : 1;
        if (cls === C_SPACE) {
            i += len;
        }
        else if (cls === C_HAN) {
            out.text.push(normalised.slice(i, i + len));
            out.start.push(i);
            out.end.push(i + len);
            out.flags.push(pending | HAN);
            pending = 0;
            i += len;
        }
        else if (cls === C_WORD) {
            // W+ (['-] W+)*
            const start = i;
            let j = i + len;
            let apostrophe = false;
            for (;;) {
                while (j < n) {
                    const kj = classAt(normalised, j, n);
                    if ((kj & 7) !== C_WORD)
                        break;
                    j += kj & 8 ? 2 : 1;
                }
                if (j + 1 < n) {
                    const c = normalised.charCodeAt(j);
                    if ((c === 0x27 || c === 0x2d) && (classAt(normalised, j + 1, n) & 7) === C_WORD) {
                        if (c === 0x27)
                            apostrophe = true;
                        j += 1;
                        continue;
                    }
                }
                break;
            }
            const raw = normalised.slice(start, j);
            out.text.push(apostrophe ? raw.replace(/'/g, '') : raw);
            out.start.push(start);
            out.end.push(j);
            out.flags.push(pending);
            pending = 0;
            i = j;
        }
        else if (cls === C_SENTENCE) {
            pending |= SENTENCE_START | AFTER_PUNCT;
            i += len;
        }
        else {
            pending |= AFTER_PUNCT;
            i += len;
        }
    }
    return out;
}
/** The regex form of `tokenize` (the reference the scanner is tested against). */
export function tokenizeWithRegex(normalised) {
    const out = { text: [], start: [], end: [], flags: [] };
    let pending = SENTENCE_START | AFTER_PUNCT;
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(normalised); m !== null; m = TOKEN.exec(normalised)) {
        if (m[1] !== undefined || m[2] !== undefined) {
            let word = m[0];
            if (m[2] !== undefined && word.includes("'"))
                word = word.replace(/'/g, '');
            out.text.push(word);
            out.start.push(m.index);
            out.end.push(m.index + m[0].length);
            out.flags.push(pending | (m[1] !== undefined ? HAN : 0));
            pending = 0;
        }
        else if (m[3] !== undefined) {
            pending |= SENTENCE_START | AFTER_PUNCT;
        }
        else {
            pending |= AFTER_PUNCT;
        }
    }
    return out;
}
