/**
 * The matcher's word table: every distinct word it has seen, interned as a small integer id with
 * its analysis (morphological keys, the phrases it can start, …) beside it, and a scanner that
 * splits normalised text into tokens exactly as `tokenize` does but writes ids and offsets into
 * reusable typed arrays. A turn is therefore matched without creating a string per token or
 * hashing one: the scanner hashes the characters as it passes them and compares them in place
 * with the interned word (a string is made only for a word seen for the first time).
 *
 * Bounded: once more than `maxWords` words are interned, the table forgets every word but the
 * permanent ones (those interned before `freeze`: the patterns' own words, fillers, clause words)
 * before the next text. Order numbers, sums and dates make most distinct tokens of a corpus of
 * calls; forgetting costs re-analysing its few thousand real words.
 */
import { AFTER_PUNCT, C_HAN, C_SENTENCE, C_SPACE, C_WORD, HAN, SENTENCE_START, bmpClass, classAt } from '../text/tokenize.js';
import { ownCopy } from '../text/own-copy.js';

/** The tokens of the text last scanned (valid until the next scan). */
export class TokenBuffer {
  count = 0;
  ids = new Int32Array(256);
  start = new Int32Array(256);
  end = new Int32Array(256);
  flags = new Uint8Array(256);

  constructor() {
    // The arrays are replaced once here, so that V8 never takes them for constants: optimised
    // code that embedded them would all be thrown away (scan, matchSparse, tryAt, … at once) the
    // first time a long turn grows them.
    this.ensure(512);
  }

  /** Room for `n` tokens (a text of n code units has at most n tokens). */
  ensure(n: number): void {
    if (n <= this.ids.length) return;
    const size = Math.max(n, this.ids.length * 2);
    this.ids = new Int32Array(size);
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
    this.flags = new Uint8Array(size);
  }
}

const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;

/** The hash of a word's code units, as the scanner computes it (apostrophes skipped). */
function hashOf(word: string): number {
  let h = 0;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c !== APOSTROPHE) h = (Math.imul(h, 31) + c) | 0;
  }
  return h;
}

/** Spreads a hash over the table's slots (murmur3's finaliser, first half). */
function spread(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

export class WordTable<T> {
  /** Id → word. */
  readonly words: string[] = [];
  /** Id → its analysis (made when a scan first meets the word; undefined before). */
  readonly values: T[] = [];
  private hashes = new Int32Array(1024);
  /** Id → number of the last scan that met the word (see `seen`). */
  private stamps = new Int32Array(1024);
  /** Number of the current scan (stamps of earlier scans are smaller). */
  private scans = 0;
  /** How many times the table has forgotten words (an id may then stand for another word). */
  generation = 0;
  /** Open addressing: id + 1, 0 = empty. Words of one code unit live in `single` instead. */
  private slots = new Int32Array(2048);
  private mask = 2047;
  /** Code unit → id of the one-unit word (every Han character, я, a, i), or -1. */
  private readonly single = new Int32Array(0x10000).fill(-1);
  private permanent = 0;
  /**
   * Id given to a token of ASCII digits that the table does not hold (-1: none; such tokens are
   * then interned like any word). The matcher sets it when a number it does not hold cannot match
   * any pattern word: such numbers then share one analysis and are never interned.
   */
  numberId = -1;
  /**
   * Whether a word the table does not hold shares the number analysis too (numberId; the matcher
   * says which: words with a digit that no pattern can match, such as "ab12345").
   */
  plainMiss: ((s: string, start: number, end: number) => boolean) | null = null;

  constructor(
    private readonly analyse: (word: string) => T,
    private readonly maxWords: number,
  ) {}

  get size(): number {
    return this.words.length;
  }

  /** The id of `word` (normalised, no apostrophes), interning it when new (analysed when first scanned). */
  intern(word: string): number {
    if (word.length === 1) {
      const id = this.single[word.charCodeAt(0)]!;
      return id >= 0 ? id : this.insert(word, 0);
    }
    const h = hashOf(word);
    for (let idx = spread(h) & this.mask; ; idx = (idx + 1) & this.mask) {
      const e = this.slots[idx]!;
      if (e === 0) return this.insert(word, h);
      if (this.hashes[e - 1] === h && this.words[e - 1] === word) return e - 1;
    }
  }

  /** Interns a word with a value of the caller's (not analysed), e.g. the shared number analysis. */
  internWith(word: string, value: T): number {
    const id = this.intern(word);
    this.values[id] = value;
    return id;
  }

  /** Words interned so far are kept for good (see the module comment). */
  freeze(): void {
    this.permanent = this.words.length;
  }

  /**
   * Splits `s` (normalised text) into tokens, as `tokenize` does, into `out`: each token's word id,
   * start and end offsets, and flags (SENTENCE_START, AFTER_PUNCT, HAN).
   */
  scan(s: string, out: TokenBuffer): void {
    if (this.words.length > this.maxWords) this.trim();
    const scanNo = ++this.scans;
    const n = s.length;
    out.ensure(n);
    const ids = out.ids;
    const starts = out.start;
    const ends = out.end;
    const flags = out.flags;
    let count = 0;
    let pending = SENTENCE_START | AFTER_PUNCT;
    let i = 0;
    while (i < n) {
      const c0 = s.charCodeAt(i);
      // The class as decided before (0: not yet, or a surrogate: classAt decides).
      let k = bmpClass[c0]!;
      if (k === 0) k = classAt(s, i, n);
      const cls = k & 7;
      const len = k & 8 ? 2 : 1;
      if (cls === C_SPACE) {
        i += len;
      } else if (cls === C_HAN) {
        ids[count] = len === 1 ? this.singleId(c0) : this.find(s, i, i + 2, (Math.imul(c0, 31) + s.charCodeAt(i + 1)) | 0, false);
        starts[count] = i;
        ends[count] = i + len;
        flags[count++] = pending | HAN;
        pending = 0;
        i += len;
      } else if (cls === C_WORD) {
        // W+ (['-] W+)*, hashed as it is passed (apostrophes are not part of the word).
        let j = i;
        let h = 0;
        let apostrophe = false;
        for (;;) {
          while (j < n) {
            const c = s.charCodeAt(j);
            const kc = bmpClass[c]!;
            if (kc === C_WORD) {
              h = (Math.imul(h, 31) + c) | 0;
              j++;
              continue;
            }
            if (kc !== 0) break;
            // Not decided yet, or a surrogate.
            const kj = classAt(s, j, n);
            if ((kj & 7) !== C_WORD) break;
            h = (Math.imul(h, 31) + c) | 0;
            if (kj & 8) {
              h = (Math.imul(h, 31) + s.charCodeAt(j + 1)) | 0;
              j += 2;
            } else j++;
          }
          if (j + 1 < n) {
            const c = s.charCodeAt(j);
            if ((c === APOSTROPHE || c === HYPHEN) && (classAt(s, j + 1, n) & 7) === C_WORD) {
              if (c === APOSTROPHE) apostrophe = true;
              else h = (Math.imul(h, 31) + c) | 0;
              j++;
              continue;
            }
          }
          break;
        }
        ids[count] = j - i === 1 ? this.singleId(s.charCodeAt(i)) : this.find(s, i, j, h, apostrophe);
        starts[count] = i;
        ends[count] = j;
        flags[count++] = pending;
        pending = 0;
        i = j;
      } else if (cls === C_SENTENCE) {
        pending |= SENTENCE_START | AFTER_PUNCT;
        i += len;
      } else {
        pending |= AFTER_PUNCT;
        i += len;
      }
    }
    out.count = count;
    const stamps = this.stamps;
    for (let k = 0; k < count; k++) stamps[ids[k]!] = scanNo;
  }

  /** Whether the text last scanned has a token of word `id`. */
  seen(id: number): boolean {
    return this.stamps[id] === this.scans;
  }

  private singleId(c: number): number {
    const id = this.single[c]!;
    if (id >= 0) return this.values[id] === undefined ? this.analysed(id) : id;
    if (this.numberId >= 0 && c >= 0x30 && c <= 0x39) return this.numberId;
    return this.analysed(this.insert(String.fromCharCode(c), 0));
  }

  /** The id of the word s[start, end) whose hash is h, interning it when new. */
  private find(s: string, start: number, end: number, h: number, apostrophe: boolean): number {
    const words = this.words;
    for (let idx = spread(h) & this.mask; ; idx = (idx + 1) & this.mask) {
      const e = this.slots[idx]!;
      if (e === 0) break;
      if (this.hashes[e - 1] === h && sameWord(words[e - 1]!, s, start, end, apostrophe)) return this.values[e - 1] === undefined ? this.analysed(e - 1) : e - 1;
    }
    if (this.numberId >= 0 && !apostrophe && (allDigits(s, start, end) || (this.plainMiss !== null && this.plainMiss(s, start, end)))) return this.numberId;
    const raw = s.slice(start, end);
    // A copy: a turn's normalised text is the file's own text when normalising changed nothing.
    return this.analysed(this.insert(ownCopy(apostrophe ? raw.replace(/'/g, '') : raw), h));
  }

  /** Analyses word `id` (interned but not yet met in a text); returns the id. */
  private analysed(id: number): number {
    this.values[id] = this.analyse(this.words[id]!);
    return id;
  }

  private insert(word: string, h: number): number {
    const id = this.words.length;
    this.words.push(word);
    this.values.push(undefined as T);
    // Indexed by id, like `words` (one-unit words included, so that ids stay dense).
    if (id >= this.hashes.length) {
      this.hashes = grown(this.hashes, id + 1);
      this.stamps = grown(this.stamps, id + 1);
    }
    if (word.length === 1) this.single[word.charCodeAt(0)] = id;
    else {
      this.hashes[id] = h;
      if ((id + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
      else this.place(id);
    }
    return id;
  }

  private place(id: number): void {
    let idx = spread(this.hashes[id]!) & this.mask;
    while (this.slots[idx] !== 0) idx = (idx + 1) & this.mask;
    this.slots[idx] = id + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let id = 0; id < this.words.length; id++) if (this.words[id]!.length !== 1) this.place(id);
  }

  /** Forgets every word interned after `freeze`. */
  private trim(): void {
    this.generation++;
    this.words.length = this.permanent;
    this.values.length = this.permanent;
    for (let c = 0; c < 0x10000; c++) if (this.single[c]! >= this.permanent) this.single[c] = -1;
    let size = 2048;
    while (size < this.permanent * 2) size *= 2;
    this.rehash(size);
  }
}

/** A copy of `a`, at least `min` long (doubling). */
function grown(a: Int32Array, min: number): Int32Array<ArrayBuffer> {
  let size = a.length * 2;
  while (size < min) size *= 2;
  const out = new Int32Array(size);
  out.set(a);
  return out;
}

/** Whether s[start, end) is ASCII digits only (a number no pattern names: see WordTable.numberId). */
function allDigits(s: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** Whether s[start, end) without its apostrophes is `word`. */
function sameWord(word: string, s: string, start: number, end: number, apostrophe: boolean): boolean {
  if (!apostrophe) {
    // A loop, not s.startsWith(word, start): words are a few characters, and the call into the
    // built-in costs more than comparing them here.
    if (word.length !== end - start) return false;
    for (let k = start, p = 0; k < end; k++, p++) if (word.charCodeAt(p) !== s.charCodeAt(k)) return false;
    return true;
  }
  let p = 0;
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c === APOSTROPHE) continue;
    if (p >= word.length || word.charCodeAt(p) !== c) return false;
    p++;
  }
  return p === word.length;
}
