/**
 * Length-preserving normalisation: `normalize(s).length === s.length`, and character i of the
 * result stands for character i of the input. Every offset found in normalised text is therefore
 * an offset into the original text, with no mapping table.
 *
 * What it does: case folding, ё→е, Traditional→Simplified Chinese (per character, via OpenCC's
 * tables), full-width ASCII→half-width, ideographic space→space, typographic apostrophes→'.
 * A conversion that would change the length (rare: `İ`.toLowerCase() is two code units) is
 * skipped for that character.
 */
import { Converter } from 'opencc-js/t2cn';

// Taiwan and Hong Kong variants both map to Mainland Simplified; applied in turn.
const twToCn = Converter({ from: 'tw', to: 'cn' });
const hkToCn = Converter({ from: 'hk', to: 'cn' });

const hanCache = new Map<string, string>();

/** Simplified form of one Han character (itself when it has none or the length would change). */
export function toSimplifiedChar(ch: string): string {
  let out = hanCache.get(ch);
  if (out === undefined) {
    let conv: string = hkToCn(twToCn(ch) ?? ch) ?? ch;
    // Converted to a fixpoint so that normalising is idempotent: the tables map 麼→么 but also
    // 么→幺, and a pattern written 什么 must still meet a text written 什麼.
    for (let k = 0; k < 3; k++) {
      const again: string = hkToCn(twToCn(conv) ?? conv) ?? conv;
      if (again === conv) break;
      conv = again;
    }
    if (conv.length !== ch.length) conv = ch;
    out = conv;
    hanCache.set(ch, out);
  }
  return out;
}

// One pass over everything that needs a per-character decision after lower-casing.
const SPECIAL = /[ё\uFF01-\uFF5E\u3000\u2018\u2019\u02BC\u2032`\p{Script=Han}]/gu;

function mapSpecial(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c === 0x451) return 'е';
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  if (c === 0x3000) return ' ';
  if (c === 0x2018 || c === 0x2019 || c === 0x02bc || c === 0x2032 || c === 0x60) return "'";
  return toSimplifiedChar(ch);
}

function lowerPreservingLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

export function normalize(text: string): string {
  const lower = lowerPreservingLength(text);
  // Full-width letters lower-case as full-width (Ａ→ａ) and are then folded to ASCII.
  return lower.replace(SPECIAL, mapSpecial);
}
