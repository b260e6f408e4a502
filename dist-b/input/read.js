/**
 * Bytes → text. In order:
 * 1. a forced encoding (`--encoding`, any iconv-lite name);
 * 2. a byte order mark (UTF-8, UTF-16LE, UTF-16BE);
 * 3. NUL bytes: UTF-16 without a BOM when one byte order decodes to plausible text (the side with
 *    more NULs breaks a tie); otherwise — UTF-8 with a stray NUL included — the file is binary;
 * 4. valid UTF-8 (ASCII included), or UTF-8 with a few broken sequences (replaced, with a notice);
 * 5. otherwise each encoding ru/zh/en transcripts come in (windows-1251, KOI8-R, GB18030, Big5,
 *    windows-1252, UTF-16LE/BE) decodes a sample with iconv-lite; implausible decodings
 *    (undecodable bytes, controls, box drawing, accented-Latin soup) are dropped and the rest are
 *    scored by how much they read like Russian, Chinese or English (languageScore), chardet's
 *    confidence adding a small prior. chardet alone confuses windows-1251/KOI8-R and GBK/Big5 on
 *    short texts. A guess below 80% confidence is reported as a notice.
 * Offsets everywhere are into the decoded text (after the BOM).
 */
import { chardet, iconv } from '../lazy-deps.js';
/** Below this confidence (percent), a guessed encoding is reported as a notice. */
export const CONFIDENT = 80;
/** chardet's names → iconv-lite's. */
function iconvName(name) {
    const n = name.toLowerCase();
    const mapped = n === 'gbk' || n === 'gb2312' ? 'gb18030' : n;
    return iconv().encodingExists(mapped) ? mapped : undefined;
}
// What real text does not contain: undecodable bytes, controls, private use, unassigned code
// points, lone surrogates, box drawing and block elements (KOI8/CP866 pseudographics read wrongly).
const BAD = /[\uFFFD\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\u2500-\u259F\p{Co}\p{Cn}\p{Cs}]/gu;
const LATIN = /\p{Script=Latin}/gu;
const ACCENTED_LATIN = /[\u00C0-\u024F]/gu;
function count(re, text) {
    re.lastIndex = 0;
    let n = 0;
    while (re.exec(text) !== null)
        n++;
    return n;
}
/** implausibility by the regular expressions themselves: the reference the table is tested against. */
export function implausibilityWithRegex(text) {
    if (text.length === 0)
        return 0;
    let bad = count(BAD, text);
    const latin = count(LATIN, text);
    const accented = count(ACCENTED_LATIN, text);
    if (latin > 0 && accented / latin > 0.3)
        bad += accented;
    return bad / text.length;
}
// The same classes, asked of one character (BMP, or an astral code point as its surrogate pair).
const BAD_ONE = new RegExp(`^${BAD.source}$`, 'u');
const LATIN_ONE = new RegExp(`^${LATIN.source}$`, 'u');
const LETTER_ONE = /^\p{L}$/u;
const HAN_ONE = /^\p{Script=Han}$/u;
const IS_BAD = 1;
const IS_LATIN = 2;
const IS_LETTER = 4;
const IS_HAN = 8;
let unitClasses;
/**
 * BAD, LATIN, letters (`\p{L}`) and Han of every BMP code unit, asked of the expressions once (a guess decodes a
 * sample seven ways; three regex passes over each cost more than decoding it). Surrogates are
 * decided where they stand: a pair is one code point, a lone one is bad.
 */
function classesOfUnits() {
    if (unitClasses === undefined) {
        unitClasses = new Uint8Array(0x10000);
        for (let c = 0; c < 0x10000; c++) {
            if (c >= 0xd800 && c <= 0xdfff)
                continue;
            const ch = String.fromCharCode(c);
            unitClasses[c] = (BAD_ONE.test(ch) ? IS_BAD : 0) | (LATIN_ONE.test(ch) ? IS_LATIN : 0) | (LETTER_ONE.test(ch) ? IS_LETTER : 0) | (HAN_ONE.test(ch) ? IS_HAN : 0);
        }
    }
    return unitClasses;
}
/**
 * Share of characters that cannot be in real text (0 = plausible). With `limit`, counting stops
 * once the share reaches it (the share only grows as the text goes on): the answer is then some
 * share ≥ limit, enough for a caller that only asks whether it is.
 */
export function implausibility(text, limit = Infinity) {
    const n = text.length;
    if (n === 0)
        return 0;
    const classes = classesOfUnits();
    let bad = 0;
    let latin = 0;
    let accented = 0;
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdfff) {
            const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
            if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
                // An astral code point (rare in a sample): the expressions decide.
                const ch = text.slice(i, i + 2);
                if (BAD_ONE.test(ch) && ++bad / n >= limit)
                    return bad / n;
                if (LATIN_ONE.test(ch))
                    latin++;
                i++;
            }
            else if (++bad / n >= limit)
                return bad / n;
            continue;
        }
        const k = classes[c];
        if ((k & IS_BAD) !== 0 && ++bad / n >= limit)
            return bad / n;
        if (k & IS_LATIN)
            latin++;
        if (c >= 0xc0 && c <= 0x24f)
            accented++;
    }
    // Mostly-accented Latin words are another single-byte encoding read as Latin-1.
    if (latin > 0 && accented / latin > 0.3)
        bad += accented;
    return bad / n;
}
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
function decodeWith(bytes, encoding) {
    return stripBom(iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding));
}
/**
 * UTF-16 without a BOM, told by its NUL bytes (ASCII characters are `xx 00` in LE, `00 xx` in BE):
 * both byte orders are decoded and the plausible one wins, the side with more NULs breaking a tie.
 * NULs in anything else (including UTF-8 text with a stray NUL) make the file binary.
 */
function utf16ByNulPattern(bytes) {
    const n = Math.min(bytes.length, 65536);
    // The common case, no NUL at all, by the engine's own search instead of a loop.
    const firstNul = bytes.indexOf(0);
    if (firstNul === -1 || firstNul >= n)
        return null;
    let even = 0;
    let odd = 0;
    for (let i = 0; i < n; i++) {
        if (bytes[i] === 0) {
            if (i % 2 === 0)
                even++;
            else
                odd++;
        }
    }
    if (even + odd === 0)
        return null;
    if (bytes.length % 2 !== 0)
        return 'binary';
    const stripped = bytes.subarray(0, n).filter((b) => b !== 0);
    if (stripped.some((b) => b >= 0x80)) {
        try {
            new TextDecoder('utf-8', { fatal: true }).decode(stripped);
            return 'binary'; // UTF-8 with NULs in it, not UTF-16
        }
        catch {
            // not UTF-8: UTF-16 is possible
        }
    }
    const sample = bytes.subarray(0, n - (n % 2));
    const le = implausibility(decodeWith(sample, 'utf-16le'), 0.02) < 0.02;
    const be = implausibility(decodeWith(sample, 'utf-16be'), 0.02) < 0.02;
    if (le && be)
        return odd >= even ? 'utf-16le' : 'utf-16be';
    if (le)
        return 'utf-16le';
    if (be)
        return 'utf-16be';
    return 'binary';
}
export function decodeBytes(bytes, opts = {}) {
    if (opts.encoding !== undefined) {
        if (!iconv().encodingExists(opts.encoding))
            return { ok: false, reason: `unknown encoding "${opts.encoding}"` };
        const text = decodeWith(bytes, opts.encoding);
        const bad = count(/\uFFFD/g, text);
        const notices = bad > 0 ? [`${bad} byte sequence${bad === 1 ? '' : 's'} could not be decoded as ${opts.encoding}`] : [];
        return { ok: true, text, encoding: opts.encoding.toLowerCase(), notices };
    }
    if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        try {
            return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)), encoding: 'utf-8', notices: [] };
        }
        catch {
            return { ok: false, reason: 'not valid UTF-8 despite its UTF-8 byte order mark; skipped' };
        }
    }
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
        return { ok: true, text: decodeWith(bytes, 'utf-16le'), encoding: 'utf-16le', notices: [] };
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
        return { ok: true, text: decodeWith(bytes, 'utf-16be'), encoding: 'utf-16be', notices: [] };
    if (bytes.length === 0)
        return { ok: true, text: '', encoding: 'utf-8', notices: [] };
    const utf16 = utf16ByNulPattern(bytes);
    if (utf16 === 'binary')
        return { ok: false, reason: 'binary file; skipped' };
    if (utf16 !== null)
        return { ok: true, text: decodeWith(bytes, utf16), encoding: utf16, notices: [] };
    try {
        return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', notices: [] };
    }
    catch {
        // not valid UTF-8: damaged UTF-8, or another encoding
    }
    const damaged = damagedUtf8(bytes);
    return damaged ?? guessEncoding(bytes);
}
/**
 * UTF-8 with a few broken sequences (a cut multi-byte character, one pasted legacy byte): many
 * well-formed multi-byte characters and few bad ones — at least ten good per bad. Another
 * encoding read as UTF-8 gives almost no well-formed multi-byte characters.
 */
function damagedUtf8(bytes) {
    let text = new TextDecoder('utf-8').decode(bytes);
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    let bad = 0;
    let good = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 0xfffd) {
            // Even if every character left were a good one, there would be fewer than ten a bad one:
            // another encoding (most of its letters are bad here), so no need to read on.
            if (++bad * 10 > good + (n - i - 1))
                return undefined;
        }
        else if (c > 0x7f)
            good++;
    }
    if (bad === 0 || good < 10 * bad)
        return undefined;
    return { ok: true, text, encoding: 'utf-8', notices: [`${bad} invalid UTF-8 byte sequence${bad === 1 ? '' : 's'} replaced by U+FFFD`] };
}
/** A prior adds at most this to a language score (chardet's confidence 100). */
const PRIOR_WEIGHT = 0.1;
/** Slack for rounding in the bounds below. */
const EPSILON = 1e-9;
/**
 * Whether chardet's prior could change what the language scores alone decide: the winner (its
 * lead is at most PRIOR_WEIGHT), a refusal (best score under 0.5), or whether the guess is
 * reported as uncertain (the lowest confidence the prior allows is under CONFIDENT; when a notice
 * is due its figure needs the prior). A Russian windows-1251 or Chinese GBK transcript of any
 * length decides by its language score alone.
 */
function priorMatters(candidates) {
    if (candidates.length === 0)
        return false;
    let best = -Infinity;
    let second = -Infinity;
    for (const c of candidates) {
        if (c.language > best) {
            second = best;
            best = c.language;
        }
        else if (c.language > second)
            second = c.language;
    }
    if (best < 0.5)
        return true;
    // The runner-up with the largest prior; with no runner-up the confidence counts it as 0.
    const secondHighest = candidates.length > 1 ? second + PRIOR_WEIGHT + EPSILON : 0;
    if (best <= secondHighest)
        return true;
    const lowest = Math.round(100 * Math.min(1, best) * Math.min(1, (best - secondHighest) / 0.3));
    return lowest < CONFIDENT;
}
/** chardet and the language score look at this much of a file (the winner decodes all of it). */
const SAMPLE_BYTES = 32768;
/** The encodings a ru/zh/en transcript comes in, besides UTF-8 and UTF-16 with a BOM. */
const LEGACY = ['windows-1251', 'koi8-r', 'gb18030', 'big5', 'windows-1252'];
const hanCommon = new Map();
/** isCommonHan of BMP code units: 0 not asked yet, 1 common, 2 not. */
const hanUnitCommon = new Uint8Array(0x10000);
function commonHanUnit(c) {
    let k = hanUnitCommon[c];
    if (k === 0)
        hanUnitCommon[c] = k = isCommonHan(String.fromCharCode(c)) ? 1 : 2;
    return k === 1;
}
/**
 * A frequent Han character: in GB2312 level 1 (GBK lead byte B0–D7, trail A1–FE) or Big5 level 1
 * (常用字, lead byte A4–C6). Both encodings order characters by frequency, so this needs no table of our own.
 */
function isCommonHan(ch) {
    let common = hanCommon.get(ch);
    if (common === undefined) {
        const gb = iconv().encode(ch, 'gbk');
        const b5 = iconv().encode(ch, 'big5');
        common = (gb.length === 2 && gb[0] >= 0xb0 && gb[0] <= 0xd7 && gb[1] >= 0xa1) || (b5.length === 2 && b5[0] >= 0xa4 && b5[0] <= 0xc6);
        hanCommon.set(ch, common);
    }
    return common;
}
const WORD = /\p{L}+/gu;
const RUSSIAN_WORD = /^(?:[а-яё]+|[А-ЯЁ][а-яё]*)$/u;
const RUSSIAN_CAPS = /^[А-ЯЁ]+$/u;
/** languageScore by regular expressions, word by word: the reference the code-unit scan is tested against. */
export function languageScoreWithRegex(text) {
    let letters = 0;
    let good = 0;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
        const w = m[0];
        if (/^[A-Za-z]+$/.test(w)) {
            letters += w.length;
            good += w.length;
            continue;
        }
        if (/[а-яёА-ЯЁ]/u.test(w) && !/\p{Script=Han}/u.test(w)) {
            letters += w.length;
            if (RUSSIAN_WORD.test(w))
                good += w.length;
            else if (RUSSIAN_CAPS.test(w))
                good += w.length / 2;
            continue;
        }
        for (const ch of w) {
            letters++;
            if (/[A-Za-z]/.test(ch))
                good++;
            else if (/\p{Script=Han}/u.test(ch))
                good += isCommonHan(ch) ? 1 : 0.2;
            else if (/[\u00C0-\u00FF]/.test(ch))
                good += 0.5;
        }
    }
    return letters === 0 ? 0 : good / letters;
}
const isAsciiLetter = (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isRussianLower = (c) => (c >= 0x430 && c <= 0x44f) || c === 0x451;
const isRussianUpper = (c) => (c >= 0x410 && c <= 0x42f) || c === 0x401;
/** Code units of the letter (code point) at i: 1, 2 for an astral letter, 0 when none starts there. */
function letterAt(text, i, n, classes) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff)
        return classes[c] & IS_LETTER ? 1 : 0;
    if (c > 0xdbff || i + 1 >= n)
        return 0;
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && LETTER_ONE.test(text.slice(i, i + 2)) ? 2 : 0;
}
/**
 * How much a decoding reads like ru/zh/en text, 0–1: the share of letters that are ASCII, Russian
 * words of a normal shape (lower case, Capitalised; ALL CAPS counts half — a KOI8-R/windows-1251
 * mix-up swaps case), frequent Han characters (rare ones count 0.2), accented Latin (0.5).
 * Words are runs of letters (`\p{L}+`), read from a table of code units; the sums are made in
 * the reference's order (languageScoreWithRegex), so the score is the same number.
 */
export function languageScore(text) {
    const classes = classesOfUnits();
    const n = text.length;
    let letters = 0;
    let good = 0;
    let i = 0;
    while (i < n) {
        const c0 = text.charCodeAt(i);
        // (A BMP letter read here; letterAt only for surrogates.)
        const first = c0 < 0xd800 || c0 > 0xdfff ? (classes[c0] & IS_LETTER ? 1 : 0) : letterAt(text, i, n, classes);
        if (first === 0) {
            i++;
            continue;
        }
        // The word [start, end): what it is made of.
        const start = i;
        let ascii = true;
        let russian = false;
        let han = false;
        let lower = true; // every letter after the first is a Russian lower-case one
        let firstShape = 0; // 1: Russian lower case, 2: Russian upper case, 0: other
        let caps = true; // every letter is Russian upper case
        for (let len = first; len !== 0;) {
            const c = text.charCodeAt(i);
            if (len === 2) {
                ascii = false;
                if (HAN_ONE.test(text.slice(i, i + 2)))
                    han = true;
                if (i !== start)
                    lower = false;
                caps = false;
            }
            else {
                if (!isAsciiLetter(c))
                    ascii = false;
                if (classes[c] & IS_HAN)
                    han = true;
                const low = isRussianLower(c);
                const up = !low && isRussianUpper(c);
                if (low || up)
                    russian = true;
                if (i === start)
                    firstShape = low ? 1 : up ? 2 : 0;
                else if (!low)
                    lower = false;
                if (!up)
                    caps = false;
            }
            i += len;
            if (i >= n)
                break;
            const d = text.charCodeAt(i);
            len = d < 0xd800 || d > 0xdfff ? (classes[d] & IS_LETTER ? 1 : 0) : letterAt(text, i, n, classes);
        }
        const length = i - start;
        if (ascii) {
            letters += length;
            good += length;
            continue;
        }
        if (russian && !han) {
            letters += length;
            if (firstShape !== 0 && lower)
                good += length;
            else if (caps)
                good += length / 2;
            continue;
        }
        for (let k = start; k < i;) {
            const c = text.charCodeAt(k);
            letters++;
            if (c >= 0xd800 && c <= 0xdbff && k + 1 < i) {
                const ch = text.slice(k, k + 2);
                if (HAN_ONE.test(ch))
                    good += isCommonHan(ch) ? 1 : 0.2;
                k += 2;
                continue;
            }
            if (isAsciiLetter(c))
                good++;
            else if (classes[c] & IS_HAN)
                good += commonHanUnit(c) ? 1 : 0.2;
            else if (c >= 0xc0 && c <= 0xff)
                good += 0.5;
            k++;
        }
    }
    return letters === 0 ? 0 : good / letters;
}
/**
 * The encoding of text that is not UTF-8 (see the module comment). Exported for the tests, which
 * compare it with `askChardet: true` (chardet asked whatever the scores: the reference).
 */
export function guessEncoding(bytes, askChardet = false) {
    const sample = bytes.length > SAMPLE_BYTES ? bytes.subarray(0, SAMPLE_BYTES) : bytes;
    const names = [...LEGACY, ...(bytes.length % 2 === 0 ? ['utf-16le', 'utf-16be'] : [])];
    // An even sample length keeps UTF-16 aligned.
    const candidates = [];
    for (const encoding of names) {
        const text = decodeWith(sample, encoding);
        if (implausibility(text, 0.01) >= 0.01)
            continue;
        const language = languageScore(text);
        candidates.push({ encoding, prior: 0, text, language, score: language });
    }
    // chardet's opinion is a small prior: it is unreliable on short texts and between
    // windows-1251/KOI8-R and GBK/Big5, which the language score tells apart. It is asked only when
    // it could change the outcome (it costs more than everything else here).
    if (askChardet || priorMatters(candidates)) {
        const prior = new Map();
        for (const m of chardet().analyse(sample)) {
            const name = iconvName(m.name);
            if (name !== undefined && !prior.has(name))
                prior.set(name, m.confidence);
        }
        for (const c of candidates) {
            c.prior = prior.get(c.encoding) ?? 0;
            c.score = c.language + PRIOR_WEIGHT * (c.prior / 100);
        }
    }
    candidates.sort((a, b) => b.score - a.score);
    const best = candidates[0];
    if (!best || best.score < 0.5)
        return { ok: false, reason: 'cannot tell the text encoding (not UTF-8, and no ru/zh/en encoding decodes it to plausible text); pass --encoding; skipped' };
    const second = candidates[1]?.score ?? 0;
    // Confidence: how clearly the best decoding beats the next one.
    const confidence = Math.round(100 * Math.min(1, best.score) * Math.min(1, (best.score - second) / 0.3));
    const why = best.encoding.startsWith('utf-16') ? 'no byte order mark' : `confidence ${confidence}%`;
    const notices = confidence < CONFIDENT ? [`encoding guessed: ${best.encoding} (${why})`] : [];
    return { ok: true, text: sample === bytes ? best.text : decodeWith(bytes, best.encoding), encoding: best.encoding, notices };
}
