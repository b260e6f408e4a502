/**
 * The turn cache (src/engine/turn-cache.ts): a repeated turn is answered from the memo, and the
 * answer is what analysing it again would give — by text, languages and role, with operators
 * (which add matches to a turn's groups) working on copies. And CallContext.turnsWith, which
 * the rules loop over instead of every turn of their scope (from the groups each turn matched).
 */
import { describe, expect, it } from 'vitest';
import { CallContext, type AnalyzedTurn } from '../../src/engine/call-context.js';
import { Linter } from '../../src/engine/linter.js';
import { TurnCache } from '../../src/engine/turn-cache.js';
import { analyzeText, type PhraseMatch } from '../../src/pattern/matcher.js';
import { LineIndex } from '../../src/text/positions.js';
import type { Call, Turn } from '../../src/types.js';
import { pack, rows } from '../structure/helpers.js';

const groups = (n: number): PhraseMatch[][] => [[{ group: 0, lang: 'en', pattern: 'p', start: 0, end: n, slots: {} }]];

describe('TurnCache', () => {
  it('remembers a text the second time it is met, per kind', () => {
    const c = new TurnCache();
    const text = 'Agent: thank you for calling.';
    expect(c.get(text, 1)).toBeUndefined();
    c.set(text, 1, text.toLowerCase(), groups(1));
    // Once is not enough (one-off turns are not copied into the table).
    expect(c.get(text, 1)).toBeUndefined();
    const g = groups(2);
    c.set(text, 1, text.toLowerCase(), g);
    const hit = c.get(text, 1);
    expect(hit?.groups).toBe(g);
    expect(hit?.text.normalized).toBe(text.toLowerCase());
    // Another kind (languages, role) is another entry.
    expect(c.get(text, 2)).toBeUndefined();
    // An equal text that is another string object is the same entry.
    expect(c.get(['Agent:', 'thank you for calling.'].join(' '), 1)?.groups).toBe(g);
    expect([c.hits, c.misses]).toEqual([2, 3]);
  });

  it('tells apart texts whose hashes are equal', () => {
    // The hash reads at most 48 code units of a long text: these two differ in one it skips.
    const a = 'x' + 'abcdefghij'.repeat(10);
    const b = 'y' + 'abcdefghij'.repeat(10);
    const c = new TurnCache();
    c.get(a, 1);
    c.set(a, 1, a, groups(1));
    c.get(a, 1);
    c.set(a, 1, a, groups(1));
    expect(c.get(a, 1)).toBeDefined();
    expect(c.get(b, 1)).toBeUndefined();
  });

  it('keeps the normalised text of a turn that normalising left as it was', () => {
    const c = new TurnCache();
    const text = 'всего доброго 中';
    c.get(text, 1);
    c.set(text, 1, text, groups(1));
    c.get(text, 1);
    c.set(text, 1, text, groups(1));
    expect(c.get(text, 1)?.text.normalized).toBe(text);
  });

  it('does not remember very long turns', () => {
    const c = new TurnCache();
    const text = 'a'.repeat(5000);
    for (let i = 0; i < 3; i++) {
      c.get(text, 1);
      c.set(text, 1, text, groups(1));
    }
    expect(c.get(text, 1)).toBeUndefined();
  });
});

const OPERATOR_RULES = `  - id: t/refund
    type: forbidden
    severity: warning
    message: "{{match}}"
    patterns:
      en: ["no refund", {near: ["refund", "today"], words: 2}, {anyOf: ["money back", "chargeback"]}]
  - id: t/stages
    type: sequence
    severity: warning
    message: "{{problem}}"
    stages:
      - name: hello
        patterns: {en: [hello]}
      - name: offer
        patterns: {en: [{allOf: ["offer", "today"]}]}
  - id: t/you
    type: forbidden
    severity: error
    speaker: customer
    message: "{{match}}"
    patterns: {en: ["thank you"], ru: ["спасибо"]}
`;

// Turns said again and again, by both speakers, with operator matches in them.
const CALL = [
  'Agent: Hello, no refund today, but your money back is on its way.',
  'Customer: Thank you.',
  'Agent: Thank you.',
  'Agent: We offer it today. No refund today.',
  'Customer: Thank you.',
  'Agent: Hello, no refund today, but your money back is on its way.',
  'Agent: Thank you.',
].join('\n');

describe('Linter with the turn cache', () => {
  it('gives every repeat of a file the findings of a fresh linter, operators included', () => {
    const fresh = rows(new Linter({ packs: [pack(OPERATOR_RULES)] }).lintText(CALL, { filePath: 'a.txt' }).diagnostics);
    expect(fresh.length).toBeGreaterThan(5);
    const linter = new Linter({ packs: [pack(OPERATOR_RULES)] });
    const cache = (linter as unknown as { turnCache: TurnCache }).turnCache;
    const entries = (): string => JSON.stringify((cache as unknown as { entries: Array<{ groups: unknown } | undefined> }).entries.flatMap((e) => (e === undefined ? [] : [e.groups])));
    let remembered = '';
    for (let i = 0; i < 5; i++) {
      expect(rows(linter.lintText(CALL, { filePath: 'a.txt' }).diagnostics)).toEqual(fresh);
      if (i === 1) remembered = entries();
    }
    expect(cache.hits).toBeGreaterThan(20);
    // The operators' matches went into copies: what the memo holds has not grown.
    expect(remembered).toContain('money back');
    expect(entries()).toBe(remembered);
  });

  it('answers a turn by its role and its call’s languages', () => {
    const linter = new Linter({ packs: [pack(OPERATOR_RULES)] });
    const agent = 'Agent: Thank you.\n'.repeat(4);
    const customer = 'Customer: Thank you.\n'.repeat(4);
    const you = (text: string): number[] => linter.lintText(text).diagnostics.filter((d) => d.ruleId === 't/you').map((d) => d.line);
    expect(you(agent + agent)).toEqual([]);
    // The same text in a customer's turn: the customer rule applies.
    expect(you(customer)).toEqual([1, 2, 3, 4]);
    // The same text in a Russian call (English under a fifth of its letters): the English
    // patterns are not tried there, and the memo of the English calls must not answer for it.
    const russian = 'Клиент: Здравствуйте, подскажите, пожалуйста, когда будет доставка моего заказа на дом.\n'.repeat(3) + customer;
    expect(linter.lintText(russian).languages).toEqual(['ru']);
    expect(you(russian)).toEqual([]);
    expect(you(customer)).toEqual([1, 2, 3, 4]);
  });
});

describe('CallContext.turnsWith', () => {
  const match = (group: number): PhraseMatch => ({ group, lang: 'en', pattern: 'p', start: 0, end: 1, slots: {} });
  // Turns 0–5: agent, customer, agent, …; group 3 matched in turns 0, 1, 4; group 7 in turn 2.
  const turns: AnalyzedTurn[] = [0, 1, 2, 3, 4, 5].map((index) => {
    const groups: PhraseMatch[][] = [];
    const hits: number[] = [];
    const put = (g: number): void => {
      groups[g] = [match(g)];
      hits.push(g);
    };
    if (index === 0 || index === 1 || index === 4) put(3);
    if (index === 2) put(7);
    return { turn: { index, role: index % 2 === 0 ? 'agent' : 'customer', speaker: index % 2 === 0 ? 'Agent' : 'Customer', text: 'x', start: 0, end: 1, line: index + 1 } as unknown as Turn, text: analyzeText('x'), groups, hits };
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
