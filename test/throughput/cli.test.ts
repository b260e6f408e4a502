import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { lintFiles } from '../../src/api/lint.js';
import { FORMATTERS, keepFrameLines } from '../../src/formatters/index.js';
import { VERSION } from '../../src/version.js';
import { mergeReports } from '../../src/cli/merge.js';
import { setup } from '../../src/api/setup.js';

let dir: string;
/** Reports go here, outside the linted folder. */
let out: string;
const N = 120;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'talklint-cli-jobs-'));
  out = mkdtempSync(join(tmpdir(), 'talklint-cli-reports-'));
  for (let i = 0; i < N; i++) {
    const sub = join(dir, `day-${String(i % 4).padStart(2, '0')}`);
    mkdirSync(sub, { recursive: true });
    const lines = ['Оператор: Здравствуйте, компания «Ромашка», меня зовут Анна. Чем могу помочь?', 'Клиент: Когда придёт курьер?'];
    if (i % 3 === 0) lines.push('Оператор: Я не знаю, перезвоните позже.');
    if (i % 4 === 1) lines.push('Оператор: Ты можешь подождать?');
    lines.push('Клиент: Спасибо.', i % 5 === 0 ? 'Оператор: Ок.' : 'Оператор: Всего доброго!');
    writeFileSync(join(sub, `call-${String(i).padStart(3, '0')}.txt`), lines.join('\n') + '\n');
  }
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

const base = ['--no-config', '-p', 'ru'];
/** These files are far below the input a worker pays off for: force workers, the path under test. */
const workers = { env: { NO_COLOR: '1', TALKLINT_WORKER_MIN_BYTES: '0' } };

describe('--jobs', () => {
  it('worker threads give the same report, in the same order, as one thread', async () => {
    const one = await runCli([...base, '-f', 'json', '--jobs', '1', '.'], { cwd: dir });
    const two = await runCli([...base, '-f', 'json', '--jobs', '2', '.'], { cwd: dir, ...workers });
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const report = JSON.parse(one.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number }> }>;
    expect(report).toHaveLength(N);
    expect(report[0]!.filePath).toBe('day-00/call-000.txt');
    expect(report[0]!.messages.filter((m) => m.ruleId === 'ru/no-dont-know').map((m) => [m.line, m.column])).toEqual([[3, 11]]);
    // Stylish (code frames from the lines kept in the workers) is identical too.
    const s1 = await runCli([...base, '--jobs', '1', '.'], { cwd: dir });
    const s2 = await runCli([...base, '--jobs', '2', '.'], { cwd: dir, ...workers });
    expect(s2.stdout).toBe(s1.stdout);
    expect(s1.stdout).toContain('day-00/call-000.txt');
  }, 120_000);

  it('a small run stays in one thread unless TALKLINT_WORKER_MIN_BYTES says otherwise; a bad value is a usage error', async () => {
    const small = await runCli([...base, '-f', 'json', '--jobs', '2', '.'], { cwd: dir, env: { NO_COLOR: '1', TALKLINT_DEBUG: '1' } });
    expect(small.stderr).toMatch(new RegExp(`^talklint: ${N} files linted in \\d+ ms, --jobs 2: this thread and 0 worker threads\n$`));
    const forced = await runCli([...base, '-f', 'json', '--jobs', '2', '.'], { cwd: dir, env: { ...workers.env, TALKLINT_DEBUG: '1' } });
    // (Whether the worker is up before this thread has done the 120 files is a race; that the
    // bundled worker really runs is checked with 400 larger files in test/cli/bin.)
    expect(forced.stdout).toBe(small.stdout);
    const bad = await runCli([...base, '--jobs', '2', '.'], { cwd: dir, env: { TALKLINT_WORKER_MIN_BYTES: '8MB' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('talklint: TALKLINT_WORKER_MIN_BYTES takes a number of bytes ≥ 0, got "8MB"\n');
  });

  it('--jobs 0 is a usage error', async () => {
    const r = await runCli([...base, '--jobs', '0', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('talklint: --jobs takes a whole number ≥ 1, got "0"\n');
  });
});

describe('streamed reports', () => {
  it('json, compact and unix are written as files arrive: the same text as formatting all the results at the end', async () => {
    const lib = await lintFiles(['.'], { cwd: dir, noConfig: true, packs: ['ru'] });
    if (!lib.ok) throw new Error('setup failed');
    const ctx = { cwd: dir, color: false, rules: new Map(), version: VERSION };
    for (const f of ['json', 'compact', 'unix']) {
      const streamed = await runCli([...base, '-f', f, '--jobs', '2', '.'], { cwd: dir, ...workers });
      expect(streamed.code).toBe(1);
      const atEnd = FORMATTERS.get(f)!.format(lib.results, ctx);
      // The CLI adds each finding's fingerprint (for baselines); the library run does not.
      if (f === 'json') expect(streamed.stdout.replace(/,\n\s*"fingerprint": "[0-9a-f]+"/g, '')).toBe(atEnd);
      else expect(streamed.stdout).toBe(atEnd);
    }
  }, 120_000);

  it('stylish streams a run of more than 200 files (string-width loaded first): the same text as formatting all the results at the end', async () => {
    const many = mkdtempSync(join(tmpdir(), 'talklint-cli-stylish-'));
    try {
      for (let i = 0; i < 240; i++) {
        const lines = ['Оператор: Здравствуйте, компания «Ромашка», меня зовут Анна.', i % 2 ? 'Оператор: Я не знаю.' : '坐席：你必须先填写投保单。', 'Клиент: Спасибо.'];
        writeFileSync(join(many, `call-${String(i).padStart(3, '0')}.txt`), lines.join('\n') + '\n');
      }
      const lib = await lintFiles(['.'], { cwd: many, noConfig: true, packs: ['ru', 'zh'], keepSource: true });
      if (!lib.ok) throw new Error('setup failed');
      for (const r of lib.results) keepFrameLines(r);
      const ctx = { cwd: many, color: false, rules: new Map(), version: VERSION };
      const stylish = FORMATTERS.get('stylish')!;
      await stylish.prepare!(lib.results);
      const atEnd = stylish.format(lib.results, ctx);
      // A frame of wide text, measured: 坐席： is six columns, 你 two.
      expect(atEnd).toMatch(/2 \| 坐席：你必须先填写投保单。\n +\| {7}\^{2}\n/);
      for (const jobs of ['1', '2']) {
        const streamed = await runCli(['--no-config', '-p', 'ru', '-p', 'zh', '--jobs', jobs, '.'], { cwd: many, ...workers });
        expect(streamed.code).toBe(1);
        expect(streamed.stdout).toBe(atEnd);
      }
    } finally {
      rmSync(many, { recursive: true, force: true });
    }
  }, 120_000);

  it('an --output-file that cannot be written is exit 2 before any file is linted; a usage error leaves an existing report alone', async () => {
    const blocked = join(out, 'a-file');
    writeFileSync(blocked, 'x');
    const r = await runCli([...base, '-f', 'json', '-o', join(blocked, 'report.json'), '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^talklint: cannot write --output-file: /);
    expect(r.stdout).toBe('');
    const report = join(out, 'kept.json');
    writeFileSync(report, '[]\n');
    const u = await runCli([...base, '-f', 'json', '-o', report, 'no-such-dir/*.txt'], { cwd: dir });
    expect(u.code).toBe(2);
    expect(readFileSync(report, 'utf8')).toBe('[]\n');
  });
});

describe.skipIf(!existsSync('/proc/self'))('a folder that cannot be made (under /proc, where Node\'s recursive mkdir loops for ever)', () => {
  it.each([
    ['--output-file', [...base, '-f', 'json', '-o', '/proc/talklint-no/report.json', '.'], /^talklint: cannot write --output-file: ENOENT/],
    ['--baseline-write', [...base, '--baseline-write', '/proc/talklint-no/baseline.json', '.'], /talklint: cannot write --baseline-write: ENOENT/],
    ['merge --output-file', ['merge', '-o', '/proc/talklint-no/merged.json', 'empty-report.json'], /^talklint merge: cannot write --output-file: ENOENT/],
  ])('%s: exit 2 with the error, at once', async (_name, args, message) => {
    writeFileSync(join(dir, 'empty-report.json'), '[]\n');
    const r = await runCli(args, { cwd: dir });
    rmSync(join(dir, 'empty-report.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('--shard and merge', () => {
  it('the shards together are the whole run, and merge rebuilds its report', async () => {
    const whole = await runCli([...base, '-f', 'json', '--jobs', '1', '.'], { cwd: dir });
    const paths: string[] = [];
    const seen: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const part = await runCli([...base, '-f', 'json', '--jobs', '1', '--shard', `${i}/3`, '.'], { cwd: dir });
      const report = JSON.parse(part.stdout) as Array<{ filePath: string }>;
      expect(report.length).toBe(N / 3);
      seen.push(...report.map((r) => r.filePath));
      const p = join(out, `shard-${i}.json`);
      writeFileSync(p, part.stdout);
      paths.push(p);
    }
    expect(new Set(seen).size).toBe(N);
    const merged = await runCli(['merge', '-f', 'json', ...paths], { cwd: dir });
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(1);
    expect(merged.stdout).toBe(whole.stdout);
    // Any format: stylish from the merged JSON equals a direct stylish run, without code frames
    // (JSON reports carry no source lines), so compare the summary line.
    const stylish = await runCli(['merge', ...paths], { cwd: dir });
    const direct = await runCli([...base, '--jobs', '1', '.'], { cwd: dir });
    expect(stylish.stdout.trim().split('\n').pop()).toBe(direct.stdout.trim().split('\n').pop());
    expect(stylish.code).toBe(1);
  }, 120_000);

  it('merge reads the reports again entry by entry: any report order, any entry order, any JSON layout, a file twice — every format as the in-memory merge gives it', async () => {
    const whole = await runCli([...base, '-f', 'json', '--jobs', '1', '.'], { cwd: dir });
    const entries = JSON.parse(whole.stdout) as Array<{ filePath: string; messages: unknown[] }>;
    expect(entries.length).toBe(N);
    const parts: Array<typeof entries> = [[], [], []];
    entries.forEach((e, i) => parts[i % 3]!.unshift(e));
    // The same file again in a later report, with other content: the first report's is kept.
    const again = [{ ...entries[5]!, messages: [], errorCount: 0, warningCount: 0 }];
    const layouts = [
      (x: unknown) => JSON.stringify(x, null, 2),
      (x: unknown) => JSON.stringify(x),
      (x: unknown) => ' \r\n' + JSON.stringify(x, null, '\t').replace(/\n/g, '\r\n') + '\n\n',
    ];
    const names = ['b.json', 'c.json', 'a.json', 'again.json'];
    const texts = [layouts[2]!(parts[2]), layouts[0]!(parts[0]), layouts[1]!(parts[1]), layouts[0]!(again)];
    names.forEach((n, i) => writeFileSync(join(out, n), texts[i]!));
    const paths = names.map((n) => join(out, n));
    const expected = mergeReports(paths.map((p, i) => ({ name: p, text: texts[i]! })));
    expect(expected.duplicates).toEqual([entries[5]!.filePath]);
    const s = setup({ cwd: dir });
    if (!s.ok) throw new Error('setup');
    const ctx = { cwd: dir, color: false, rules: new Map(s.linter.definitions.map((d) => [d.id, d])), version: VERSION };
    for (const name of ['json', 'stylish', 'summary', 'summary-json', 'sarif', 'junit', 'checkstyle', 'compact', 'unix', 'github']) {
      const formatter = FORMATTERS.get(name)!;
      const r = await runCli(['merge', '-f', name, ...paths], { cwd: dir });
      await formatter.prepare?.(expected.results);
      expect(r.stdout, name).toBe(formatter.format(expected.results, ctx));
      expect(r.stderr).toBe(`talklint merge: ${entries[5]!.filePath} is in more than one report; the first is kept\n`);
      expect(r.code).toBe(1);
    }
    expect((await runCli(['merge', '-f', 'json', ...paths], { cwd: dir })).stdout).toBe(whole.stdout);
  }, 120_000);

  it('merge exits 0 when the reports have no errors, and names a file in two reports', async () => {
    const clean = [{ filePath: 'a.txt', messages: [], errorCount: 0, warningCount: 0 }];
    const p = join(out, 'clean.json');
    writeFileSync(p, JSON.stringify(clean));
    const r = await runCli(['merge', '-f', 'json', p, p], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('talklint merge: a.txt is in more than one report; the first is kept\n');
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  it.each([
    ['not json', '{', /^talklint merge: bad\.json: not valid JSON/],
    ['not an array', '{"a":1}', /^talklint merge: bad\.json: expected a JSON array of file results \(talklint -f json\)\n$/],
    ['no filePath', '[{"messages":[]}]', /^talklint merge: bad\.json, entry 1: not a talklint\/ESLint JSON result \(needs filePath and messages\)\n$/],
    ['a broken second entry', '[{"filePath":"a.txt","messages":[]},\n {"filePath": "b.txt", "messages": [}]', /^talklint merge: bad\.json: not valid JSON \(Unexpected token '\}'/],
    ['an entry that is not an object', '[{"filePath":"a.txt","messages":[]}, 7]', /^talklint merge: bad\.json, entry 2: not a talklint\/ESLint JSON result/],
    ['a trailing comma', '[{"filePath":"a.txt","messages":[]},]', /^talklint merge: bad\.json: not valid JSON \(/],
    ['text after the array', '[] []', /^talklint merge: bad\.json: not valid JSON \(/],
    ['empty', '', /^talklint merge: bad\.json: not valid JSON \(/],
  ])('a report that is %s: exit 2', async (_name, text, message) => {
    writeFileSync(join(out, 'bad.json'), text);
    const r = await runCli(['merge', 'bad.json'], { cwd: out });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('--shard with a bad value is a usage error', async () => {
    const r = await runCli([...base, '--shard', '4/3', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('talklint: --shard 4/3: the shard number must be between 1 and 3\n');
  });
});

describe('the JSON report in pieces', () => {
  it('formatChunks joins to exactly what format gives', async () => {
    const { json } = await import('../../src/formatters/json.js');
    const ctx = { cwd: dir, color: false, rules: new Map(), version: 'test' };
    const whole = await runCli([...base, '-f', 'json', '--jobs', '1', '.'], { cwd: dir });
    const { fileResultFromJson } = await import('../../src/cli/merge.js');
    const results = (JSON.parse(whole.stdout) as unknown[]).map((e, i) => fileResultFromJson(e, `entry ${i + 1}`));
    for (const list of [[], results.slice(0, 1), results.slice(0, 7), results]) {
      expect([...json.formatChunks!(list, ctx)].join('')).toBe(json.format(list, ctx));
    }
    expect(json.format(results, ctx)).toBe(whole.stdout);
  });

  it('--output-file gets the same report as standard output', async () => {
    const file = join(out, 'report.json');
    const toFile = await runCli([...base, '-f', 'json', '--jobs', '1', '-o', file, '.'], { cwd: dir });
    const toStdout = await runCli([...base, '-f', 'json', '--jobs', '1', '.'], { cwd: dir });
    expect(toFile.code).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(toStdout.stdout);
  });
});
