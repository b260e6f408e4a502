/**
 * The pattern language (docs/packs.md, "Patterns") through the phrase matcher: each row is a
 * pattern, a text, and the exact [start, end) offsets (0-based UTF-16, into the original text)
 * of every match, with slot captures where the pattern has slots.
 */
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine/linter.js';
import { parsePack } from '../../src/packs/load.js';
import { parsePattern } from '../../src/pattern/parse.js';
import { PhraseMatcher, ROLE_BIT } from '../../src/pattern/matcher.js';
import { DEFAULT_FILLERS } from '../../src/text/fillers.js';
import { normalize } from '../../src/text/normalize.js';
import { tokenize } from '../../src/text/tokenize.js';
import type { ParsedPattern } from '../../src/pattern/ast.js';

const ALL_FILLERS = [...DEFAULT_FILLERS.ru, ...DEFAULT_FILLERS.zh, ...DEFAULT_FILLERS.en].map(normalize);

interface Found {
  span: [number, number];
  text: string;
  slots?: Record<string, string>;
}

function run(patterns: string[], text: string, variables: Record<string, string[]> = {}): Found[] {
  const vars: Record<string, ParsedPattern[]> = {};
  for (const [k, values] of Object.entries(variables)) vars[k] = values.map((v) => parsePattern(v));
  const matcher = new PhraseMatcher(
    patterns.map((p) => ({ group: 0, lang: null, parsed: parsePattern(p) })),
    [],
    ALL_FILLERS,
    vars,
    1,
  );
  const normalized = normalize(text);
  const found = matcher.match({ normalized, tokens: tokenize(normalized) }, new Set(['ru', 'zh', 'en'] as const))[0]!;
  // Leftmost-longest, never overlapping: what a rule reports (engine/call-context.ts).
  let lastEnd = -1;
  return found
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((m) => (m.start >= lastEnd ? ((lastEnd = m.end), true) : false))
    .map((m) => {
      const f: Found = { span: [m.start, m.end], text: text.slice(m.start, m.end) };
      if (Object.keys(m.slots).length > 0) f.slots = Object.fromEntries(Object.entries(m.slots).map(([k, [a, b]]) => [k, text.slice(a, b)]));
      return f;
    });
}

const span = (start: number, end: number, text: string, slots?: Record<string, string>): Found => ({ span: [start, end], text, ...(slots ? { slots } : {}) });

interface Row {
  what: string;
  patterns: string[];
  text: string;
  expected: Found[];
  variables?: Record<string, string[]>;
}

const ROWS: Row[] = [
  // word boundaries
  { what: 'Cyrillic word, not inside longer words', patterns: ['нет'], text: 'интернет нетто нет', expected: [span(15, 18, 'нет')] },
  { what: 'Cyrillic word after punctuation', patterns: ['ты'], text: 'тыква, ты?', expected: [span(7, 9, 'ты')] },
  { what: 'Latin word, not inside longer words', patterns: ['no'], text: 'know nothing, no', expected: [span(14, 16, 'no')] },
  { what: 'CJK inside a sentence without spaces', patterns: ['对不起'], text: '真的对不起啊', expected: [span(2, 5, '对不起')] },
  { what: 'CJK: 你 inside 你们 is still 你 (boundaries are characters)', patterns: ['你'], text: '你们', expected: [span(0, 1, '你')] },
  { what: 'digits next to Han', patterns: ['号 客服'], text: '1024号客服', expected: [span(4, 7, '号客服')] },
  // optional words and alternatives
  { what: 'optional word absent', patterns: ['[я] не знаю'], text: 'Не знаю.', expected: [span(0, 7, 'Не знаю')] },
  { what: 'optional word present', patterns: ['[я] не знаю'], text: 'Я не знаю.', expected: [span(0, 9, 'Я не знаю')] },
  { what: 'optional alternatives [a|b]', patterns: ['[я|мы] не знаем'], text: 'мы не знаем', expected: [span(0, 11, 'мы не знаем')] },
  { what: 'alternatives', patterns: ['добрый (день|вечер)'], text: 'Добрый вечер!', expected: [span(0, 12, 'Добрый вечер')] },
  { what: 'alternative of several words', patterns: ['(thank you|thanks) for calling'], text: 'Thank you for calling', expected: [span(0, 21, 'Thank you for calling')] },
  // gaps
  { what: 'gap of up to 2 words', patterns: ['мне ...2 неизвестно'], text: 'Мне это всё неизвестно', expected: [span(0, 22, 'Мне это всё неизвестно')] },
  { what: 'gap too long', patterns: ['мне ...1 неизвестно'], text: 'Мне это всё неизвестно', expected: [] },
  { what: 'fillers do not count towards a gap', patterns: ['мне ...1 неизвестно'], text: 'Мне это пока неизвестно', expected: [span(0, 23, 'Мне это пока неизвестно')] },
  { what: 'a filler phrase first in a gap is free', patterns: ['мне ...1 не известно'], text: 'Мне, к сожалению, ничего не известно', expected: [span(0, 36, 'Мне, к сожалению, ничего не известно')] },
  { what: 'gap in Chinese counts characters', patterns: ['你 ...3 错'], text: '你肯定填错了', expected: [span(0, 5, '你肯定填错')] },
  // slots
  {
    what: 'slot up to the end of the clause',
    patterns: ['вы должны {…}'],
    text: 'Вы должны заполнить заявление, а потом ждать',
    expected: [span(0, 29, 'Вы должны заполнить заявление', { slot: 'заполнить заявление' })],
  },
  {
    what: 'named slot followed by a word',
    patterns: ['(你|您) 有 {thing} 吗'],
    text: '你有身份证吗？',
    expected: [span(0, 6, '你有身份证吗', { thing: '身份证' })],
  },
  {
    what: 'slot skips a leading filler',
    patterns: ['you must {…}'],
    text: 'You must, um, sign here.',
    expected: [span(0, 23, 'You must, um, sign here', { slot: 'sign here' })],
  },
  {
    what: 'slot ends before a clause word where there is no punctuation',
    patterns: ['вы должны {…}'],
    text: 'вы должны заполнить заявление а потом ждать',
    expected: [span(0, 29, 'вы должны заполнить заявление', { slot: 'заполнить заявление' })],
  },
  { what: 'slot ends before a Chinese clause word', patterns: ['您必须 {…}'], text: '您必须先填写投保单然后去柜台', expected: [span(0, 9, '您必须先填写投保单', { slot: '先填写投保单' })] },
  { what: 'slot in Traditional script', patterns: ['您必须 {…}'], text: '您必須先填寫投保單。', expected: [span(0, 9, '您必須先填寫投保單', { slot: '先填寫投保單' })] },
  // the first two words of a match decide whether a phrase is tried at all: these must still match
  { what: 'alternatives first, filler second', patterns: ['(您|你) 有 {thing} 吗'], text: '您嗯有身份证吗', expected: [span(0, 7, '您嗯有身份证吗', { thing: '身份证' })] },
  { what: 'optional first word present', patterns: ['[请问] 有 什么'], text: '请问，有什么', expected: [span(0, 6, '请问，有什么')] },
  { what: 'optional first word absent', patterns: ['[请问] 有 什么'], text: '还有什么', expected: [span(1, 4, '有什么')] },
  { what: 'second word in another form', patterns: ['не знаю'], text: 'Не знали', expected: [span(0, 8, 'Не знали')] },
  { what: 'a comma between the first two words', patterns: ['не знаю'], text: 'не, знаю', expected: [span(0, 8, 'не, знаю')] },
  { what: 'second word after a sentence end: not a match', patterns: ['не знаю'], text: 'не! знаю', expected: [] },
  // anchors, prefixes, exact forms
  { what: '^ at the start of a turn and of a sentence', patterns: ['^нет'], text: 'Нет. У нас нет. Нет!', expected: [span(0, 3, 'Нет'), span(16, 19, 'Нет')] },
  { what: '^ after filler words only', patterns: ['^no'], text: 'Well, no. I know, no.', expected: [span(6, 8, 'no')] },
  { what: '^ after filler words only (Russian)', patterns: ['^нет'], text: 'Ну вот, нет. А нет.', expected: [span(8, 11, 'нет')] },
  { what: 'prefix*', patterns: ['перезвон*'], text: 'Перезвоните, я перезвоню, звоните', expected: [span(0, 11, 'Перезвоните'), span(15, 24, 'перезвоню')] },
  { what: '=exact has no other forms', patterns: ['=знаю'], text: 'знаем знаю', expected: [span(6, 10, 'знаю')] },
  { what: 'morphology by default for 4+ letters', patterns: ['не знаю'], text: 'не знаем', expected: [span(0, 8, 'не знаем')] },
  // variables
  { what: '${var} with several values', patterns: ['компания ${company}'], text: 'компания «Ромашка»', variables: { company: ['Лютик', 'Ромашка'] }, expected: [span(0, 17, 'компания «Ромашка')] },
  { what: '${var} of several words', patterns: ['${company}'], text: 'Банк Восток слушает', variables: { company: ['банк восток'] }, expected: [span(0, 11, 'Банк Восток')] },
  { what: 'a pattern whose variable is not set is skipped', patterns: ['${company}', 'слушает'], text: 'Банк Восток слушает', expected: [span(12, 19, 'слушает')] },
  // fillers
  { what: 'filler phrase inside', patterns: ['я не знаю'], text: 'я, честно говоря, не знаю', expected: [span(0, 25, 'я, честно говоря, не знаю')] },
  { what: 'two fillers inside', patterns: ['я не знаю'], text: 'я ну вот не знаю', expected: [span(0, 16, 'я ну вот не знаю')] },
  { what: 'a filler before the phrase is not part of it', patterns: ['я не знаю'], text: 'ну я не знаю', expected: [span(3, 12, 'я не знаю')] },
  { what: 'Chinese filler inside', patterns: ['我不清楚'], text: '我也不清楚', expected: [span(0, 5, '我也不清楚')] },
  { what: 'English filler inside', patterns: ["i don't know"], text: 'I, um, don’t know', expected: [span(0, 17, 'I, um, don’t know')] },
  // sentence ends
  { what: 'no match across a sentence end', patterns: ['не знаю'], text: 'Не. Знаю.', expected: [] },
  { what: 'no match across a Chinese full stop', patterns: ['对不起'], text: '对不。起', expected: [] },
  { what: 'a gap never crosses a sentence end', patterns: ['мне ...3 неизвестно'], text: 'Мне жаль. Это неизвестно', expected: [] },
  // normalisation
  { what: 'Traditional text, Simplified pattern', patterns: ['对不起'], text: '對不起', expected: [span(0, 3, '對不起')] },
  { what: 'Simplified 什么 meets Traditional 什麼', patterns: ['有什么'], text: '請問有什麼', expected: [span(2, 5, '有什麼')] },
  { what: 'full-width Latin', patterns: ['=ok'], text: 'ＯＫ，好的', expected: [span(0, 2, 'ＯＫ')] },
  { what: 'full-width digits', patterns: ['工号 1024'], text: '工号１０２４', expected: [span(0, 6, '工号１０２４')] },
  { what: 'ё = е', patterns: ['все'], text: 'Всё', expected: [span(0, 3, 'Всё')] },
  { what: "don't = dont = don’t", patterns: ["don't know"], text: "dont know. don’t know. don't know", expected: [span(0, 9, 'dont know'), span(11, 21, 'don’t know'), span(23, 33, "don't know")] },
  { what: 'ASR text without case or punctuation', patterns: ['добрый день'], text: 'алло добрый день компания ромашка', expected: [span(5, 16, 'добрый день')] },
  // numbers (analysed without the word cache when no phrase starts with one)
  { what: 'numbers around and inside a phrase', patterns: ['заказ ...2 не найден'], text: 'Заказ 4815162342 не найден, 108', expected: [span(0, 26, 'Заказ 4815162342 не найден')] },
  { what: 'a phrase that starts with a number', patterns: ['112 [служба]', 'в 10:30'], text: 'Звоните 112. Приеду в 10:30', expected: [span(8, 11, '112'), span(20, 27, 'в 10:30')] },
  { what: 'a prefix pattern of digits', patterns: ['8800*'], text: 'номер 88005553535 или 89001112233', expected: [span(6, 17, '88005553535')] },
  { what: 'a number slot', patterns: ['код {code}'], text: 'Ваш код 4321', expected: [span(4, 12, 'код 4321', { code: '4321' })] },
];

describe('phrase matcher', () => {
  it.each(ROWS)('$what: $patterns on «$text»', ({ patterns, text, expected, variables }) => {
    expect(run(patterns, text, variables)).toEqual(expected);
  });
});

describe('exceptions (a match overlapping an exception is not reported)', () => {
  const pack = parsePack(
    [
      'pack: t',
      'rules:',
      '  - id: t/neg',
      '    type: forbidden',
      '    severity: warning',
      '    message: "{{match}}"',
      '    speaker: any',
      '    patterns: {ru: ["=нет"], zh: ["不行"]}',
      '    exceptions: {ru: ["нет ли", "нет проблем"], zh: ["行不行"]}',
    ].join('\n'),
    't.yaml',
  );
  if (!pack.ok) throw new Error(pack.errors.map((e) => e.message).join('\n'));
  const linter = new Linter({ packs: [pack.pack] });

  it.each([
    ['Нет ли у вас карты? Нет проблем. Нет.', [[33, 36]]],
    ['нет проблем нет', [[12, 15]]],
    ['您看行不行？不行。', [[6, 8]]],
    ['行不行', []],
  ] as const)('%s → %j', (text, spans) => {
    const ds = linter.lintText(text).diagnostics;
    expect(ds.map((d) => [d.offset, d.endOffset])).toEqual(spans);
  });
});

describe('a start word with more candidate phrases than a mask holds', () => {
  // 40 phrases start with "please": beyond 31 candidates the matcher tries each in turn instead
  // of keeping a mask per next word; both must find the same matches, in the phrases' order.
  const patterns = Array.from({ length: 40 }, (_, k) => `please item${k}`);
  const many = new PhraseMatcher(
    [...patterns.map((p, k) => ({ group: k, lang: null, parsed: parsePattern(p) })), { group: 40, lang: null, parsed: parsePattern('please') }],
    [],
    ALL_FILLERS,
    {},
    41,
  );
  const groupsOf = (text: string): number[] => {
    const normalized = normalize(text);
    return many
      .match({ normalized, tokens: tokenize(normalized) }, new Set(['en'] as const))
      .flatMap((list, g) => list.map((m) => [g, m.start, m.end]))
      .map(([g]) => g!);
  };

  it.each([
    ['please item3 and please item35, please um item39. Please.', [3, 35, 39, 40, 40, 40, 40]],
    ['please item40 please', [40, 40]],
  ])('%s', (text, groups) => {
    expect(groupsOf(text).sort((a, b) => a - b)).toEqual(groups);
  });
});

describe('patterns are tried only in the turns of the roles that read them', () => {
  // Group 0 is read in agent turns, 1 in customer turns, 2 in every turn (the default).
  const byRole = new PhraseMatcher(
    [
      { group: 0, lang: null, parsed: parsePattern('no way'), roles: ROLE_BIT.agent },
      { group: 1, lang: null, parsed: parsePattern('no way'), roles: ROLE_BIT.customer },
      { group: 2, lang: null, parsed: parsePattern('way') },
    ],
    [{ group: 3, lang: null, regex: /\d{3}/g, roles: ROLE_BIT.agent | ROLE_BIT.customer }],
    ALL_FILLERS,
    {},
    4,
  );
  const groupsIn = (role: keyof typeof ROLE_BIT | null): number[] => {
    const normalized = normalize('No way, call 555.');
    const found = role === null ? byRole.match({ normalized }, new Set(['en'] as const)) : byRole.match({ normalized }, new Set(['en'] as const), ROLE_BIT[role]);
    return found.flatMap((list, g) => list.map(() => g));
  };

  it.each([
    ['agent', [0, 2, 3]],
    ['customer', [1, 2, 3]],
    ['unknown', [2]],
    [null, [0, 1, 2, 3]],
  ] as const)('a %s turn → groups %j', (role, groups) => {
    expect(groupsIn(role)).toEqual(groups);
  });
});

describe('the linter matches each rule in the turns its checks read', () => {
  // An agent-only forbidden rule, a conditional rule triggered by the customer and answered by
  // anyone, and a sequence whose stage reads every speaker: each still finds what it did when
  // every pattern was tried in every turn (exceptions included).
  const pack = parsePack(
    [
      'pack: t',
      'rules:',
      '  - id: t/no-way',
      '    type: forbidden',
      '    severity: warning',
      '    message: "{{match}}"',
      '    patterns: {en: ["no way"]}',
      '    exceptions: {en: ["no way back"]}',
      '  - id: t/apology',
      '    type: conditional',
      '    severity: warning',
      '    message: "no apology after {{trigger}}"',
      '    if: {speaker: customer, patterns: {en: [complaint]}}',
      '    then: {speaker: any, patterns: {en: [sorry]}, within: {turns: 1}, direction: after}',
      '  - id: t/flow',
      '    type: sequence',
      '    severity: warning',
      '    message: "{{problem}}"',
      '    stages:',
      '      - {name: hello, patterns: {en: [hello]}, position: first}',
      '      - {name: topic, speaker: any, patterns: {en: [invoice]}}',
    ].join('\n'),
    't.yaml',
  );
  if (!pack.ok) throw new Error(pack.errors.map((e) => e.message).join('\n'));
  const linter = new Linter({ packs: [pack.pack] });
  const found = (text: string): string[] => linter.lintText(text).diagnostics.map((d) => `${d.ruleId}@${d.line}`);

  it.each([
    // The customer's "no way" is not the agent's; the agent's is, unless it is "no way back".
    ['Agent: Hello.\nCustomer: No way, an invoice?\nAgent: No way back. No way.', ['t/no-way@3']],
    // A customer complaint answered by the customer's own "sorry" counts (speaker any).
    ['Agent: Hello.\nCustomer: I have a complaint.\nCustomer: Sorry, about the invoice.', []],
    ['Agent: Hello.\nCustomer: I have a complaint.\nAgent: The invoice is here.', ['t/apology@2']],
    // The agent's "complaint" is no trigger; the topic stage is found in the customer's turn.
    ['Agent: Hello, a complaint?\nCustomer: The invoice.', []],
    ['Customer: invoice\nAgent: Hello.', ['t/flow@2']],
  ] as const)('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
