/**
 * CallContext.turnsWith: the turns a rule reading one pattern group loops over (those of its
 * scope with matches of the group, from the groups each turn matched; a window's turns when the
 * rule has one), in call order.
 */
import { describe, expect, it } from 'vitest';
import { CallContext, type AnalyzedTurn } from '../../src/engine/call-context.js';
import { analyzeText, type PhraseMatch } from '../../src/pattern/matcher.js';
import { LineIndex } from '../../src/text/positions.js';
import type { Call, Turn } from '../../src/types.js';
import { lint, rows } from '../structure/helpers.js';

describe('CallContext.turnsWith', () => {
  const match = (group: number): PhraseMatch => ({ group, lang: 'en', pattern: 'p', start: 0, end: 1, slots: {} });
  // Turns 0–5: agent, customer, agent, …; group 3 matched in turns 0, 1, 4; group 7 in turn 2.
  const turns: AnalyzedTurn[] = [0, 1, 2, 3, 4, 5].map((index) => {
    const lists: PhraseMatch[][] = [];
    const hits: number[] = [];
    const put = (g: number): void => {
      lists.push([match(g)]);
      hits.push(g);
    };
    if (index === 0 || index === 1 || index === 4) put(3);
    if (index === 2) put(7);
    return { turn: { index, role: index % 2 === 0 ? 'agent' : 'customer', speaker: index % 2 === 0 ? 'Agent' : 'Customer', text: 'x', start: 0, end: 1, line: index + 1 } as unknown as Turn, text: analyzeText('x'), hits, lists };
  });
  const call = (): CallContext => new CallContext({ turns: turns.map((t) => t.turn) } as unknown as Call, turns, new Set(['en']), 'x', new LineIndex('x'), []);
  const indexes = (ts: readonly AnalyzedTurn[]): number[] => ts.map((t) => t.turn.index);

  it('gives the turns of the scope with matches of the group, in call order', () => {
    const c = call();
    expect(indexes(c.turnsWith(3, 'any', undefined))).toEqual([0, 1, 4]);
    expect(indexes(c.turnsWith(3, 'agent', undefined))).toEqual([0, 4]);
    expect(indexes(c.turnsWith(3, 'customer', undefined))).toEqual([1]);
    expect(indexes(c.turnsWith(7, 'customer', undefined))).toEqual([]);
    expect(indexes(c.turnsWith(5, 'any', undefined))).toEqual([]);
  });

  it('gives every turn of the window when the rule has one', () => {
    const c = call();
    expect(indexes(c.turnsWith(3, 'agent', { first: 2 }))).toEqual([0, 2]);
    expect(indexes(c.turnsWith(3, 'any', { last: 2 }))).toEqual([4, 5]);
  });
});

describe('rules read through turnsWith', () => {
  // An operator's matches count as the group's matches (applyOperators notes the group).
  const RULES = `  - id: t/refund
    type: forbidden
    severity: warning
    message: "{{match}}"
    patterns:
      en: [{anyOf: ["money back", "chargeback"]}, {near: ["refund", "today"], words: 2}]
  - id: t/you
    type: forbidden
    severity: error
    speaker: customer
    message: "{{match}}"
    patterns: {en: ["thank you"]}
`;
  it('report operator matches, and only in the scope of the rule', () => {
    const text = 'Agent: Thank you. Your money back, no refund today.\nCustomer: Thank you, a chargeback then.\nAgent: Thank you.';
    expect(rows(lint(RULES, text).diagnostics).map((r) => [r[0], r[1], r[7]])).toEqual([
      ['t/refund', 1, 'money back'],
      ['t/refund', 1, 'refund today'],
      // The customer's chargeback is outside t/refund's scope (the agent, by default).
      ['t/you', 2, 'Thank you'],
    ]);
  });
});
