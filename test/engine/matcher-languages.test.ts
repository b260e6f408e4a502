/**
 * The linter compiles one matcher per set of call languages, when a call in those languages first
 * needs it, from the patterns of those languages and of any language. These tests check that it
 * changes no result: one linter used for calls in every order gives what a new linter gives for
 * each call alone, with the shipped packs and with patterns of any language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter, type LinterOptions } from '../../src/engine/linter.js';
import { loadPacks } from '../../src/packs/load.js';
import { pack, rows } from '../structure/helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const fixture = (p: string): string => readFileSync(join(ROOT, 'fixtures', 'calls', p), 'utf8');

/** Calls in Russian, Chinese, English, and in two languages at once. */
const TEXTS: Array<[string, string]> = [
  ['ru', fixture('ru/call-0001.txt')],
  ['zh', fixture('zh/call-0101.txt')],
  ['en', fixture('en/call-0201.txt')],
  ['ru2', fixture('ru/call-0002.txt')],
  [
    'ru+en',
    'Оператор: Здравствуйте, компания «Ромашка», меня зовут Анна.\nКлиент: Hello, I need help with my order.\nОператор: Я не знаю, где ваш заказ.\nКлиент: You must tell me now.\nОператор: I don\'t know, that is not possible.\n',
  ],
  ['zh+en', '客服：你好，请问有什么可以帮您？\n客户：I want a refund.\n客服：这是公司规定，你必须等待。\n客服：I don\'t know.\n'],
];

function resultsAlone(options: LinterOptions): Map<string, unknown> {
  return new Map(TEXTS.map(([name, text]) => [name, rows(new Linter(options).lintText(text).diagnostics)]));
}

function resultsShared(options: LinterOptions, order: ReadonlyArray<[string, string]>): Map<string, unknown> {
  const linter = new Linter(options);
  return new Map(order.map(([name, text]) => [name, rows(linter.lintText(text).diagnostics)]));
}

describe('one matcher per set of call languages', () => {
  const loaded = loadPacks(['ru', 'zh', 'en'], ROOT);
  if (!loaded.ok) throw new Error('shipped packs do not load');
  const shipped: LinterOptions = { packs: loaded.packs };

  it('gives every call what a linter of its own gives, in any order of calls (shipped packs)', () => {
    const alone = resultsAlone(shipped);
    // The calls find something in each language (the comparison is not of empty lists); the
    // first Russian call is a clean one.
    for (const [name] of TEXTS) if (name !== 'ru') expect((alone.get(name) as unknown[]).length, name).toBeGreaterThan(0);
    expect(alone.get('ru')).toEqual([]);
    expect(resultsShared(shipped, TEXTS)).toEqual(alone);
    expect(resultsShared(shipped, [...TEXTS].reverse())).toEqual(alone);
    expect(resultsShared(shipped, [...TEXTS.slice(3), ...TEXTS.slice(0, 3)])).toEqual(alone);
  });

  it('gives the same with the languages forced (--lang), one matcher for every call', () => {
    const forced: LinterOptions = { ...shipped, languages: ['ru', 'en'] };
    expect(resultsShared(forced, TEXTS)).toEqual(resultsAlone(forced));
  });

  it('matches a pattern of any language in a call of every language, next to the language patterns', () => {
    const p = pack(`  - id: t/any
    type: forbidden
    severity: error
    message: m
    patterns: ["okay", "окей"]
  - id: t/ru
    type: forbidden
    severity: warning
    message: m
    patterns:
      ru: ["ладно"]
      en: ["fine"]
`);
    const options: LinterOptions = { packs: [p], languages: undefined };
    const texts: Array<[string, string]> = [
      ['ru', 'Оператор: Окей, ладно, okay, оформим заказ на доставку.\n'],
      ['en', 'Agent: Okay, fine, окей, we will ship your order tomorrow morning.\n'],
      ['ru+en', 'Оператор: Окей, ладно, сейчас посмотрю ваш заказ.\nAgent: Okay, fine, let me check your order now.\n'],
    ];
    const linter = new Linter(options);
    const got = texts.map(([, text]) => linter.lintText(text).diagnostics.map((d) => `${d.ruleId} ${d.matchedText}`));
    expect(got).toEqual(texts.map(([, text]) => new Linter(options).lintText(text).diagnostics.map((d) => `${d.ruleId} ${d.matchedText}`)));
    expect(got[0]).toEqual(['t/any Окей', 't/ru ладно', 't/any okay']);
    expect(got[1]).toEqual(['t/any Okay', 't/ru fine', 't/any окей']);
    expect(got[2]).toEqual(['t/any Окей', 't/ru ладно', 't/any Okay', 't/ru fine']);
  });
});
