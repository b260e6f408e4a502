/**
 * The matcher's scanner (pattern/word-table.ts) must split text exactly as `tokenize` does, and
 * give one id per distinct word: tested on the same samples as the text-equivalence test (every
 * BMP code unit in context, astral ranges, the shipped packs), with a table small enough that it
 * forgets words many times over, and with the shared id for numbers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TokenBuffer, WordTable } from '../../src/pattern/word-table.js';
import { normalize } from '../../src/text/normalize.js';
import { tokenize } from '../../src/text/tokenize.js';

const packs = ['ru', 'zh', 'en'].map((p) => readFileSync(new URL(`../../rules/${p}.yaml`, import.meta.url), 'utf8'));
const SPECIAL = [
  "don't что-то -x- a'' 'a a-'b 𠀀𠮷x 😀 a\u0301b 中\uFE0F文 … 。！ a...b it's  o'clock -- - ' a-b-c d'e'f",
  "o'clock oclock o'cl'ock 12 012 12-34 1'2 ١٢٣ 123456789012 7 x7 7x",
  '\ud800 lone \udc00 ǅ 𝐀 Ⅻ 𠀀 𠀀𠀀',
  '',
];
function* samples(): Generator<string> {
  yield* SPECIAL;
  yield* packs.map(normalize);
  for (let c = 0; c < 0x10000; c += 1) {
    const ch = String.fromCharCode(c);
    yield `a${ch}b ${ch}${ch} 中${ch}'x-${ch}`;
  }
  for (let cp = 0x10000; cp < 0x30000; cp += 7) {
    const ch = String.fromCodePoint(cp);
    yield `a${ch}b ${ch}x${ch}`;
  }
}

/** The scan of `s` as tokenize's shape, words read back from their ids. */
function scanned(table: WordTable<string>, buf: TokenBuffer, s: string): { text: string[]; start: number[]; end: number[]; flags: number[] } {
  table.scan(s, buf);
  const out = { text: [] as string[], start: [] as number[], end: [] as number[], flags: [] as number[] };
  for (let i = 0; i < buf.count; i++) {
    out.text.push(table.words[buf.ids[i]!]!);
    out.start.push(buf.start[i]!);
    out.end.push(buf.end[i]!);
    out.flags.push(buf.flags[i]!);
  }
  return out;
}

describe('word table scanner', () => {
  it('splits every sample as tokenize does, the word of each id being the token', () => {
    const analysed: string[] = [];
    // A tiny table: it forgets its words every few samples, which must not change a scan.
    const table = new WordTable<string>((w) => (analysed.push(w), `info:${w}`), 64);
    table.intern('permanent');
    table.freeze();
    const buf = new TokenBuffer();
    const bad: string[] = [];
    for (const s of samples()) {
      const a = scanned(table, buf, s);
      const b = tokenize(s);
      if (JSON.stringify(a) !== JSON.stringify(b)) bad.push(s);
      for (let i = 0; i < buf.count; i++) if (table.values[buf.ids[i]!] !== `info:${table.words[buf.ids[i]!]}`) bad.push(`value of ${s}`);
    }
    expect(bad.slice(0, 3)).toEqual([]);
    expect(table.words[0]).toBe('permanent');
    expect(table.intern('permanent')).toBe(0);
  });

  it('gives a word one id, found again without analysing it again', () => {
    const analysed: string[] = [];
    const table = new WordTable<number>((w) => analysed.push(w), 1000);
    const buf = new TokenBuffer();
    table.scan("Я не знаю, я НЕ знаю… don't dont 中文中", buf);
    const ids = [...buf.ids.subarray(0, buf.count)];
    // Я не знаю я НЕ знаю dont dont 中 文 中 (the text is scanned as given: not normalised here)
    expect(ids).toHaveLength(11);
    expect(ids[1]).toBe(table.intern('не'));
    expect(ids[2]).toBe(ids[5]);
    expect(ids[6]).toBe(ids[7]);
    expect(ids[8]).toBe(ids[10]);
    expect(analysed).toEqual(['Я', 'не', 'знаю', 'я', 'НЕ', 'dont', '中', '文']);
    expect([buf.start[6], buf.end[6]]).toEqual([22, 27]);
  });

  it('gives numbers it does not hold the shared number id, and the held ones their own', () => {
    const table = new WordTable<string>((w) => w, 1000);
    const held = table.intern('24');
    table.numberId = table.internWith('\u0000', 'number');
    table.freeze();
    const buf = new TokenBuffer();
    table.scan('24 25 7 24x 2-4 24', buf);
    expect([...buf.ids.subarray(0, buf.count)].map((id) => table.words[id])).toEqual(['24', '\u0000', '\u0000', '24x', '2-4', '24']);
    expect(buf.ids[0]).toBe(held);
    expect(table.size).toBe(4); // 24, the number word, 24x, 2-4: no number interned
  });

  it('keeps only its permanent words once over its limit, and their ids', () => {
    const table = new WordTable<string>((w) => w, 10);
    const keep = table.intern('keep');
    table.freeze();
    const buf = new TokenBuffer();
    table.scan(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '), buf);
    expect(table.size).toBe(31);
    table.scan('keep w3 х', buf);
    expect(table.size).toBe(3);
    expect(buf.ids[0]).toBe(keep);
    expect(table.words.slice(1)).toEqual(['w3', 'х']);
  });
});

describe('word table growth', () => {
  it('finds words interned after thousands of one-unit words (ids past the first hash array)', () => {
    const table = new WordTable<string>((w) => w, 100_000);
    const buf = new TokenBuffer();
    let han = '';
    for (let c = 0x4e00; c < 0x4e00 + 3000; c++) han += String.fromCharCode(c) + ' ';
    table.scan(han, buf);
    const words = Array.from({ length: 50 }, (_, i) => `слово${i}`).join(' ');
    table.scan(words, buf);
    const first = [...buf.ids.subarray(0, buf.count)];
    const size = table.size;
    table.scan(words, buf);
    expect([...buf.ids.subarray(0, buf.count)]).toEqual(first);
    expect(table.size).toBe(size);
    expect(table.seen(first[0]!)).toBe(true);
    table.scan('другое', buf);
    expect(table.seen(first[0]!)).toBe(false);
  });
});
