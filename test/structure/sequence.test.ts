/** `sequence` rules: stages missing, out of order, not first/last, repeated — with exact positions. */
import { describe, expect, it } from 'vitest';
import { lint, packErrors, rows, type Row } from './helpers.js';
import { longestOrderedRun } from '../../src/rules/sequence.js';

const RULE = `  - id: t/structure
    type: sequence
    severity: warning
    message: "{{problem}}"
    stages:
      - name: greeting
        patterns: {ru: ["здравствуйте"], zh: [您好], en: [hello]}
        position: first
      - name: need
        patterns: {ru: ["чем могу помочь"], zh: [有什么可以帮您], en: ["how can i help"]}
        optional: true
      - name: info
        patterns: {ru: ["стоимость"], zh: [价格], en: [price]}
        repeat: true
      - name: closing
        patterns: {ru: ["до свидания"], zh: [再见], en: [goodbye]}
        position: last
`;

const cases: Array<{ name: string; text: string; expected: Row[] }> = [
  {
    name: 'all stages in order (a customer mention does not count: stages are the agent’s)',
    text: 'Agent: Hello. How can I help?\nCustomer: The price?\nAgent: The price is 5.\nAgent: Goodbye.',
    expected: [],
  },
  {
    name: 'missing last stage: reported on the last turn, document-level',
    text: 'Agent: Hello. How can I help?\nAgent: The price is 5.',
    expected: [['t/structure', 2, 8, 2, 23, 37, 52, null, 'stage "closing" is missing']],
  },
  {
    name: 'first stage after another: reported at its match',
    text: 'Agent: How can I help?\nAgent: Hello, the price is 5. Goodbye.',
    expected: [['t/structure', 2, 8, 2, 13, 30, 35, 'Hello', 'stage "greeting" must come first, but "need" comes before it']],
  },
  {
    name: 'last stage followed by another: reported at its (last) match',
    text: 'Agent: Hello. Goodbye.\nAgent: The price is 5.',
    expected: [['t/structure', 1, 15, 1, 22, 14, 21, 'Goodbye', 'stage "closing" must come last, but "info" comes after it']],
  },
  {
    name: 'middle stages swapped: the later-declared one is early',
    text: 'Agent: Hello. The price is 5. How can I help? Goodbye.',
    expected: [['t/structure', 1, 19, 1, 24, 18, 23, 'price', 'stage "info" comes before "need", which should precede it']],
  },
  {
    name: 'a stage without repeat comes back after the next one began',
    text: 'Agent: Hello. How can I help?\nAgent: Hello again, the price is 5.\nAgent: Goodbye.',
    expected: [['t/structure', 2, 8, 2, 13, 37, 42, 'Hello', 'stage "greeting" comes back after "need" has begun']],
  },
  {
    name: 'Russian word forms (стоимости ~ стоимость) and ё/case',
    text: 'Оператор: Здравствуйте! Чем могу помочь?\nКлиент: Сколько стоит?\nОператор: Стоимости услуги 100 рублей.\nОператор: До свидания!',
    expected: [],
  },
  {
    name: 'Traditional Chinese: 再見 before 您好',
    text: '客服：再見！\n客服：您好，有什麼可以幫您？價格是五元。',
    expected: [
      ['t/structure', 1, 4, 1, 6, 3, 5, '再見', 'stage "closing" must come last, but "info" comes after it'],
      ['t/structure', 2, 4, 2, 6, 10, 12, '您好', 'stage "greeting" must come first, but "closing" comes before it'],
    ],
  },
  {
    name: 'optional stage absent: no finding',
    text: 'Agent: Hello. The price is 5.\nAgent: Goodbye.',
    expected: [],
  },
  {
    name: 'missing first stage: reported on the first turn',
    text: 'Agent: The price is 5.\nAgent: Goodbye.',
    expected: [['t/structure', 1, 8, 1, 23, 7, 22, null, 'stage "greeting" is missing']],
  },
];

describe('sequence', () => {
  it.each(cases)('$name', ({ text, expected }) => {
    expect(rows(lint(RULE, text).diagnostics)).toEqual(expected);
  });

  it('uses the message of the problem when given, with {{stage}} and {{other}}', () => {
    const rule = RULE.replace('    stages:', '    messages:\n      notLast: "«{{stage}}» не последний: после него «{{other}}»"\n    stages:');
    const r = lint(rule, 'Agent: Hello. Goodbye.\nAgent: The price is 5.');
    expect(rows(r.diagnostics)).toEqual([['t/structure', 1, 15, 1, 22, 14, 21, 'Goodbye', '«closing» не последний: после него «info»']]);
  });

  it('a missing middle stage is placed at the turn of the next stage found', () => {
    const rule = RULE.replace('        optional: true\n', '');
    const r = lint(rule, 'Agent: Hello.\nAgent: The price is 5.\nAgent: Goodbye.');
    expect(rows(r.diagnostics)).toEqual([['t/structure', 2, 8, 2, 23, 21, 36, null, 'stage "need" is missing']]);
  });

  it('words belong to one stage: overlapping matches go to the leftmost-longest', () => {
    const rule = `  - id: t/zh
    type: sequence
    severity: warning
    message: "{{problem}}"
    stages:
      - name: greeting
        position: first
        patterns: {zh: [您好]}
      - name: need
        optional: true
        patterns: {zh: [有什么可以帮您]}
      - name: closing
        position: last
        patterns: {zh: [还有什么可以帮您, 再见]}
`;
    // 有什么可以帮您 inside 还有什么可以帮您 is the closing's, so nothing follows the closing.
    expect(lint(rule, '客服：您好，有什么可以帮您？\n客户：查保单。\n客服：好的。还有什么可以帮您的吗？').diagnostics).toEqual([]);
    // Without the longer closing phrase the need would come after the closing.
    expect(rows(lint(rule, '客服：您好。再见。有什么可以帮您？').diagnostics)).toEqual([
      ['t/zh', 1, 7, 1, 9, 6, 8, '再见', 'stage "closing" must come last, but "need" comes after it'],
    ]);
  });

  it('the rule’s exceptions apply to every stage, and `within` limits the stages to the window', () => {
    const withException = RULE.replace('    stages:', '    exceptions: {en: ["say goodbye to"]}\n    stages:');
    // «say goodbye to» is not a closing, so the closing is missing (reported on the last turn)
    expect(rows(lint(withException, 'Agent: Hello. The price is 5. You can say goodbye to fees.').diagnostics)).toEqual([
      ['t/structure', 1, 8, 1, 59, 7, 58, null, 'stage "closing" is missing'],
    ]);
    const windowed = RULE.replace('    stages:', '    within: {first: 2}\n    stages:');
    // the goodbye in the third agent turn is outside the window
    expect(rows(lint(windowed, 'Agent: Hello.\nAgent: The price is 5.\nAgent: Goodbye.').diagnostics)).toEqual([
      ['t/structure', 3, 8, 3, 16, 44, 52, null, 'stage "closing" is missing'],
    ]);
  });

  it('keeps the longest run in declared order, preferring earlier stages', () => {
    expect(longestOrderedRun([1, 3, 2, 4])).toEqual([0, 1, 3]);
    expect(longestOrderedRun([5, 1, 2, 3])).toEqual([1, 2, 3]);
    expect(longestOrderedRun([2, 2, 1])).toEqual([0, 1]);
    expect(longestOrderedRun([])).toEqual([]);
  });

  it('rejects bad stages with file:line:column', () => {
    expect(
      packErrors(`  - id: t/s
    type: sequence
    severity: warning
    message: "{{problem}}"
    stages:
      - name: a
        patterns: {ru: ["здравствуйте"]}
        positon: first
      - name: a
        patterns: {ru: ["пока"]}
    messages:
      missing: "нет {{stag}}"
`),
    ).toEqual([
      '11:9: unknown key "positon" in stage "a" of rule "t/s" (did you mean "position"?)',
      '12:9: duplicate stage name "a" in rule "t/s"',
      '15:16: unknown placeholder {{stag}} in "missing" of "messages" of rule "t/s"; known: {{match}}, {{suggestion}}, {{stage}}, {{other}}, {{problem}}',
    ]);
  });
});
