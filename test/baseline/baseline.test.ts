/**
 * Baselines: recorded findings stay hidden after unrelated edits (lines inserted above, other
 * sentences changed), new ones are reported with exact positions, recorded ones that are gone are
 * listed; counts are a multiset; the file format is validated with clear errors.
 */
import { describe, expect, it } from 'vitest';
import { BaselineComparison, baselineFileKey, createBaseline, parseBaseline, serializeBaseline, type Baseline } from '../../src/api/baseline.js';
import { hashParts } from '../../src/engine/fingerprint.js';
import { lintBytes } from '../../src/api/lint-files.js';
import type { FileResult } from '../../src/types.js';
import { testLinter } from '../formatters/pack.js';

const linter = testLinter();
const lint = (text: string, file = 'scripts/a.txt'): FileResult => lintBytes(linter, new TextEncoder().encode(text), file, { input: { labels: linter.labels } });
const at = (r: FileResult): string[] => r.diagnostics.map((d) => `${d.ruleId} ${d.line}:${d.column}`);
const compare = (b: Baseline, r: FileResult): FileResult => new BaselineComparison(b, '/p', '/p').apply(r);

const V1 = "Hello, I'm gonna check.\n\nI don't know, basically.\n";

describe('baseline entries', () => {
  it('one entry per rule and fingerprint, file relative to the baseline folder, sorted', () => {
    const b = createBaseline([lint(V1)], '/p', '/p');
    expect(b).toEqual({
      version: 1,
      entries: [
        { ruleId: 't/filler', file: 'scripts/a.txt', hash: hashParts(['t/filler', '', 'basically', 'i dont know', '']), count: 1 },
        { ruleId: 't/no-dont-know', file: 'scripts/a.txt', hash: hashParts(['t/no-dont-know', '', 'i dont know', '', 'basically']), count: 1 },
        { ruleId: 't/no-slang', file: 'scripts/a.txt', hash: hashParts(['t/no-slang', '', 'gonna', 'hello im', 'check']), count: 1 },
      ],
    });
  });

  it('identical findings are counted', () => {
    const b = createBaseline([lint('Hello.\n\nI wanna go.\n\nI wanna go.\n')], '/p', '/p');
    expect(b.entries.map((e) => [e.ruleId, e.count])).toEqual([['t/no-slang', 2]]);
  });

  it('paths: posix, relative to the baseline file folder, ../ when outside it', () => {
    expect(baselineFileKey('scripts/a.txt', '/p', '/p')).toBe('scripts/a.txt');
    expect(baselineFileKey('scripts/a.txt', '/p', '/p/.talklint')).toBe('../scripts/a.txt');
    expect(baselineFileKey('/q/b.md', '/p', '/p')).toBe('../q/b.md');
    expect(baselineFileKey('<stdin>', '/p', '/p')).toBe('<stdin>');
  });

  it('serialises deterministically, one entry per line, and parses back', () => {
    const b = createBaseline([lint(V1, 'b.txt'), lint(V1, 'a.txt')], '/p', '/p');
    const text = serializeBaseline(b);
    expect(text.split('\n').slice(0, 4)).toEqual(['{', '  "version": 1,', '  "entries": [', `    {"ruleId":"t/filler","file":"a.txt","hash":"${b.entries[0]!.hash}","count":1},`]);
    expect(parseBaseline(text, 'b.json')).toEqual({ ok: true, baseline: b });
    expect(serializeBaseline({ version: 1, entries: [] })).toBe('{\n  "version": 1,\n  "entries": []\n}\n');
  });
});

describe('comparing with a baseline', () => {
  const baseline = createBaseline([lint(V1)], '/p', '/p');

  it('after lines are inserted above, only the new finding is reported, at its new place', () => {
    const v2 = 'Good morning.\nA new first paragraph, I wanna add.\n\n' + V1;
    const r = compare(baseline, lint(v2));
    expect(at(r)).toEqual(['t/no-slang 2:26']);
    expect(r.baseline).toEqual({ hidden: 3, gone: [] });
    expect([r.errorCount, r.warningCount, r.infoCount]).toEqual([1, 0, 0]);
    expect(r.notices).toEqual([]);
  });

  it('changing another sentence of the same paragraph keeps the entries', () => {
    const r = compare(baseline, lint("Hello, I'm gonna check. Please hold the line.\n\nI don't know, basically. Sorry about that.\n"));
    expect(at(r)).toEqual([]);
    expect(r.baseline!.hidden).toBe(3);
  });

  it('fixed findings are listed as gone, with a notice', () => {
    const r = compare(baseline, lint("Hello, I'm going to check.\n\nI don't know, basically.\n"));
    expect(at(r)).toEqual([]);
    expect(r.baseline).toEqual({ hidden: 2, gone: [{ ruleId: 't/no-slang', hash: baseline.entries[2]!.hash, count: 1 }] });
    expect(r.notices).toEqual(['baseline: 1 recorded finding no longer occurs (t/no-slang); update the baseline with --baseline-write']);
  });

  it('rewording the words around a finding makes it new (and the old one gone)', () => {
    const r = compare(baseline, lint("Hello, I'm gonna look.\n\nI don't know, basically.\n"));
    expect(at(r)).toEqual(['t/no-slang 1:12']);
    expect(r.baseline!.gone.map((g) => g.ruleId)).toEqual(['t/no-slang']);
  });

  it('multiset: 2 recorded, 3 present → the third is reported; 1 present → 1 gone', () => {
    const two = createBaseline([lint('Hello.\n\nI wanna go.\n\nI wanna go.\n')], '/p', '/p');
    const three = compare(two, lint('Hello.\n\nI wanna go.\n\nI wanna go.\n\nI wanna go.\n'));
    expect(at(three)).toEqual(['t/no-slang 7:3']);
    const one = compare(two, lint('Hello.\n\nI wanna go.\n'));
    expect(at(one)).toEqual([]);
    expect(one.baseline!.gone).toEqual([{ ruleId: 't/no-slang', hash: two.entries[0]!.hash, count: 1 }]);
    expect(one.notices[0]).toBe('baseline: 1 recorded finding no longer occurs (t/no-slang); update the baseline with --baseline-write');
  });

  it('whole-call findings are keyed by rule and call, so they survive edits', () => {
    const b = createBaseline([lint('Bye.\n')], '/p', '/p');
    expect(b.entries.map((e) => e.ruleId)).toEqual(['t/greeting']);
    expect(at(compare(b, lint('\n\nSee you.\n')))).toEqual([]);
  });

  it('transcripts: the call id is part of the key', () => {
    const csv = (id: string): string => `call_id,speaker,text\n${id},Agent,Hello I wanna help.\n`;
    const b = createBaseline([lint(csv('C-1'), 'calls.csv')], '/p', '/p');
    expect(at(compare(b, lint(csv('C-1'), 'calls.csv')))).toEqual([]);
    expect(at(compare(b, lint(csv('C-2'), 'calls.csv')))).toEqual(['t/no-slang 2:19']);
  });

  it('escaped JSON turns (mapped positions): each finding gets the words around its own place', () => {
    const json = '{"segments": [{"start": 0, "end": 2.5, "speaker": "Agent", "text": "Hello, I \\"wanna\\" go. Then I wanna stay."}]}';
    const r = lint(json, 'call.json');
    expect(r.diagnostics.map((d) => [d.ruleId, d.line, d.column])).toEqual([['t/no-slang', 1, 80], ['t/no-slang', 1, 99]]);
    expect(r.diagnostics.map((d) => d.fingerprint)).toEqual([
      hashParts(['t/no-slang', '', 'wanna', 'hello i', 'go']),
      hashParts(['t/no-slang', '', 'wanna', 'then i', 'stay']),
    ]);
  });

  it('other files are untouched; a file not in the baseline reports everything', () => {
    const r = compare(baseline, lint(V1, 'scripts/other.txt'));
    expect(at(r)).toEqual(['t/no-slang 1:12', 't/no-dont-know 3:1', 't/filler 3:15']);
    expect(r.baseline).toEqual({ hidden: 0, gone: [] });
  });
});

describe('reading a baseline file', () => {
  const hash = 'a'.repeat(64);
  const table: Array<[string, string, string]> = [
    ['not JSON (placed where the parser says)', '{"version": 1,\n  "entries": [1 2]}', 'b.json:2:17: the baseline is not valid JSON ('],
    ['empty', '', 'b.json: the baseline is not valid JSON ('],
    ['not an object', '[]', 'b.json: a baseline is a JSON object {"version": 1, "entries": [...]}; write a new baseline with --baseline-write'],
    ['another version', '{"version": 2, "entries": []}', 'b.json: unsupported baseline version 2 (this talklint reads version 1); write a new baseline with --baseline-write'],
    ['entries missing', '{"version": 1}', 'b.json: "entries" must be an array; write a new baseline with --baseline-write'],
    ['an entry not an object', '{"version": 1, "entries": [1]}', 'b.json: entries[0] must be an object {ruleId, file, hash, count}; write a new baseline with --baseline-write'],
    ['no rule id', `{"version": 1, "entries": [{"file": "a", "hash": "${hash}", "count": 1}]}`, 'b.json: entries[0].ruleId must be a rule id'],
    ['a bad hash', '{"version": 1, "entries": [{"ruleId": "r/x", "file": "a", "hash": "xyz", "count": 1}]}', 'b.json: entries[0].hash must be 64 hex digits (a sha256)'],
    ['a zero count', `{"version": 1, "entries": [{"ruleId": "r/x", "file": "a", "hash": "${hash}", "count": 1}, {"ruleId": "r/x", "file": "a", "hash": "${hash}", "count": 0}]}`, 'b.json: entries[1].count must be a whole number ≥ 1'],
  ];
  it.each(table)('%s', (_name, text, message) => {
    const r = parseBaseline(text, 'b.json');
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toContain(message);
  });

  it('a byte-order mark is fine', () => {
    expect(parseBaseline('\uFEFF{"version": 1, "entries": []}', 'b.json')).toEqual({ ok: true, baseline: { version: 1, entries: [] } });
  });
});

describe('fingerprint hash', () => {
  // Baselines written by earlier runs hold these hashes: the digest of the parts must not change.
  it('is sha256 of the JSON of [version, parts…], pinned', () => {
    expect(hashParts(['ru/no-dont-know', 'call-7', 'я не знаю', 'да', 'когда придет'])).toBe('ffdd1c32f37d94a90e76edcf1f349ab760728edeb4d212b7a128ce8b56a3245b');
    expect(hashParts(['ru/greeting', '', '', '', ''])).toBe('fceb15b47b0a827b16c803a6f645f2a6d985f4ac4e97f1c3b6192653e730f0ac');
  });
});
