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

export type DecodeResult = { ok: true; text: string; encoding: string; notices: string[] } | { ok: false; reason: string };

export interface DecodeOptions {
  /** Force an encoding (iconv-lite name). */
  encoding?: string | undefined;
}

/** Below this confidence (percent), a guessed encoding is reported as a notice. */
export const CONFIDENT = 80;

/** chardet's names → iconv-lite's. */
function iconvName(name: string): string | undefined {
  const n = name.toLowerCase();
  const mapped = n === 'gbk' || n === 'gb2312' ? 'gb18030' : n;
  return iconv().encodingExists(mapped) ? mapped : undefined;
}

// What real text does not contain: undecodable bytes, controls, private use, unassigned code
// points, lone surrogates, box drawing and block elements (KOI8/CP866 pseudographics read wrongly).
const BAD = /[\uFFFD\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\u2500-\u259F\p{Co}\p{Cn}\p{Cs}]/gu;
const LATIN = /\p{Script=Latin}/gu;
const ACCENTED_LATIN = /[\u00C0-\u024F]/gu;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/** Share of characters that cannot be in real text (0 = plausible). */
export function implausibility(text: string): number {
  if (text.length === 0) return 0;
  let bad = count(BAD, text);
  // Mostly-accented Latin words are another single-byte encoding read as Latin-1.
  const latin = count(LATIN, text);
  const accented = count(ACCENTED_LATIN, text);
  if (latin > 0 && accented / latin > 0.3) bad += accented;
  return bad / text.length;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  return stripBom(iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding));
}

/**
 * UTF-16 without a BOM, told by its NUL bytes (ASCII characters are `xx 00` in LE, `00 xx` in BE):
 * both byte orders are decoded and the plausible one wins, the side with more NULs breaking a tie.
 * NULs in anything else (including UTF-8 text with a stray NUL) make the file binary.
 */
function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | 'binary' | null {
  const n = Math.min(bytes.length, 65536);
  // The common case, no NUL at all, by the engine's own search instead of a loop.
  const firstNul = bytes.indexOf(0);
  if (firstNul === -1 || firstNul >= n) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  if (even + odd === 0) return null;
  if (bytes.length % 2 !== 0) return 'binary';
  const stripped = bytes.subarray(0, n).filter((b) => b !== 0);
  if (stripped.some((b) => b >= 0x80)) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(stripped);
      return 'binary'; // UTF-8 with NULs in it, not UTF-16
    } catch {
      // not UTF-8: UTF-16 is possible
    }
  }
  const sample = bytes.subarray(0, n - (n % 2));
  const le = implausibility(decodeWith(sample, 'utf-16le')) < 0.02;
  const be = implausibility(decodeWith(sample, 'utf-16be')) < 0.02;
  if (le && be) return odd >= even ? 'utf-16le' : 'utf-16be';
  if (le) return 'utf-16le';
  if (be) return 'utf-16be';
  return 'binary';
}

export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): DecodeResult {
  if (opts.encoding !== undefined) {
    if (!iconv().encodingExists(opts.encoding)) return { ok: false, reason: `unknown encoding "${opts.encoding}"` };
    const text = decodeWith(bytes, opts.encoding);
    const bad = count(/\uFFFD/g, text);
    const notices = bad > 0 ? [`${bad} byte sequence${bad === 1 ? '' : 's'} could not be decoded as ${opts.encoding}`] : [];
    return { ok: true, text, encoding: opts.encoding.toLowerCase(), notices };
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)), encoding: 'utf-8', notices: [] };
    } catch {
      return { ok: false, reason: 'not valid UTF-8 despite its UTF-8 byte order mark; skipped' };
    }
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: decodeWith(bytes, 'utf-16le'), encoding: 'utf-16le', notices: [] };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: decodeWith(bytes, 'utf-16be'), encoding: 'utf-16be', notices: [] };
  if (bytes.length === 0) return { ok: true, text: '', encoding: 'utf-8', notices: [] };

  const utf16 = utf16ByNulPattern(bytes);
  if (utf16 === 'binary') return { ok: false, reason: 'binary file; skipped' };
  if (utf16 !== null) return { ok: true, text: decodeWith(bytes, utf16), encoding: utf16, notices: [] };

  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', notices: [] };
  } catch {
    // not valid UTF-8: damaged UTF-8, or another encoding
  }
  const damaged = damagedUtf8(bytes);
  return damaged ?? guess(bytes);
}

/**
 * UTF-8 with a few broken sequences (a cut multi-byte character, one pasted legacy byte): many
 * well-formed multi-byte characters and few bad ones — at least ten good per bad. Another
 * encoding read as UTF-8 gives almost no well-formed multi-byte characters.
 */
function damagedUtf8(bytes: Uint8Array): DecodeResult | undefined {
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let bad = 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c > 0x7f) good++;
  }
  if (bad === 0 || good < 10 * bad) return undefined;
  return { ok: true, text, encoding: 'utf-8', notices: [`${bad} invalid UTF-8 byte sequence${bad === 1 ? '' : 's'} replaced by U+FFFD`] };
}

interface Candidate {
  encoding: string;
  /** chardet's confidence for it (0–100; 0 when chardet did not propose it). */
  prior: number;
  text: string;
  score: number;
}

/** chardet and the language score look at this much of a file (the winner decodes all of it). */
const SAMPLE_BYTES = 32768;

/** The encodings a ru/zh/en transcript comes in, besides UTF-8 and UTF-16 with a BOM. */
const LEGACY = ['windows-1251', 'koi8-r', 'gb18030', 'big5', 'windows-1252'];

const hanCommon = new Map<string, boolean>();
/**
 * A frequent Han character: in GB2312 level 1 (GBK lead byte B0–D7, trail A1–FE) or Big5 level 1
 * (常用字, lead byte A4–C6). Both encodings order characters by frequency, so this needs no table of our own.
 */
function isCommonHan(ch: string): boolean {
  let common = hanCommon.get(ch);
  if (common === undefined) {
    const gb = iconv().encode(ch, 'gbk');
    const b5 = iconv().encode(ch, 'big5');
    common = (gb.length === 2 && gb[0]! >= 0xb0 && gb[0]! <= 0xd7 && gb[1]! >= 0xa1) || (b5.length === 2 && b5[0]! >= 0xa4 && b5[0]! <= 0xc6);
    hanCommon.set(ch, common);
  }
  return common;
}

const WORD = /\p{L}+/gu;
const RUSSIAN_WORD = /^(?:[а-яё]+|[А-ЯЁ][а-яё]*)$/u;
const RUSSIAN_CAPS = /^[А-ЯЁ]+$/u;

/**
 * How much a decoding reads like ru/zh/en text, 0–1: the share of letters that are ASCII, Russian
 * words of a normal shape (lower case, Capitalised; ALL CAPS counts half — a KOI8-R/windows-1251
 * mix-up swaps case), frequent Han characters (rare ones count 0.2), accented Latin (0.5).
 */
export function languageScore(text: string): number {
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
      if (RUSSIAN_WORD.test(w)) good += w.length;
      else if (RUSSIAN_CAPS.test(w)) good += w.length / 2;
      continue;
    }
    for (const ch of w) {
      letters++;
      if (/[A-Za-z]/.test(ch)) good++;
      else if (/\p{Script=Han}/u.test(ch)) good += isCommonHan(ch) ? 1 : 0.2;
      else if (/[\u00C0-\u00FF]/.test(ch)) good += 0.5;
    }
  }
  return letters === 0 ? 0 : good / letters;
}

function guess(bytes: Uint8Array): DecodeResult {
  const sample = bytes.length > SAMPLE_BYTES ? bytes.subarray(0, SAMPLE_BYTES) : bytes;
  const prior = new Map<string, number>();
  for (const m of chardet().analyse(sample)) {
    const name = iconvName(m.name);
    if (name !== undefined && !prior.has(name)) prior.set(name, m.confidence);
  }
  const names = [...LEGACY, ...(bytes.length % 2 === 0 ? ['utf-16le', 'utf-16be'] : [])];
  // An even sample length keeps UTF-16 aligned.
  const candidates: Candidate[] = [];
  for (const encoding of names) {
    const text = decodeWith(sample, encoding);
    if (implausibility(text) >= 0.01) continue;
    const p = prior.get(encoding) ?? 0;
    // chardet's opinion is a small prior: it is unreliable on short texts and between
    // windows-1251/KOI8-R and GBK/Big5, which the language score tells apart.
    candidates.push({ encoding, prior: p, text, score: languageScore(text) + 0.1 * (p / 100) });
  }
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best || best.score < 0.5) return { ok: false, reason: 'cannot tell the text encoding (not UTF-8, and no ru/zh/en encoding decodes it to plausible text); pass --encoding; skipped' };
  const second = candidates[1]?.score ?? 0;
  // Confidence: how clearly the best decoding beats the next one.
  const confidence = Math.round(100 * Math.min(1, best.score) * Math.min(1, (best.score - second) / 0.3));
  const why = best.encoding.startsWith('utf-16') ? 'no byte order mark' : `confidence ${confidence}%`;
  const notices = confidence < CONFIDENT ? [`encoding guessed: ${best.encoding} (${why})`] : [];
  return { ok: true, text: sample === bytes ? best.text : decodeWith(bytes, best.encoding), encoding: best.encoding, notices };
}
