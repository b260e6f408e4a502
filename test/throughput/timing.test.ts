/**
 * Timing a run (engine/timing.ts, `RunFilesOptions.timing`, `talklint --timing`): what is counted,
 * the same counts in one thread and in worker threads, nothing left switched on after a run, and
 * the command line's report on standard error with the report itself unchanged.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFiles } from '../../src/api/run-files.js';
import { setup, type Setup, type SetupOptions } from '../../src/api/setup.js';
import { Linter } from '../../src/engine/linter.js';
import { addTimes, emptyTimes, type LintTimes } from '../../src/engine/timing.js';
import { formatTiming } from '../../src/cli/timing-report.js';
import { runCli } from '../helpers/cli.js';
import { pack } from '../structure/helpers.js';

const RULES = `  - id: t/dont-know
    type: forbidden
    severity: error
    message: m
    speaker: agent
    patterns:
      ru: ["[я] не знаю"]
  - id: t/phone
    type: forbidden
    severity: warning
    message: m
    patterns:
      - {regex: "\\\\d{3}-\\\\d{2}-\\\\d{2}"}
  - id: t/unused
    type: forbidden
    severity: info
    message: m
    patterns:
      zh: ["不知道"]
`;

const CALL = 'Оператор: Здравствуйте! Я не знаю, перезвоните по номеру 555-12-34.\nКлиент: Хорошо, 555-12-34.\nОператор: Всего доброго!\n';

describe('Linter.timing', () => {
  it('adds each stage, and each rule checked with its calls and its {regex} time, while set', () => {
    const linter = new Linter({ packs: [pack(RULES)] });
    const sink = emptyTimes();
    linter.timing = sink;
    const start = performance.now();
    const r = linter.lintText(CALL);
    linter.lintText(CALL);
    const wall = performance.now() - start;
    // (t/phone, a forbidden phrase, is read in the agent's turns: the customer's number is not a finding.)
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['t/dont-know', 't/phone']);
    // Checked in both calls (Russian); the Chinese-only rule is never checked in a Russian call.
    expect(Object.keys(sink.rules).sort()).toEqual(['t/dont-know', 't/phone']);
    expect(sink.rules['t/dont-know']!.calls).toBe(2);
    expect(sink.rules['t/phone']!.calls).toBe(2);
    // Only t/phone has a {regex} pattern; it ran in the agent's turns of both calls.
    expect(sink.rules['t/phone']!.regexMs).toBeGreaterThan(0);
    expect(sink.rules['t/dont-know']!.regexMs).toBe(0);
    const st = sink.stages;
    for (const k of ['languages', 'match', 'rules', 'finish'] as const) expect(st[k]).toBeGreaterThan(0);
    // The linter times what it does, not reading or parsing (the run's TaskTimer does).
    expect(st.read).toBe(0);
    expect(st.parse).toBe(0);
    expect(st.languages + st.match + st.rules + st.finish).toBeLessThanOrEqual(wall);
    // The {regex} time is part of matching; a rule's check time is part of the rules stage.
    expect(sink.rules['t/phone']!.regexMs).toBeLessThanOrEqual(st.match);
    expect(sink.rules['t/dont-know']!.checkMs + sink.rules['t/phone']!.checkMs).toBeLessThanOrEqual(st.rules);
  });

  it('adds nothing once unset, and times matchers built before it was set', () => {
    const linter = new Linter({ packs: [pack(RULES)] });
    linter.lintText(CALL); // builds the Russian matcher untimed
    const sink = emptyTimes();
    linter.timing = sink;
    linter.lintText(CALL);
    expect(sink.rules['t/phone']!.regexMs).toBeGreaterThan(0);
    const before = JSON.stringify(sink);
    linter.timing = null;
    linter.lintText(CALL);
    expect(JSON.stringify(sink)).toBe(before);
    expect(linter.timing).toBeNull();
  });

  it('puts a scorecard condition\'s {regex} time under (scorecard)', () => {
    const times = emptyTimes();
    addTimes(times, { ...emptyTimes(), tasks: 2, bytes: 10, taskMs: 5, rules: { '(scorecard)': { calls: 0, checkMs: 0, regexMs: 1.5 } } });
    addTimes(times, { ...emptyTimes(), tasks: 1, bytes: 5, taskMs: 1, rules: { '(scorecard)': { calls: 0, checkMs: 0, regexMs: 0.5 }, 'a/b': { calls: 1, checkMs: 2, regexMs: 0 } } });
    expect(times).toMatchObject({ tasks: 3, bytes: 15, taskMs: 6, rules: { '(scorecard)': { calls: 0, checkMs: 0, regexMs: 2 }, 'a/b': { calls: 1, checkMs: 2, regexMs: 0 } } });
  });
});

describe('RunFilesOptions.timing', () => {
  let dir: string;
  let files: string[];
  let s: Setup;
  let setupOptions: SetupOptions;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'talklint-timing-'));
    files = [];
    for (let i = 0; i < 120; i++) {
      const f = join(dir, `call-${String(i).padStart(3, '0')}.txt`);
      writeFileSync(f, i % 3 === 0 ? '客服：您好，请问有什么可以帮您？\n客户：我不知道订单号。\n' : CALL.repeat(1 + (i % 4)));
      files.push(f);
    }
    // One file that cannot be read as a transcript (it is counted, and its bytes are read).
    writeFileSync(join(dir, 'call-000.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0xff]));
    setupOptions = { cwd: dir, noConfig: true, packs: ['ru', 'zh'] };
    const built = setup(setupOptions);
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    s = built;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function timed(jobs: number, mainThreadLints = true): Promise<{ times: LintTimes; diagnostics: number; workers: number }> {
    const times = emptyTimes();
    const stats = { workersStarted: 0 };
    let diagnostics = 0;
    await runFiles(files, { setupOptions, setup: s, input: { labels: s.linter.labels }, cwd: dir, jobs, sourceText: 'drop', minBytesPerThread: 0, timing: times, stats, mainThreadLints }, (r) => {
      diagnostics += r.diagnostics.length;
    });
    return { times, diagnostics, workers: stats.workersStarted };
  }

  it('counts every file, every byte and each rule\'s calls the same in one thread and with workers', async () => {
    const one = await timed(1);
    // Every file in one of two worker threads: all the times come with their batches.
    const three = await timed(2, false);
    expect(one.workers).toBe(0);
    expect(three.workers).toBe(2);
    const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
    for (const { times } of [one, three]) {
      expect(times.tasks).toBe(files.length);
      expect(times.bytes).toBe(bytes);
      for (const v of Object.values(times.stages)) expect(v).toBeGreaterThanOrEqual(0);
      expect(times.stages.read).toBeGreaterThan(0);
      expect(times.stages.parse).toBeGreaterThan(0);
      // The stages add up to the tasks' time (parse is the rest of each task).
      const sum = Object.values(times.stages).reduce((a, b) => a + b, 0);
      expect(Math.abs(sum - times.taskMs)).toBeLessThan(1e-6 * Math.max(1, times.taskMs) + 1e-3);
    }
    const calls = (t: LintTimes): Record<string, number> => Object.fromEntries(Object.entries(t.rules).map(([id, r]) => [id, r.calls]));
    expect(calls(three.times)).toEqual(calls(one.times));
    expect(calls(one.times)['ru/no-dont-know']).toBeGreaterThan(0);
    expect(calls(one.times)['zh/no-dont-know']).toBe(40 - 1); // the unreadable file was one of the Chinese ones
    expect(three.diagnostics).toBe(one.diagnostics);
  });

  it('leaves the setup\'s linters untimed after the run', async () => {
    await timed(1);
    expect(s.linter.timing).toBeNull();
  });
});

describe('talklint --timing', () => {
  it('prints where the time went on standard error, and the report is the same', async () => {
    const args = ['--no-config', '-p', 'ru', '-p', 'zh', '-p', 'en', '-f', 'json', 'fixtures/calls'];
    const plain = await runCli(args);
    const timedRun = await runCli([...args, '--timing']);
    expect(timedRun.code).toBe(plain.code);
    expect(timedRun.stdout).toBe(plain.stdout);
    expect(plain.stderr).toBe('');
    const lines = timedRun.stderr.split('\n');
    expect(lines[0]).toMatch(/^talklint --timing: 4 files, 0\.0 MB linted in \d+\.\d\d s \(.*files\/s\); this thread only$/);
    for (const label of ['set-up (config, packs)', 'finding the files', 'linting (wall clock)', 'summed over the threads', 'reading files', 'decoding and parsing', 'detecting languages', 'matching (normalising, phrases, {regex})', 'rule checks', 'directives, sorting, call records', 'report (this thread: formatting, writing)']) {
      expect(timedRun.stderr).toMatch(new RegExp(`\\n +${label.replace(/[()[\]{}.,:]/g, '\\$&')} +[\\d,]+ ms`));
    }
    expect(timedRun.stderr).toMatch(/\n {2}rules by time \(check \+ \{regex\} patterns\), the 10 slowest of \d+:\n {4}ms +check +\{regex\} +calls +rule\n/);
    expect(timedRun.stderr).toMatch(/ ru\/no-dont-know\n| ru\/no-dont-know$/m);
  });

  it('times standard input as a file', async () => {
    const r = await runCli(['--no-config', '-p', 'ru', '--timing', '-'], { stdin: CALL });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toMatch(/^talklint --timing: 1 file, 0\.0 MB linted in \d+\.\d\d s \(0\.0 MB\/s, [\d.,]+ files\/s\); this thread only$/);
    expect(r.stderr).toMatch(/\n {6}rule checks +[\d,]+ ms/);
    expect(r.stderr).toMatch(/ ru\/no-dont-know\n/);
  });

  it('gives no rates when nothing was linted, and files a second to a decimal under ten', () => {
    const none = formatTiming({ times: emptyTimes(), files: 7, fromCache: 7, workers: 0, setupMs: 1, findMs: 1, runMs: 90, reportMs: 1 });
    expect(none.split('\n')[0]).toBe('talklint --timing: 7 files (7 from the cache, 0 linted), 0.0 MB linted in 0.09 s; this thread only');
    const big = emptyTimes();
    big.tasks = 12;
    big.bytes = 57_700_000;
    const one = formatTiming({ times: big, files: 1, fromCache: 0, workers: 1, setupMs: 1, findMs: 0, runMs: 4550, reportMs: 1 });
    expect(one.split('\n')[0]).toBe('talklint --timing: 1 file, 57.7 MB linted in 4.55 s (12.7 MB/s, 0.2 files/s); this thread and 1 worker thread');
  });

  it('shows every rule when there are ten or fewer, and the files that came from the cache', () => {
    const times = emptyTimes();
    times.tasks = 3;
    times.bytes = 2_500_000;
    times.taskMs = 100;
    times.stages.read = 10;
    times.stages.parse = 20;
    times.stages.match = 70;
    times.rules = { 'a/x': { calls: 3, checkMs: 1.4, regexMs: 0 }, 'a/y': { calls: 1234, checkMs: 2, regexMs: 3.6 } };
    const text = formatTiming({ times, files: 5, fromCache: 2, workers: 1, setupMs: 12.3, findMs: 4, runMs: 500, reportMs: 1 });
    expect(text).toBe(
      [
        'talklint --timing: 5 files (2 from the cache, 3 linted), 2.5 MB linted in 0.50 s (5.0 MB/s, 6.0 files/s); this thread and 1 worker thread',
        '  set-up (config, packs)                         12 ms',
        '  finding the files                               4 ms',
        '  linting (wall clock)                          500 ms',
        '    summed over the threads                     100 ms  100.0 %',
        '      reading files                              10 ms   10.0 %',
        '      decoding and parsing                       20 ms   20.0 %',
        '      detecting languages                         0 ms    0.0 %',
        '      matching (normalising, phrases, {regex})   70 ms   70.0 %',
        '      rule checks                                 0 ms    0.0 %',
        '      directives, sorting, call records           0 ms    0.0 %',
        '  report (this thread: formatting, writing)       1 ms',
        '  rules by time (check + {regex} patterns), all 2:',
        '    ms  check  {regex}  calls  rule',
        '     6      2        4  1,234  a/y',
        '     1      1        0      3  a/x',
        '',
      ].join('\n'),
    );
  });
});
