/** Scorecards: strict loading with located errors, the scoring formula, n/a conditions, auto-fail. */
import { describe, expect, it } from 'vitest';
import { checkScorecardRules, globToRegex, loadScorecard, parseScorecard, type Scorecard } from '../../src/scorecard/definition.js';
import { scoreCall, type CallInfo } from '../../src/scorecard/score.js';
import { loadPacks } from '../../src/packs/load.js';
import type { Diagnostic } from '../../src/types.js';

function card(yaml: string): Scorecard {
  const r = parseScorecard(yaml, 'card.yaml');
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.line}:${e.column}: ${e.message}`).join('\n'));
  return r.scorecard;
}

const CARD = card(`scorecard: t
sections:
  - id: opening
    items:
      - id: greeting
        rules: ["*/greeting"]
        weight: 2
      - id: name
        rules: ["ru/greeting-name"]
  - id: conduct
    items:
      - id: rude
        rules: ["ru/no-not-my-job", "ru/no-arguing"]
        autoFail: true
        weight: 0
      - id: apology
        rules: ["ru/apologize-on-complaint"]
        weight: 3
        na: {unlessTriggered: "ru/apologize-on-complaint"}
      - id: transfer
        rules: ["ru/max-one-transfer"]
        na: {unlessHit: "ru/transfer-*"}
`);

const d = (ruleId: string): Diagnostic => ({ ruleId, severity: 'warning', message: '', line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0, suggestions: [] });

// [name, diagnostics, call info, score, statuses greeting/name/rude/apology/transfer, autoFailed]
const cases: Array<[string, Diagnostic[], CallInfo, number, string, string[]]> = [
  ['clean call: apology and transfer n/a → 3/3', [], {}, 100, 'pass pass pass na na', []],
  ['greeting failed twice: 1/3', [d('ru/greeting'), d('ru/greeting')], {}, 33.3, 'fail pass pass na na', []],
  ['complaint triggered and the agent apologised: 6/6', [], { triggered: ['ru/apologize-on-complaint'] }, 100, 'pass pass pass pass na', []],
  ['a conditional diagnostic implies its trigger: 3/6', [d('ru/apologize-on-complaint')], {}, 50, 'pass pass pass fail na', []],
  ['auto-fail item failed → 0 whatever the rest', [d('ru/no-arguing')], {}, 0, 'pass pass fail na na', ['rude']],
  ['unlessHit: applicable once a transfer rule reported', [d('ru/transfer-count')], {}, 100, 'pass pass pass na pass', []],
  ['rules not checked on the call (another language) are n/a', [], { checked: ['zh/greeting'] }, 100, 'pass na na na na', []],
  ['nothing applicable → 100', [], { checked: [] }, 100, 'na na na na na', []],
];

describe('scoreCall', () => {
  it.each(cases)('%s', (_name, diagnostics, info, score, statuses, autoFailed) => {
    const r = scoreCall(CARD, diagnostics, info);
    expect(r.score).toBe(score);
    expect(r.items.map((i) => i.status).join(' ')).toBe(statuses);
    expect(r.autoFailItems).toEqual(autoFailed);
    expect(r.autoFailed).toBe(autoFailed.length > 0);
  });

  it('reports weights, hits, sections and why an item is n/a', () => {
    const r = scoreCall(CARD, [d('ru/greeting'), d('en/greeting')], { triggered: [] });
    expect(r).toMatchObject({ scorecard: 't', passedWeight: 1, applicableWeight: 3 });
    expect(r.items[0]).toEqual({ id: 'greeting', section: 'opening', weight: 2, status: 'fail', hits: 2, autoFail: false });
    expect(r.items[3]).toEqual({ id: 'apology', section: 'conduct', weight: 3, status: 'na', hits: 0, autoFail: false, reason: 'the condition of ru/apologize-on-complaint did not occur' });
  });
});

describe('loading scorecards', () => {
  it('rejects mistakes with file:line:column', () => {
    const r = parseScorecard(
      `scorecard: x
sections:
  - id: a
    items:
      - id: one
        rules: ["ru/greeting"]
        wieght: 2
      - id: one
        rules: ["ru/closing"]
      - id: two
        rules: []
        weight: -1
        na: {unlessTriggered: "x/y", unlessHit: "x/z"}
      - id: three
        rules: "Bad Id"
        autoFail: yes
`,
      'card.yaml',
    );
    expect(r.ok ? [] : r.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`)).toEqual([
      'card.yaml:7:9: unknown key "wieght" in item "one" (did you mean "weight"?)',
      'card.yaml:8:9: duplicate item id "one" (first defined on line 5)',
      'card.yaml:11:16: "rules" in item "two" must not be empty',
      'card.yaml:12:17: "weight" in item "two" must be a number ≥ 0, found number -1',
      'card.yaml:13:13: "na" of item "two" takes exactly one of: unlessTriggered, unlessHit, unlessSaid',
      'card.yaml:15:16: "rules" in item "three" lists rule ids or globs ("ru/greeting", "*/closing", "ru/greeting*"), found the text "Bad Id"',
      'card.yaml:16:19: "autoFail" in item "three" must be true or false, found the text "yes"',
    ]);
  });

  it('a missing file is a located error, not an exception', () => {
    const r = loadScorecard('no-such-scorecard.yaml');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]!.message).toMatch(/^cannot read scorecard: /);
  });

  it('globs: * is any run of characters, ? one', () => {
    expect(['ru/greeting', 'ru/greeting-name', 'zh/greeting', 'ru/closing'].filter((id) => globToRegex('ru/greeting*').test(id))).toEqual(['ru/greeting', 'ru/greeting-name']);
    expect(['ru/greeting', 'zh/greeting', 'zh/greeting-name'].filter((id) => globToRegex('*/greeting').test(id))).toEqual(['ru/greeting', 'zh/greeting']);
    expect(globToRegex('??/closing').test('en/closing')).toBe(true);
  });

  it('references to rules that do not exist are reported where they stand', () => {
    expect(checkScorecardRules(CARD, ['ru/greeting', 'ru/greeting-name', 'ru/no-not-my-job', 'ru/no-arguing', 'ru/max-one-transfer'])).toEqual([
      { file: 'card.yaml', line: 17, column: 17, message: '"ru/apologize-on-complaint" in item "apology" matches no loaded rule' },
      { file: 'card.yaml', line: 19, column: 31, message: '"ru/apologize-on-complaint" in item "apology" matches no loaded rule' },
      { file: 'card.yaml', line: 22, column: 25, message: '"ru/transfer-*" in item "transfer" matches no loaded rule' },
    ]);
  });

  it('the shipped default scorecard loads and every reference resolves against the shipped packs', () => {
    const r = loadScorecard('default');
    expect(r.ok).toBe(true);
    const packs = loadPacks(['ru', 'zh', 'en']);
    expect(packs.ok).toBe(true);
    if (!r.ok || !packs.ok) return;
    expect(r.scorecard.file).toBe('rules/scorecards/default.yaml');
    expect(checkScorecardRules(r.scorecard, packs.packs.flatMap((p) => p.rules.map((x) => x.id)))).toEqual([]);
    // every shipped rule is scored by exactly one item
    const ids = packs.packs.flatMap((p) => p.rules.map((x) => x.id));
    expect(ids.filter((id) => r.scorecard.items.filter((i) => i.rules.some((ref) => ref.regex.test(id))).length !== 1)).toEqual([]);
    // with only the Russian pack loaded, references to zh/ and en/ rules are not errors
    const ru = loadPacks(['ru']);
    expect(ru.ok && checkScorecardRules(r.scorecard, ru.packs.flatMap((p) => p.rules.map((x) => x.id)))).toEqual([]);
  });
});

describe('scores in the linter', () => {
  it('count only the findings that remain after inline directives', async () => {
    const { Linter } = await import('../../src/engine/linter.js');
    const { parsePack } = await import('../../src/packs/load.js');
    const pack = parsePack('pack: t\nlanguages: [en]\nrules:\n  - id: t/x\n    type: forbidden\n    severity: error\n    message: x\n    patterns: {en: [sorry]}\n', 't.yaml');
    if (!pack.ok) throw new Error('pack');
    const linter = new Linter({ packs: [pack.pack], scorecard: card('scorecard: s\nsections:\n  - id: a\n    items:\n      - id: x\n        rules: [t/x]\n') });
    const plain = linter.lintText('Sorry about that.\n', { filePath: 'a.md' });
    expect([plain.diagnostics.length, plain.calls?.[0]?.score?.score, plain.calls?.[0]?.hits]).toEqual([1, 0, { 't/x': 1 }]);
    const hidden = linter.lintText('<!-- talklint-disable-next-line t/x -->\nSorry about that.\n', { filePath: 'a.md' });
    expect([hidden.diagnostics.length, hidden.calls?.[0]?.score?.score, hidden.calls?.[0]?.hits]).toEqual([0, 100, {}]);
  });
});
