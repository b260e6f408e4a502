/**
 * normalize, tokenize and detectLanguages run as table-driven scans on the hot path; their regex
 * forms are the definition. These tests hold the two together, character class by character
 * class (every BMP code point in several contexts, astral ranges, the shipped packs), so a
 * change to either side that the other does not follow fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguages, detectLanguagesOf, detectLanguagesWithRegex } from '../../src/text/language.js';
import { normalize, normalizeWithRegex, TABLE_CHARS, traditionalChars } from '../../src/text/normalize.js';
import { tokenize, tokenizeWithRegex } from '../../src/text/tokenize.js';
import { hasTraditional, hasTraditionalWithRegex } from '../../src/text/script-variant.js';

const SPECIAL_CASES = [
  'ΣΑΣ ΟΔΟΣ Σ σΣ aΣ. İΣ',
  'İstanbul ΣΑΣ',
  '𐐀𐐁 Deseret 𐐨',
  "Привет, ЁЛКА ＡＢＣ　‘quote’ `x` 對不起 什麼 麼 𠀀𠮷 \ud800 lone \udc00 ǅ 𝐀 Ⅻ",
  "don't что-то -x- a'' 'a a-'b 𠀀𠮷x 😀 a\u0301b 中\uFE0F文 … 。！ a...b it's  o'clock -- - ' a-b-c d'e'f",
  '\ufeffОператор: Я не знаю.\r\nКлиент: 你好！',
  '',
];
const packs = ['ru', 'zh', 'en'].map((p) => readFileSync(new URL(`../../rules/${p}.yaml`, import.meta.url), 'utf8'));

/**
 * Every BMP code unit alone, between letters, doubled, after Han, before an apostrophe; and the
 * same without the Han and the İ (which lower-cases to two units), for normalize's fast paths.
 */
function* bmpSamples(): Generator<string> {
  for (let c = 0; c < 0x10000; c += 1) {
    const ch = String.fromCharCode(c);
    yield `a${ch}b ${ch}${ch} 中${ch}'x-${ch}İ`;
    yield `A${ch}b ${ch}${ch}'x-${ch}`;
  }
}
function* astralSamples(): Generator<string> {
  for (let cp = 0x10000; cp < 0x30000; cp += 3) {
    const ch = String.fromCodePoint(cp);
    yield `a${ch}b ${ch}x${ch}`;
  }
}

describe('table-driven text functions equal their regex forms', () => {
  const all = (): string[] => [...SPECIAL_CASES, ...packs, ...bmpSamples(), ...astralSamples()];

  it('normalize', () => {
    const bad = all().filter((s) => normalize(s) !== normalizeWithRegex(s));
    expect(bad.slice(0, 3)).toEqual([]);
    expect(normalize('ЁЖ ＡＢ　對不起‘')).toBe("еж ab 对不起'");
  });

  it("normalize's fast-path class holds every BMP Han character and every full-width form", () => {
    const missing: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if ((/^\p{Script=Han}$/u.test(ch) || (c >= 0xff01 && c <= 0xff5e)) && !TABLE_CHARS.test(ch)) missing.push(c.toString(16));
    }
    expect(missing).toEqual([]);
  });

  it('tokenize', () => {
    const bad = all().filter((s) => JSON.stringify(tokenize(s)) !== JSON.stringify(tokenizeWithRegex(s)));
    expect(bad.slice(0, 3)).toEqual([]);
    expect(tokenize("я, не-знаю don't 中文").text).toEqual(['я', 'не-знаю', 'dont', '中', '文']);
  });

  it('hasTraditional', () => {
    const bad = all().filter((s) => hasTraditional(s) !== hasTraditionalWithRegex(s));
    expect(bad.slice(0, 3)).toEqual([]);
    // Every character of the table (BMP and astral), after text; each is Traditional.
    const { bmp, astral } = traditionalChars();
    const table = [...astral, ...[...bmp.keys()].filter((c) => bmp[c] === 1).map((c) => String.fromCharCode(c))].map((ch) => `ab ${ch}`);
    expect(astral.size).toBeGreaterThan(100);
    expect(table.filter((s) => !hasTraditional(s) || !hasTraditionalWithRegex(s))).toEqual([]);
    expect([hasTraditional('您必須先填寫'), hasTraditional('您必须先填写'), hasTraditional('')]).toEqual([true, false, false]);
  });

  it('detectLanguages', () => {
    const bad = all().filter((s) => JSON.stringify(detectLanguages(s)) !== JSON.stringify(detectLanguagesWithRegex(s)));
    expect(bad.slice(0, 3)).toEqual([]);
    expect(detectLanguages('Оператор: добрый день 您好')).toEqual(['ru', 'zh']);
    // Long runs of one script (the packed count moves its fields every 1,023 units).
    // On the 20 % line (1,000 of 5,000 letters is in, of 5,001 is out): exact counts or a flip.
    expect([detectLanguages('я'.repeat(4000) + 'a'.repeat(1000)), detectLanguages('я'.repeat(4001) + 'a'.repeat(1000))]).toEqual([['ru', 'en'], ['ru']]);
    for (const text of ['я'.repeat(5000) + 'a'.repeat(1200) + '中'.repeat(700), 'a'.repeat(3000) + 'я'.repeat(800), '中'.repeat(1023) + 'я'.repeat(1023 * 3) + '𠀀'.repeat(1500), ('Да, 好 ok. ').repeat(900)]) {
      expect(detectLanguages(text)).toEqual(detectLanguagesWithRegex(text));
    }
  });

  it('detectLanguagesOf a call of Latin-1 text only (no count: English when it has a Latin letter)', () => {
    // Each Latin-1 character alone and among digits and punctuation (most of them are no letter),
    // as one-byte strings and as parts of a call whose other turns are other scripts.
    const bad: string[] = [];
    for (let c = 0; c < 0x100; c++) {
      const ch = String.fromCharCode(c);
      for (const texts of [[ch], [`12 ${ch}.`, '-- 3:00'], ['', ch], [`${ch}`, 'Да'], ['你好', `${ch}${ch}`], [`${ch}x`, 'ааааааааа']]) {
        if (JSON.stringify(detectLanguagesOf(texts)) !== JSON.stringify(detectLanguagesWithRegex(texts.join('\n')))) bad.push(JSON.stringify(texts));
      }
    }
    expect(bad).toEqual([]);
    expect([detectLanguagesOf(['Hello', 'Hi']), detectLanguagesOf(['12:00', '...']), detectLanguagesOf([]), detectLanguagesOf(['ºª'])]).toEqual([['en'], [], [], ['en']]);
  });
});
