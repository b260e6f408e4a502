/**
 * The encoding guess made fast without changing what it decides: implausibility and
 * languageScore read a table of code units instead of running regular expressions, and chardet is
 * asked only when its prior could change the outcome. Each is compared here with its reference —
 * the regular expressions themselves, and the guess with chardet always asked — on every BMP code
 * unit, on seeded random text and bytes, and on transcripts in every legacy encoding decoded every
 * way the guess tries.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/prng.mjs';
import { guessEncoding, implausibility, implausibilityWithRegex, languageScore, languageScoreWithRegex } from '../../src/input/read.js';

const RU = 'Оператор: Здравствуйте, компания «Ромашка», меня зовут Анна. Чем могу помочь?\nКлиент: Добрый день, у меня не работает интернет. ДОГОВОР № 12345.\nОператор: Я не знаю, ты перезвони завтра. Café au lait, naïve.\n';
const ZH = '客服：您好，欢迎致电蓝天保险，我是小王，请问有什么可以帮您？\n客户：你好，我想问一下保单的事情。\n客服：这个我不知道，你必须先填写投保单。\n';
const ZH_TW = '客服：您好，歡迎致電藍天保險，我是小陳，請問有什麼可以幫您？\n客戶：你好，我的保單怎麼還沒寄到？\n客服：這個我不知道，你必須自己去郵局查。\n';
const EN = "Agent: Thank you for calling Acme Energy, my name is José. How can I help you? Ça va, Müller.\nCustomer: Hi.\n";
const LEGACY = ['windows-1251', 'koi8-r', 'gb18030', 'big5', 'windows-1252', 'utf-16le', 'utf-16be'];

/** Pieces random text is made of: letters of every script the scores tell apart, and what they count as bad. */
const PIECES = [
  ...'abcXYZ',
  ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЁЖЯ',
  ...'您好请问欢迎歡迎請問麼龘齉',
  ...'éÀÿøŒžĀɏ',
  ' ', ' ', '.', ',', '\n', '1', '-', "'",
  '\uFFFD', '\u0001', '\u0085', '─', '█', '\uE000', '\u0378', // bad: replacement, controls, box drawing, private use, unassigned
  '\uD800', '\uDC00', // lone surrogates
  '𠀀', '𝐀', '\u{F0000}', '😀', // astral: Han, a letter, private use, a symbol
  'ー', 'ア', 'ㄅ', 'ﾊ', 'ǅ', // other letters
];

function randomText(rand: () => number, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += PIECES[Math.floor(rand() * PIECES.length)];
  return s;
}

/** A word-like random text: runs of one script, so that words of every shape occur. */
function randomWords(rand: () => number, words: number): string {
  const scripts = [PIECES.slice(0, 6), PIECES.slice(6, 46), PIECES.slice(46, 58), PIECES.slice(58, 66), PIECES.slice(66)];
  let s = '';
  for (let w = 0; w < words; w++) {
    const main = scripts[Math.floor(rand() * scripts.length)]!;
    const len = 1 + Math.floor(rand() * 7);
    for (let i = 0; i < len; i++) {
      const from = rand() < 0.9 ? main : PIECES;
      s += from[Math.floor(rand() * from.length)];
    }
    s += rand() < 0.8 ? ' ' : '';
  }
  return s;
}

describe('implausibility: the table gives what the regular expressions give', () => {
  it('on every BMP code unit alone', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (implausibility(ch) !== implausibilityWithRegex(ch)) differ.push(c);
    }
    expect(differ).toEqual([]);
  });

  it('on seeded random text (surrogate pairs, lone surrogates, accented-Latin soup)', () => {
    const rand = mulberry32(20261207);
    for (let k = 0; k < 3000; k++) {
      const s = k % 2 === 0 ? randomText(rand, 1 + Math.floor(rand() * 60)) : randomWords(rand, 1 + Math.floor(rand() * 12));
      const exact = implausibilityWithRegex(s);
      expect(implausibility(s), JSON.stringify(s)).toBe(exact);
      // With a limit it may stop early, but says the same on which side of the limit the text is.
      for (const limit of [0.01, 0.02, 0.3]) expect(implausibility(s, limit) >= limit, `${JSON.stringify(s)} at ${limit}`).toBe(exact >= limit);
    }
  });
});

describe('languageScore: the code-unit scan gives the same number as the regular expressions', () => {
  it('on seeded random words of every script and shape', () => {
    const rand = mulberry32(7);
    for (let k = 0; k < 3000; k++) {
      const s = k % 3 === 0 ? randomText(rand, 1 + Math.floor(rand() * 60)) : randomWords(rand, 1 + Math.floor(rand() * 15));
      expect(languageScore(s), JSON.stringify(s)).toBe(languageScoreWithRegex(s));
    }
  });

  it('on transcripts decoded right and wrong in every encoding the guess tries', () => {
    for (const text of [RU, ZH, ZH_TW, EN]) {
      for (const from of LEGACY) {
        const bytes = iconv.encode(text, from);
        for (const as of LEGACY) {
          const decoded = iconv.decode(bytes, as);
          expect(languageScore(decoded), `${from} read as ${as}`).toBe(languageScoreWithRegex(decoded));
        }
      }
    }
  });

  it('word shapes', () => {
    for (const w of ['Анна', 'анна', 'АННА', 'аННА', 'Ё', 'ёж', 'Ёж', 'ЁЖ', 'Аnna', 'abc', 'ABC', '您好', '龘', 'café', 'Я𠀀', '𠀀я', 'я𝐀', '', '123', 'аб-вг']) {
      expect(languageScore(w), w).toBe(languageScoreWithRegex(w));
    }
  });
});

describe('the guess asks chardet only when its prior could change the outcome', () => {
  const same = (bytes: Uint8Array, what: string): void => {
    expect(guessEncoding(bytes), what).toEqual(guessEncoding(bytes, true));
  };

  it('transcripts and short phrases in every legacy encoding (short ones are where chardet matters)', () => {
    const phrases = ['Алло', 'Спасибо', 'Добрый день', 'Ты кто', 'Клиент: да', 'Щас гляну', '请问有什么可以帮您', '不知道', '再見', '請問有什麼可以幫您', 'Café', 'naïve façade', 'Müller'];
    for (const text of [RU, ZH, ZH_TW, EN, ...phrases]) {
      for (const enc of LEGACY) {
        const bytes = iconv.encode(text, enc);
        // (UTF-8 input never reaches the guess; the comparison holds for any bytes anyway.)
        same(bytes, `${JSON.stringify(text)} in ${enc}`);
        same(bytes.subarray(0, Math.floor(bytes.length / 2)), `half of ${JSON.stringify(text)} in ${enc}`);
      }
    }
  });

  it('seeded random bytes and random text in random encodings', () => {
    const rand = mulberry32(99);
    for (let k = 0; k < 300; k++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(rand() * 200) }, () => (rand() < 0.5 ? 0x80 + Math.floor(rand() * 128) : 0x20 + Math.floor(rand() * 96)));
      same(bytes, `random bytes ${k}`);
      const text = randomWords(rand, 1 + Math.floor(rand() * 20)).replace(/[\uD800-\uDFFF]/g, '');
      const enc = LEGACY[Math.floor(rand() * LEGACY.length)]!;
      same(iconv.encode(text, enc), `random words ${k} in ${enc}`);
    }
  });

  it('a long transcript past the sample size decodes whole', () => {
    // (windows-1251 has no é: the Russian lines only.)
    const long = RU.split('\n').slice(0, 2).join('\n').repeat(400);
    const r = guessEncoding(iconv.encode(long, 'windows-1251'));
    expect(r.ok && [r.encoding, r.text === long, r.notices]).toEqual(['windows-1251', true, []]);
    same(iconv.encode(long, 'koi8-r'), 'long koi8-r');
  });
});
