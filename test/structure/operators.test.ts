/** Matching operators (near, notFollowedBy/notPrecededBy, allOf/anyOf) in any rule, with exact positions. */
import { describe, expect, it } from 'vitest';
import { lint, packErrors, rows } from './helpers.js';

const FORBIDDEN = (patterns: string): string => `  - id: t/op
    type: forbidden
    severity: warning
    message: "{{match}}"
    patterns:
      ${patterns}
`;

// [line, column, endLine, endColumn, offset, endOffset, matched text]
type Hit = [number, number, number, number, number, number, string];
const cases: Array<{ name: string; patterns: string; text: string; expected: Hit[] }> = [
  { name: 'near: 2 words between, allowed 2', patterns: 'ru: [{near: ["вернуть", "деньги"], words: 2}]', text: 'Оператор: Мы не можем вернуть вам ваши деньги.', expected: [[1, 23, 1, 46, 22, 45, 'вернуть вам ваши деньги']] },
  { name: 'near: 2 words between, allowed 1', patterns: 'ru: [{near: ["вернуть", "деньги"], words: 1}]', text: 'Оператор: Мы не можем вернуть вам ваши деньги.', expected: [] },
  { name: 'near: either order by default (Деньги: case folded)', patterns: 'ru: [{near: ["вернуть", "деньги"], words: 2}]', text: 'Оператор: Деньги мы можем вернуть завтра.', expected: [[1, 11, 1, 34, 10, 33, 'Деньги мы можем вернуть']] },
  { name: 'near ordered: B before A does not count', patterns: 'ru: [{near: ["вернуть", "деньги"], words: 2, ordered: true}]', text: 'Оператор: Деньги мы можем вернуть завтра.', expected: [] },
  { name: 'near across turns: reported at A', patterns: 'en: [{near: ["call you back", "number"], words: 4, acrossTurns: true}]', text: 'Agent: I will call you back.\nCustomer: My number is 555.', expected: [[1, 15, 1, 28, 14, 27, 'call you back']] },
  { name: 'near across turns: one word between, allowed 0', patterns: 'en: [{near: ["call you back", "number"], words: 0, acrossTurns: true}]', text: 'Agent: I will call you back.\nCustomer: My number is 555.', expected: [] },
  { name: 'near without acrossTurns stays in the turn', patterns: 'en: [{near: ["call you back", "number"], words: 4}]', text: 'Agent: I will call you back.\nCustomer: My number is 555.', expected: [] },
  { name: 'near stays inside a sentence', patterns: 'en: [{near: ["refund", "today"], words: 3}]', text: 'Agent: No refund. Today we are closed.', expected: [] },
  { name: 'notFollowedBy: «нет проблем» is fine, «нет, к сожалению» is not', patterns: 'ru: [{pattern: "нет", notFollowedBy: "проблем", words: 0}]', text: 'Оператор: Нет проблем. Нет, к сожалению.', expected: [[1, 24, 1, 27, 23, 26, 'Нет']] },
  { name: 'notPrecededBy', patterns: 'en: [{pattern: "problem", notPrecededBy: "no", words: 0}]', text: 'Agent: No problem. The problem is the card.', expected: [[1, 24, 1, 31, 23, 30, 'problem']] },
  { name: 'allOf: both in one turn, from the first to the last part', patterns: 'en: [{allOf: ["refund", "manager"]}]', text: 'Agent: A refund? Ask the manager.\nAgent: A refund.', expected: [[1, 10, 1, 33, 9, 32, 'refund? Ask the manager']] },
  { name: 'anyOf nested in near; the nearest B wins', patterns: 'en: [{near: [{anyOf: ["refund", "money back"]}, "today"], words: 3}]', text: 'Agent: Your money back is not possible today. Refund today.', expected: [[1, 13, 1, 45, 12, 44, 'money back is not possible today'], [1, 47, 1, 59, 46, 58, 'Refund today']] },
  { name: 'a list as an operand means any of them', patterns: 'en: [{near: [["refund", "money back"], "today"], words: 0}]', text: 'Agent: Refund today.', expected: [[1, 8, 1, 20, 7, 19, 'Refund today']] },
  { name: 'Chinese: a character is a word (4 between, allowed 2)', patterns: 'zh: [{near: [退款, 今天], words: 2}]', text: '客服：今天可以给您退款。', expected: [] },
  { name: 'Chinese: 4 between, allowed 4; Traditional text', patterns: 'zh: [{near: [退款, 今天], words: 4}]', text: '客服：今天可以給您退款。', expected: [[1, 4, 1, 12, 3, 11, '今天可以給您退款']] },
];

describe('operators', () => {
  it.each(cases)('$name', ({ patterns, text, expected }) => {
    expect(rows(lint(FORBIDDEN(patterns), text).diagnostics).map((r) => r.slice(1, 8))).toEqual(expected);
  });

  it('work in exceptions too', () => {
    const rule = `  - id: t/no
    type: forbidden
    severity: warning
    message: "{{match}}"
    patterns: {ru: ["=нет"]}
    exceptions: {ru: [{near: ["нет", "проблем"], words: 0}]}
`;
    expect(rows(lint(rule, 'Оператор: Нет проблем. Нет.').diagnostics).map((r) => r.slice(1, 8))).toEqual([[1, 24, 1, 27, 23, 26, 'Нет']]);
  });

  it('work in sequence stages (compiled into the same matcher)', () => {
    const rule = `  - id: t/s
    type: sequence
    severity: warning
    message: "{{problem}}"
    stages:
      - name: hello
        patterns: {en: [hello]}
      - name: offer
        patterns: {en: [{allOf: ["offer", "today"]}]}
`;
    expect(rows(lint(rule, 'Agent: We offer it today.\nAgent: Hello.').diagnostics).map((r) => [r[1], r[2], r[7], r[8]])).toEqual([
      [1, 11, 'offer it today', 'stage "offer" comes before "hello", which should precede it'],
    ]);
  });

  it('rejects malformed operators with file:line:column', () => {
    expect(packErrors(FORBIDDEN('en:\n        - {near: [sorry], words: 2}\n        - {pattern: "no", notFollowedBy: "problem", notPrecededBy: "yes"}\n        - {allOf: "x"}\n        - {near: [a, b], wrods: 2}'))).toEqual([
      '10:18: a "near" pattern of rule "t/op": "near" takes exactly two operands, [A, B], found a list',
      '11:11: a "pattern" pattern of rule "t/op": give exactly one of "notFollowedBy" or "notPrecededBy" with "pattern"',
      '12:19: a "allOf" pattern of rule "t/op": "allOf" takes a non-empty list of operands, found the text "x"',
      '13:26: unknown key "wrods" in a "near" pattern of rule "t/op" (did you mean "words"?)',
    ]);
  });
});
