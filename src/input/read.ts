/**
 * Bytes → text. In order:
 * 1. a forced encoding (`--encoding`, any iconv-lite name);
 * 2. a byte order mark (UTF-8, UTF-16LE, UTF-16BE);
 * 3. NUL bytes: UTF-16 without a BOM when they fall mostly on odd (LE) or even (BE) positions and
 *    the decoded text is plausible; otherwise the file is binary and skipped;
 * 4. valid UTF-8 (ASCII included);
 * 5. otherwise chardet proposes encodings, each candidate (plus the rest of its family: Cyrillic
 *    windows-1251/KOI8-R/IBM866/ISO-8859-5, Chinese GB18030/Big5, and UTF-16) is decoded with
 *    iconv-lite, candidates whose text is implausible (undecodable bytes, control characters,
 *    box-drawing, accented-Latin soup) are dropped, and chardet's confidence picks among the rest —
 *    except within the Cyrillic family, where the decoding with the most lower-case letters wins
 *    (chardet confuses windows-1251 and KOI8-R; in the wrong one, case is swapped). A guess below
 *    80% confidence is reported as a notice. Offsets everywhere are into the decoded text.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type DecodeResult = { ok: true; text: string; encoding: string; notices: string[] } | { ok: false; reason: string };

export interface DecodeOptions {
  /** Force an encoding (iconv-lite name). */
  encoding?: string | undefined;
}

/** Below this chardet confidence (percent), a guessed encoding is reported as a notice. */
export const CONFIDENT = 80;

const CYRILLIC_FAMILY = ['windows-1251', 'koi8-r', 'ibm866', 'iso-8859-5'];
const CHINESE_FAMILY = ['gb18030', 'big5'];

/** chardet's names → iconv-lite's. */
function iconvName(name: string): string | undefined {
  const n = name.toLowerCase();
  const mapped = n === 'gb18030' || n === 'gbk' || n === 'gb2312' ? 'gb18030' : n === 'ibm866' ? 'ibm866' : n;
  return iconv.encodingExists(mapped) ? mapped : undefined;
}

// What real text does not contain: undecodable bytes, controls, private use, unassigned code
// points, lone surrogates, box drawing and block elements (KOI8/CP866 pseudographics read wrongly).
const BAD = /[\uFFFD\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\u2500-\u259F\p{Co}\p{Cn}\p{Cs}]/gu;
const LATIN = /\p{Script=Latin}/gu;
const ACCENTED_LATIN = /[\u00C0-\u024F]/gu;
const CYR_UPPER = /[\u0410-\u042F\u0401]/gu;
const CYR_LOWER = /[\u0430-\u044F\u0451]/gu;

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

/** Share of Cyrillic letters that are lower case (Russian prose: most). */
export function lowerCaseShare(text: string): number {
  const lower = count(CYR_LOWER, text);
  const upper = count(CYR_UPPER, text);
  return lower + upper === 0 ? 0 : lower / (lower + upper);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  return stripBom(iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding));
}

function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | 'binary' | null {
  const n = Math.min(bytes.length, 65536);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  if (even + odd === 0) return null;
  const encoding = odd > even * 3 ? 'utf-16le' : even > odd * 3 ? 'utf-16be' : null;
  if (encoding === null || bytes.length % 2 !== 0) return 'binary';
  return implausibility(decodeWith(bytes.subarray(0, n - (n % 2)), encoding)) < 0.02 ? encoding : 'binary';
}

export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): DecodeResult {
  if (opts.encoding !== undefined) {
    if (!iconv.encodingExists(opts.encoding)) return { ok: false, reason: `unknown encoding "${opts.encoding}"` };
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
    // not UTF-8: guess below
  }
  return guess(bytes);
}

interface Candidate {
  encoding: string;
  confidence: number;
  text: string;
  bad: number;
}

function guess(bytes: Uint8Array): DecodeResult {
  const proposals = new Map<string, number>();
  for (const m of chardet.analyse(bytes).slice(0, 8)) {
    const name = iconvName(m.name);
    if (name !== undefined && !proposals.has(name) && !name.startsWith('utf')) proposals.set(name, m.confidence);
  }
  const names = [...proposals.keys()];
  if (names.some((n) => CYRILLIC_FAMILY.includes(n))) for (const n of CYRILLIC_FAMILY) if (!proposals.has(n)) proposals.set(n, 0);
  if (names.some((n) => CHINESE_FAMILY.includes(n))) for (const n of CHINESE_FAMILY) if (!proposals.has(n)) proposals.set(n, 0);
  if (bytes.length % 2 === 0) for (const n of ['utf-16le', 'utf-16be']) proposals.set(n, 0);

  const candidates: Candidate[] = [...proposals].map(([encoding, confidence]) => {
    const text = decodeWith(bytes, encoding);
    return { encoding, confidence, text, bad: implausibility(text) };
  });
  const plausible = candidates.filter((c) => c.bad < 0.01);
  if (plausible.length === 0) return { ok: false, reason: 'cannot tell the text encoding (not UTF-8, and no known encoding decodes it cleanly); pass --encoding; skipped' };
  const least = Math.min(...plausible.map((c) => c.bad));
  const pool = plausible.filter((c) => c.bad <= least + 0.002);
  // UTF-16 without NULs (pure CJK) only wins when nothing chardet proposed reads cleanly.
  const proposed = pool.filter((c) => !c.encoding.startsWith('utf-16'));
  const ranked = (proposed.length > 0 ? proposed : pool).sort((a, b) => b.confidence - a.confidence);
  let chosen = ranked[0]!;
  let tieBreak = '';
  if (CYRILLIC_FAMILY.includes(chosen.encoding)) {
    const cyr = ranked.filter((c) => CYRILLIC_FAMILY.includes(c.encoding));
    const best = cyr.reduce((a, b) => (lowerCaseShare(b.text) > lowerCaseShare(a.text) + 0.1 ? b : a), chosen);
    if (best !== chosen) {
      tieBreak = `, chosen over ${chosen.encoding} by letter case`;
      chosen = best;
    }
  }
  const notices = chosen.confidence < CONFIDENT || tieBreak !== '' ? [`encoding guessed: ${chosen.encoding} (confidence ${chosen.confidence}%${tieBreak})`] : [];
  return { ok: true, text: chosen.text, encoding: chosen.encoding, notices };
}
