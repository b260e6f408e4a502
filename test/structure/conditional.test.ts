/** `conditional` rules: "if A then B within N turns / seconds", with exact positions. */
import { describe, expect, it } from 'vitest';
import { lint, packErrors, rows, type Row } from './helpers.js';

const APOLOGY = (within: string): string => `  - id: t/apology
    type: conditional
    severity: warning
    message: "«{{trigger}}»: no apology in {{window}}"
    if:
      speaker: customer
      patterns: {zh: [投诉, 不满意, 太差了], en: [complaint]}
    then:
      speaker: agent
      patterns: {zh: [抱歉, 对不起, 给您带来不便], en: [sorry]}
      within: ${within}
`;

const CALLBACK = `  - id: t/callback
    type: conditional
    severity: warning
    message: "callback without number: {{match}}"
    if:
      speaker: agent
      patterns: {ru: ["[я] [вам] перезвоню"], en: ["call you back"]}
    then:
      speaker: any
      patterns: {ru: ["по номеру", "ваш номер"], en: ["your number"]}
      within: {turns: 1}
      direction: around
`;

const TIMED = '[00:00] Customer: I have a complaint.\n[00:05] Agent: OK.\n[00:40] Agent: Sorry.';

const cases: Array<{ name: string; rule: string; text: string; expected: Row[]; triggered: string[] }> = [
  {
    name: 'complaint, no apology in the agent’s next two turns',
    rule: APOLOGY('{turns: 2}'),
    text: '客户：你们的服务太差了！\n客服：您好，请讲。\n客服：我们会处理。',
    expected: [['t/apology', 1, 9, 1, 12, 8, 11, '太差了', '«太差了»: no apology in the agent\'s next 2 turns']],
    triggered: ['t/apology'],
  },
  {
    name: 'apology in the second agent turn',
    rule: APOLOGY('{turns: 2}'),
    text: '客户：你们的服务太差了！\n客服：您好，请讲。\n客服：非常抱歉。',
    expected: [],
    triggered: ['t/apology'],
  },
  {
    name: 'Traditional Chinese trigger and response',
    rule: APOLOGY('{turns: 2}'),
    text: '客户：我要投訴！\n客服：對不起，給您帶來不便。',
    expected: [],
    triggered: ['t/apology'],
  },
  {
    name: 'customer turns in between do not count; the third agent turn is too late',
    rule: APOLOGY('{turns: 2}'),
    text: 'Customer: I have a complaint.\nAgent: OK.\nCustomer: Hello?\nAgent: Let me see.\nAgent: Sorry about that.',
    expected: [['t/apology', 1, 20, 1, 29, 19, 28, 'complaint', '«complaint»: no apology in the agent\'s next 2 turns']],
    triggered: ['t/apology'],
  },
  {
    name: 'no trigger, nothing to check',
    rule: APOLOGY('{turns: 2}'),
    text: 'Customer: Thanks.\nAgent: You are welcome.',
    expected: [],
    triggered: [],
  },
  {
    name: 'seconds window on a timed transcript: 40 − 5 > 30',
    rule: APOLOGY('{seconds: 30}'),
    text: TIMED,
    expected: [['t/apology', 1, 28, 1, 37, 27, 36, 'complaint', '«complaint»: no apology in 30 seconds after it']],
    triggered: ['t/apology'],
  },
  {
    name: 'seconds window wide enough',
    rule: APOLOGY('{seconds: 40}'),
    text: TIMED,
    expected: [],
    triggered: ['t/apology'],
  },
  {
    name: 'seconds and turns: a timed call uses seconds',
    rule: APOLOGY('{seconds: 30, turns: 2}'),
    text: TIMED,
    expected: [['t/apology', 1, 28, 1, 37, 27, 36, 'complaint', '«complaint»: no apology in 30 seconds after it']],
    triggered: ['t/apology'],
  },
  {
    name: 'seconds and turns: an untimed call uses turns',
    rule: APOLOGY('{seconds: 30, turns: 1}'),
    text: 'Customer: I have a complaint.\nAgent: Sorry.',
    expected: [],
    triggered: ['t/apology'],
  },
  {
    name: 'callback promised, number neither in the same turn nor one turn around',
    rule: CALLBACK,
    text: 'Оператор: Я вам перезвоню завтра.\nКлиент: Хорошо.',
    expected: [['t/callback', 1, 11, 1, 26, 10, 25, 'Я вам перезвоню', 'callback without number: Я вам перезвоню']],
    triggered: ['t/callback'],
  },
  {
    name: 'callback with the number in the same turn, after the promise',
    rule: CALLBACK,
    text: 'Оператор: Перезвоню вам по номеру 123.',
    expected: [],
    triggered: ['t/callback'],
  },
  {
    name: 'callback with the number one turn before (direction: around)',
    rule: CALLBACK,
    text: 'Agent: What is your number?\nAgent: OK, I will call you back.',
    expected: [],
    triggered: ['t/callback'],
  },
  {
    name: 'callback with the number two turns before: outside the window',
    rule: CALLBACK,
    text: 'Agent: What is your number?\nCustomer: 555.\nAgent: I\'ll call you back.',
    expected: [['t/callback', 3, 13, 3, 26, 55, 68, 'call you back', 'callback without number: call you back']],
    triggered: ['t/callback'],
  },
];

describe('conditional', () => {
  it.each(cases)('$name', ({ rule, text, expected, triggered }) => {
    const r = lint(rule, text, { calls: true });
    expect(rows(r.diagnostics)).toEqual(expected);
    expect(r.calls?.[0]?.triggered).toEqual(triggered);
  });

  it('a seconds-only window on a call without times: not checked, with a notice', () => {
    const r = lint(APOLOGY('{seconds: 30}'), 'Customer: I have a complaint.\nAgent: OK.', { calls: true });
    expect(r.diagnostics).toEqual([]);
    expect(r.notices).toEqual(['t/apology was not checked on this file: its window is 30 seconds, but the turns have no times (add "turns: N" to its "within")']);
    expect(r.calls?.[0]?.checked).toEqual([]);
  });

  it('must: not-occur reports each forbidden response in the window, once', () => {
    const rule = `  - id: t/no-hold
    type: conditional
    severity: warning
    message: "no «{{match}}» right before «{{trigger}}»"
    if:
      speaker: agent
      patterns: {en: ["transfer you"]}
    then:
      speaker: agent
      patterns: {en: ["hold on"]}
      must: not-occur
      within: {turns: 1}
      direction: before
`;
    const text = 'Agent: Hold on.\nCustomer: Fine.\nAgent: Wait. Hold on, I will transfer you.\nAgent: Hold on.';
    expect(rows(lint(rule, text).diagnostics)).toEqual([
      ['t/no-hold', 1, 8, 1, 15, 7, 14, 'Hold on', 'no «Hold on» right before «transfer you»'],
      ['t/no-hold', 3, 14, 3, 21, 45, 52, 'Hold on', 'no «Hold on» right before «transfer you»'],
    ]);
  });

  it('rejects bad if/then with file:line:column', () => {
    expect(
      packErrors(`  - id: t/c
    type: conditional
    severity: warning
    message: "x"
    if: {speaker: client, patterns: {en: [complaint]}}
    then: {patterns: {en: [sorry]}, within: {minutes: 2}}
`),
    ).toEqual([
      '8:19: "speaker" in "if" of rule "t/c" must be one of agent | customer | any, found "client"',
      '9:46: unknown key "minutes" in "within" of "then" in rule "t/c"; expected one of: turns, seconds',
      '9:45: "within" of "then" in rule "t/c" needs "turns: N" and/or "seconds: N"',
    ]);
  });
});
