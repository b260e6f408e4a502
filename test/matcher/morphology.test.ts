/**
 * Word forms: which forms of a pattern word match (src/text/morphology.ts through the phrase
 * matcher, so the 4-letter threshold for inflection and the word boundaries are part of it).
 * Each row is a pattern word and the text words it must / must not match.
 */
import { describe, expect, it } from 'vitest';
import { parsePattern } from '../../src/pattern/parse.js';
import { PhraseMatcher } from '../../src/pattern/matcher.js';
import { normalize } from '../../src/text/normalize.js';
import { tokenize } from '../../src/text/tokenize.js';
import { morphKeys, russianKeys } from '../../src/text/morphology.js';

function matches(pattern: string, text: string): boolean {
  const matcher = new PhraseMatcher([{ group: 0, lang: null, parsed: parsePattern(pattern) }], [], [], {}, 1);
  const normalized = normalize(text);
  const found = matcher.match({ normalized, tokens: tokenize(normalized) }, new Set(['ru', 'zh', 'en'] as const));
  return found[0]!.some((m) => m.start === 0 && m.end === text.length);
}

const MUST_MATCH: Array<[string, string[]]> = [
  // present, past, infinitive, 2nd person of one verb
  ['знаю', ['знаю', 'знаем', 'знает', 'знаете', 'знаешь', 'знают', 'знал', 'знала', 'знали', 'знать', 'Знаю', 'ЗНАЕМ']],
  // short adjectives with the fleeting vowel
  ['должен', ['должен', 'должна', 'должны', 'должно']],
  ['должны', ['должен', 'должна', 'должно']],
  ['нужен', ['нужна', 'нужно', 'нужны']],
  ['нужно', ['нужен', 'нужна']],
  ['обязаны', ['обязан', 'обязана']],
  // reflexive verbs
  ['занимаюсь', ['занимаемся', 'занимается', 'занимаются']],
  ['ошибаетесь', ['ошибаешься', 'ошибаются']],
  // nouns and adjectives
  ['компания', ['компании', 'компанию', 'компанией', 'компаний']],
  ['неизвестно', ['неизвестна', 'неизвестен', 'неизвестны']],
  ['невозможно', ['невозможна', 'невозможный']],
  ['понятия', ['понятие', 'понятий']],
  // ё = е, both ways
  ['ещё', ['еще', 'ЕЩЁ']],
  ['елка', ['ёлка', 'ёлки']],
  // English: Porter stems
  ['know', ['knows', 'knowing', 'KNOW']],
  ['transfer', ['transferring', 'transferred', 'transfers']],
  ['need', ['needs', 'needed']],
  ['impossible', ['impossibly']],
];

const MUST_NOT_MATCH: Array<[string, string[]]> = [
  // three-letter words are exact: no ending is stripped from them, and words never match inside words
  ['нет', ['нетто', 'интернет', 'нету', 'нета']],
  ['ты', ['тыква', 'тысяча', 'ты-то']],
  ['вы', ['вывод', 'выход']],
  ['мой', ['моя', 'мое']],
  // a shared prefix is not a shared stem
  ['знаю', ['знаком', 'знание', 'узнаю', 'знак']],
  ['нужен', ['нужда', 'нужник']],
  ['обязаны', ['обязательно']],
  ['неизвестно', ['известно']],
  ['должен', ['долг', 'долго']],
  // =exact turns morphology off
  ['=знаю', ['знаем', 'знает']],
  ['=перезвоните', ['перезвоню', 'перезвонить']],
  // English irregular forms are not derived
  ['know', ['known', 'knew', 'knowledge']],
  ['hello', ['hell', 'hellos-and-goodbyes']],
];

describe('morphology: forms that match', () => {
  it.each(MUST_MATCH.flatMap(([p, words]) => words.map((w) => [p, w] as const)))('%s ~ %s', (pattern, word) => {
    expect(matches(pattern, word)).toBe(true);
  });
});

describe('morphology: words that must stay apart', () => {
  it.each(MUST_NOT_MATCH.flatMap(([p, words]) => words.map((w) => [p, w] as const)))('%s ≁ %s', (pattern, word) => {
    expect(matches(pattern, word)).toBe(false);
  });
});

describe('morphology: keys', () => {
  it.each([
    ['знаю', ['знаю', 'зна']],
    ['должны', ['должны', 'должн', 'долж']],
    ['нет', ['нет']],
  ])('russianKeys(%s) = %j', (word, keys) => {
    expect(russianKeys(word).sort()).toEqual([...keys].sort());
  });

  it('Han and digits have no keys (matched character by character / exactly)', () => {
    expect(morphKeys('知')).toEqual([]);
    expect(morphKeys('1024')).toEqual([]);
  });
});
