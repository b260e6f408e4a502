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

// The hot path: what SPECIAL + mapSpecial do to each BMP code unit, decided once per code unit
// (-1 = not decided yet). Astral characters (rare Han of the extension planes) take the regex path.
const SPECIAL_ONE = /^[ё\uFF01-\uFF5E\u3000\u2018\u2019\u02BC\u2032`\p{Script=Han}]$/u;
const bmpMap = new Int32Array(0x10000).fill(-1);

function mapUnit(c: number): number {
  let m = bmpMap[c]!;
  if (m === -1) {
    const ch = String.fromCharCode(c);
    m = c >= 0xd800 && c <= 0xdfff ? c : SPECIAL_ONE.test(ch) ? mapSpecial(ch).charCodeAt(0) : c;
    bmpMap[c] = m;
  }
  return m;
}

function fromUnits(units: Uint16Array): string {
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode.apply(null, units.subarray(i, i + 8192) as unknown as number[]);
  return out;
}

export function normalize(text: string): string {
  const lower = lowerPreservingLength(text);
  // Full-width letters lower-case as full-width (Ａ→ａ) and are then folded to ASCII.
  // Equivalent to lower.replace(SPECIAL, mapSpecial), without a callback per Han character.
  const n = lower.length;
  let units: Uint16Array | null = null;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = lower.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        const pair = lower.slice(i, i + 2);
        const mapped = pair.replace(SPECIAL, mapSpecial);
        if (mapped !== pair) {
          if (units === null) units = unitsOf(lower, i);
          units[i] = mapped.charCodeAt(0);
          units[i + 1] = mapped.charCodeAt(1);
        } else if (units !== null) {
          units[i] = c;
          units[i + 1] = d;
        }
        i++;
        continue;
      }
    }
    const m = mapUnit(c);
    if (units !== null) units[i] = m;
    else if (m !== c) {
      units = unitsOf(lower, i);
      units[i] = m;
    }
  }
  return units === null ? lower : fromUnits(units);
}

/** The code units of `s` before `end`, in a buffer of s.length units. */
function unitsOf(s: string, end: number): Uint16Array {
  const units = new Uint16Array(s.length);
  for (let k = 0; k < end; k++) units[k] = s.charCodeAt(k);
  return units;
}
