/**
 * Chinese script of what the speaker said, so a suggestion comes back in the same script:
 * «您必須先填寫投保單» gets «您能先填寫投保單嗎», not a Simplified/Traditional mix.
 *
 * The conversion uses OpenCC's character table and Taiwan variants only (via opencc-js/core):
 * suggestions are short fixed phrases, and the slots in them are already the speaker's own
 * Traditional words. OpenCC's full cn→tw converter adds its phrase tables: 44 MB of heap per
 * thread (measured) for the rare ambiguous character (发 → 發/髮) that suggestions do not use.
 */
import { ConverterFactory } from 'opencc-js/core';
import STCharacters from 'opencc-js/dict/STCharacters';
import TWVariants from 'opencc-js/dict/TWVariants';
import { toSimplifiedChar, traditionalChars } from './normalize.js';
const HAN = /\p{Script=Han}/gu;
/**
 * True when the text has a Han character whose Simplified form differs (written in Traditional):
 * one of the conversion table's characters, looked up per code unit (astral ones per pair).
 */
export function hasTraditional(text) {
    const { bmp, astral } = traditionalChars();
    const n = text.length;
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (bmp[c] === 1)
            return true;
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && astral.size > 0) {
            const d = text.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                if (astral.has(text.slice(i, i + 2)))
                    return true;
                i++;
            }
        }
    }
    return false;
}
/** The regex form of `hasTraditional` (the reference the table lookup is tested against). */
export function hasTraditionalWithRegex(text) {
    for (const m of text.matchAll(HAN))
        if (toSimplifiedChar(m[0]) !== m[0])
            return true;
    return false;
}
let toTraditionalConverter = null;
/** Simplified → Traditional (Taiwan standard) text. */
export function toTraditional(text) {
    // Built on first use: most runs never see Traditional Chinese.
    toTraditionalConverter ??= ConverterFactory([STCharacters], [TWVariants]);
    return toTraditionalConverter(text);
}
/**
 * The suggestion in the script of the matched words: in Traditional characters when it has Han
 * characters and the first of `texts` that is written in Traditional exists (the matched words,
 * else the turn around them). The suggestion is tested first: it is short, a turn is not.
 */
export function inScriptOf(suggestion, ...texts) {
    return HAN_ONE.test(suggestion) && texts.some(hasTraditional) ? toTraditional(suggestion) : suggestion;
}
const HAN_ONE = /\p{Script=Han}/u;
