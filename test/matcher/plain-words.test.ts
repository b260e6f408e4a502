/**
 * Words with a digit that no pattern can match (order references, codes such as "AB12345") share
 * the numbers' analysis instead of being interned and stemmed one by one (PhraseMatcher.analyse,
 * WordTable.plainMiss) — unless a pattern could match them: an exact word, a prefix, a filler, or
 * a morph word whose keys have a digit.
 */
import { describe, expect, it } from 'vitest';
import { parsePattern } from '../../src/pattern/parse.js';
import { PhraseMatcher } from '../../src/pattern/matcher.js';
import { DEFAULT_FILLERS } from '../../src/text/fillers.js';
import { normalize } from '../../src/text/normalize.js';
import { tokenize } from '../../src/text/tokenize.js';
import { morphKeys } from '../../src/text/morphology.js';

const FILLERS = [...DEFAULT_FILLERS.ru, ...DEFAULT_FILLERS.en].map(normalize);
const LANGS = new Set(['ru', 'zh', 'en'] as const);

function matcherOf(patterns: string[]): PhraseMatcher {
  return new PhraseMatcher(patterns.map((p) => ({ group: 0, lang: null, parsed: parsePattern(p) })), [], FILLERS, {}, 1);
}
function found(m: PhraseMatcher, text: string): string[] {
  const normalized = normalize(text);
  return (m.match({ normalized, tokens: tokenize(normalized) }, LANGS)[0] ?? []).map((x) => text.slice(x.start, x.end));
}
const tableSize = (m: PhraseMatcher): number => (m as unknown as { table: { size: number } }).table.size;

describe('words with digits that no pattern can match', () => {
  it('are not interned: a reference in every turn does not grow the word table', () => {
    const m = matcherOf(['номер заказа', 'order number']);
    found(m, 'Ваш номер заказа AB00001, order number XY1.');
    const size = tableSize(m);
    for (let i = 0; i < 500; i++) expect(found(m, `Ваш номер заказа AB${10000 + i}, order number zx${i}q.`)).toEqual(['номер заказа', 'order number']);
    expect(tableSize(m)).toBe(size);
  });

  it('still match a pattern that names them: exact words, first or not, and prefixes', () => {
    const m = matcherOf(['=covid19 test', 'order ab1', 'ref*']);
    // (No morph word of these has a digit, so the shortcut is on.)
    expect((m as unknown as { digitKeys: boolean }).digitKeys).toBe(false);
    expect(found(m, 'A Covid19 test, order AB1, ref77 and refX2.')).toEqual(['Covid19 test', 'order AB1', 'ref77', 'refX2']);
  });

  it('match a morph word with a digit by its forms (then every such word is analysed)', () => {
    const m = matcherOf(['web3app']);
    expect((m as unknown as { digitKeys: boolean }).digitKeys).toBe(true);
    expect(found(m, 'Two web3apps and one Web3app.')).toEqual(['web3apps', 'Web3app']);
  });

  it('break a phrase as any other word does (no filler has a digit)', () => {
    // A filler is skipped inside a phrase: "ну" is a default Russian filler; none has a digit, so
    // a word with a digit between the two words breaks the phrase.
    const m = matcherOf(['номер заказа']);
    expect(found(m, 'номер ну заказа')).toEqual(['номер ну заказа']);
    expect(found(m, 'номер ab1 заказа')).toEqual([]);
  });
});

describe('morphological keys keep the start of the word (what PhraseMatcher.mayShareKeys relies on)', () => {
  // Seeded random words of Cyrillic or Latin letters, half of them with a suffix that the stemmers
  // and the ending bases remove or rewrite ("нн" undoubled anywhere after the first vowel,
  // "-ying" → "-i", "-ational" → "-ate"…), some with a hyphen.
  let seed = 20261207;
  const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  const alphabets = { ru: 'абвгдежзийклмнопрстуфхцчшщъыьэюя', en: 'abcdefghijklmnopqrstuvwxyz' };
  const suffixes = { ru: ['ами', 'ого', 'ость', 'ировать', 'ся', 'нн', 'нные', 'ий', 'ешь', 'ая', 'ивши', 'ейше'], en: ['ational', 'ies', 'ying', 'ing', 'ed', 'y', 'sses', 'eed', 'ization', 'ness', 'e', 'bli', 'll'] };
  it.each(['ru', 'en'] as const)('%s: keys of 3+ characters begin with the word’s first two, shorter ones with its first', (lang) => {
    const bad: string[] = [];
    for (let t = 0; t < 40000; t++) {
      const length = 1 + Math.floor(random() * 12);
      let word = '';
      for (let i = 0; i < length; i++) word += alphabets[lang][Math.floor(random() * alphabets[lang].length)];
      if (random() < 0.05 && word.length > 2) word = word.slice(0, 2) + '-' + word.slice(2);
      if (random() < 0.5) word += suffixes[lang][Math.floor(random() * suffixes[lang].length)]!;
      for (const k of morphKeys(word)) {
        if (k.length >= 3 ? !k.startsWith(word.slice(0, 2)) : k[0] !== word[0]) bad.push(`${word} → ${k}`);
      }
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });
});

describe('words whose start no pattern key has', () => {
  it('are not stemmed, and match as before', () => {
    const m = matcherOf(['не могу помочь', 'transfer']);
    // "помочь", "transfer" are morph words: their forms still match; an unknown name does not
    // get stemmed (its first two letters start no key).
    expect(found(m, 'Не могу помочь Жорику, transferred to Qwerty.')).toEqual(['Не могу помочь', 'transferred']);
    const may = (w: string): boolean => (m as unknown as { mayShareKeys(w: string): boolean }).mayShareKeys(w);
    expect([may('жорику'), may('qwerty'), may('помогу'), may('transferring')]).toEqual([false, false, true, true]);
  });

  it('are stemmed when a pattern key of two characters may be theirs', () => {
    // "uying" stems to "ui" (the y of "uy" becomes i): "uis" (→ "ui") is one of its forms,
    // though no key of three or more characters begins with "ui".
    expect(morphKeys('uying')).toContain('ui');
    expect(found(matcherOf(['uying']), 'uis')).toEqual(['uis']);
  });
});
