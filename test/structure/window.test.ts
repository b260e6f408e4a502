/** `within:` windows by position: turns, seconds (with the no-times fallback) and percent. */
import { describe, expect, it } from 'vitest';
import { lint, packErrors, rows } from './helpers.js';

const SORRY = (within: string): string => `  - id: t/sorry
    type: forbidden
    severity: info
    message: "sorry"
    patterns: {en: [sorry]}
    within: ${within}
`;

// Turn times: agent 0–10, customer 10–20, agent 20–50, agent 50 (the last turn has no end: 50).
const TIMED = '[00:00] Agent: Hello, sorry.\n[00:10] Customer: sorry too.\n[00:20] Agent: sorry again.\n[00:50] Agent: sorry, bye.';
const UNTIMED = 'Agent: Hello, sorry.\nCustomer: sorry too.\nAgent: sorry again.\nAgent: sorry, bye.';

// [line, column, offset] of each reported "sorry"
const timedCases: Array<[string, Array<[number, number, number]>]> = [
  ['{first: 1}', [[1, 23, 22]]],
  ['{last: 1}', [[4, 16, 101]]],
  ['{firstSeconds: 15}', [[1, 23, 22]]],
  ['{lastSeconds: 30}', [[3, 16, 73], [4, 16, 101]]],
  ['{lastSeconds: 5}', [[3, 16, 73], [4, 16, 101]]], // the third turn lasts until 50
  ['{firstPercent: 50}', [[1, 23, 22], [3, 16, 73]]], // starts before 25 s
  ['{lastPercent: 10}', [[3, 16, 73], [4, 16, 101]]], // ends after 45 s
];

const untimedCases: Array<[string, Array<[number, number, number]>]> = [
  ['{firstPercent: 50}', [[1, 15, 14]]], // the first 2 of 4 turns; only one is the agent's
  ['{lastPercent: 25}', [[4, 8, 69]]], // the last 1 of 4 turns
  ['{firstSeconds: 15, fallback: {first: 2}}', [[1, 15, 14], [3, 8, 49]]],
];

describe('within windows', () => {
  it.each(timedCases)('timed call, within %s', (within, expected) => {
    const r = lint(SORRY(within), TIMED);
    expect(r.diagnostics.map((d) => [d.line, d.column, d.offset])).toEqual(expected);
    expect(r.notices).toEqual([]);
  });

  it.each(untimedCases)('untimed call, within %s', (within, expected) => {
    const r = lint(SORRY(within), UNTIMED);
    expect(r.diagnostics.map((d) => [d.line, d.column, d.offset])).toEqual(expected);
    expect(r.notices).toEqual([]);
  });

  it('a seconds window on a call without times and without fallback: rule not checked, notice', () => {
    const r = lint(SORRY('{firstSeconds: 15}'), UNTIMED, { calls: true });
    expect(r.diagnostics).toEqual([]);
    expect(r.notices).toEqual([
      't/sorry was not checked on this file: it looks at the first 15 seconds, but the turns have no times (add "fallback: {first: N}" to its "within")',
    ]);
    expect(r.calls?.[0]?.checked).toEqual([]);
  });

  const REQUIRED = `  - id: t/hello
    type: required
    severity: error
    message: "no hello in {{window}}"
    patterns: {en: [hello]}
    within: {firstSeconds: 15}
`;
  it('required + firstSeconds: greeting too late is reported at the window start', () => {
    expect(rows(lint(REQUIRED, '[00:00] Agent: Yes?\n[00:20] Agent: Hello.').diagnostics)).toEqual([
      ['t/hello', 1, 16, 1, 20, 15, 19, null, 'no hello in the first 15 seconds'],
    ]);
    expect(lint(REQUIRED, '[00:00] Agent: Yes?\n[00:14] Agent: Hello.').diagnostics).toEqual([]);
  });

  it('rejects bad windows with file:line:column', () => {
    const base = (w: string): string => `  - id: t/w\n    type: forbidden\n    severity: info\n    message: "x"\n    patterns: {en: [sorry]}\n    within: ${w}\n`;
    expect(packErrors(base('{first: 2, lastSeconds: 3}'))).toEqual(['9:13: "within" in rule "t/w" takes one of "first", "lastSeconds", not several']);
    expect(packErrors(base('{firstPercent: 120}'))).toEqual(['9:28: "firstPercent" in "within" in rule "t/w" must be a number above 0 and at most 100, found number 120']);
    expect(packErrors(base('{first: 2, fallback: {last: 1}}'))).toEqual(['9:24: "fallback" in "within" in rule "t/w" only goes with a seconds window (firstSeconds/lastSeconds): other windows always apply']);
    expect(packErrors(base('{firstSeconds: 9, fallback: {lastSeconds: 3}}'))).toEqual(['9:41: "fallback" of "within" in rule "t/w" must be a turn or percent window ({first: 2}, {lastPercent: 20}), since it is used when the call has no times']);
    expect(packErrors(base('{frist: 2}'))).toEqual(['9:14: unknown key "frist" in "within" in rule "t/w" (did you mean "first"?)', '9:13: "within" in rule "t/w" needs one of: first: N, last: N, firstSeconds: N, lastSeconds: N, firstPercent: N, lastPercent: N']);
  });
});
