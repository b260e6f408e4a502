const SCRIPT = /(\p{Script=Cyrillic})|(\p{Script=Han})|(\p{Script=Latin})/gu;
/** A Han character carries about as much as a short word: weigh it like three letters. */
const HAN_WEIGHT = 3;
/** A language counts when it has at least this share of the weighted letters. */
const MIN_SHARE = 0.2;
// The hot path counts with a script per code unit (decided once by the SCRIPT regex) instead
// of running the regex over every call; astral code points (rare Han) are decided per code point.
const S_NONE = 1;
const S_CYRILLIC = 2;
const S_HAN = 3;
const S_LATIN = 4;
const ONE = /^(?:(\p{Script=Cyrillic})|(\p{Script=Han})|(\p{Script=Latin}))$/u;
const bmpScript = new Uint8Array(0x10000);
const astralScript = new Map();
function scriptOfChar(ch) {
    const m = ONE.exec(ch);
    return m === null ? S_NONE : m[1] !== undefined ? S_CYRILLIC : m[2] !== undefined ? S_HAN : S_LATIN;
}
export function detectLanguages(text) {
    return detectLanguagesOf([text]);
}
/** `detectLanguages` of the texts joined by line breaks, without joining them (a call's turns). */
export function detectLanguagesOf(texts) {
    // Text of Latin-1 characters only has no Cyrillic and no Han letter: it is English when it has
    // a Latin letter at all (ranked gives ['en'] for any count), and nothing otherwise. V8 answers
    // NON_LATIN1 at once for a string it holds one byte a character (no such string can match), so
    // English calls skip the count below.
    let latin1 = true;
    for (const text of texts) {
        if (NON_LATIN1.test(text)) {
            latin1 = false;
            break;
        }
    }
    if (latin1) {
        for (const text of texts)
            for (let i = 0; i < text.length; i++)
                if (scriptAt(text, i, text.charCodeAt(i)) === S_LATIN)
                    return ['en'];
        return [];
    }
    // Letters per script, counted as one packed sum: each unit adds its script's increment (PACKED:
    // Cyrillic 1, Han 1 << 10, Latin 1 << 20) to one integer, whose ten-bit fields are moved into the
    // counts every FLUSH units, before a field can overflow. One add a unit, in a register (an
    // increment of counts[script] in memory waited for the previous one, most units being of the
    // same script as the one before).
    let cyrillic = 0;
    let han = 0;
    let latin = 0;
    for (const text of texts) {
        const n = text.length;
        let sum = 0;
        let left = FLUSH;
        for (let i = 0; i < n; i++) {
            const c = text.charCodeAt(i);
            let w = PACKED[c];
            if (w < 0) {
                // Not decided yet, or a high surrogate (never decided: a pair is one astral code point).
                let k = scriptAt(text, i, c);
                if (k === S_PAIR) {
                    k = astralScriptOf(text.codePointAt(i));
                    i++;
                }
                else if (c < 0xd800 || c > 0xdbff)
                    PACKED[c] = INCREMENT[k];
                w = INCREMENT[k];
            }
            sum += w;
            if (--left === 0) {
                cyrillic += sum & FIELD;
                han += (sum >>> 10) & FIELD;
                latin += sum >>> 20;
                sum = 0;
                left = FLUSH;
            }
        }
        cyrillic += sum & FIELD;
        han += (sum >>> 10) & FIELD;
        latin += sum >>> 20;
    }
    return ranked(cyrillic, han * HAN_WEIGHT, latin);
}
/** A unit's increment of the packed sum by its script (S_*), and the packed increments of BMP units (-1: not decided). */
const INCREMENT = [0, 0, 1, 1 << 10, 1 << 20];
const PACKED = new Int32Array(0x10000).fill(-1);
/** Ten bits a field: a sum is moved to the counts every FLUSH units (≤ FIELD in any field). */
const FIELD = 0x3ff;
const FLUSH = FIELD;
/**
 * Any character outside Latin-1 (V8 answers at once for a string it holds one byte a character:
 * no such string can match). Shared with normalize.
 */
export const NON_LATIN1 = /[^\u0000-\u00ff]/;
/** Not a script: the unit at i starts a surrogate pair (see scriptAt). */
const S_PAIR = -1;
/** The script of the unit at i (first seen: decided by the regex and remembered), or S_PAIR. */
function scriptAt(text, i, c) {
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00)
        return S_PAIR;
    let k = bmpScript[c];
    if (k === 0) {
        k = c >= 0xd800 && c <= 0xdfff ? S_NONE : scriptOfChar(String.fromCharCode(c));
        bmpScript[c] = k;
    }
    return k;
}
function astralScriptOf(cp) {
    let a = astralScript.get(cp);
    if (a === undefined) {
        a = scriptOfChar(String.fromCodePoint(cp));
        astralScript.set(cp, a);
    }
    return a;
}
/** The regex form of `detectLanguages` (the reference the counting loop is tested against). */
export function detectLanguagesWithRegex(text) {
    let ru = 0;
    let zh = 0;
    let en = 0;
    SCRIPT.lastIndex = 0;
    for (let m = SCRIPT.exec(text); m !== null; m = SCRIPT.exec(text)) {
        if (m[1] !== undefined)
            ru++;
        else if (m[2] !== undefined)
            zh += HAN_WEIGHT;
        else
            en++;
    }
    return ranked(ru, zh, en);
}
function ranked(ru, zh, en) {
    const total = ru + zh + en;
    if (total === 0)
        return [];
    const scored = [
        ['ru', ru],
        ['zh', zh],
        ['en', en],
    ];
    scored.sort((a, b) => b[1] - a[1]);
    return scored.filter(([, n], i) => i === 0 || n / total >= MIN_SHARE).map(([l]) => l);
}
