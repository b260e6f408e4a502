/** Baselines through the CLI, in-process, in a temp project: write, edit, compare; errors exit 2. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { removeTempProjects, tempProject } from '../formatters/project.js';

afterAll(removeTempProjects);

const A = "Hello, I'm gonna check.\n\nI don't know, basically.\n";
const B = 'Hello. I wanna go.\n';

describe('--baseline-write then --baseline', () => {
  const dir = tempProject({ 'scripts/a.txt': A, 'scripts/b.txt': B });

  it('writes the findings (sorted, relative paths), hides them, exits 0', async () => {
    const r = await runCli(['--baseline-write', '.talklint/baseline.json', 'scripts'], { cwd: dir });
    expect(r.stderr).toBe('talklint: wrote .talklint/baseline.json: 4 findings in 2 files\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ no problems (2 files checked)\n  baseline: 4 known findings hidden, 0 recorded findings no longer occur\n');
    const b = JSON.parse(readFileSync(join(dir, '.talklint/baseline.json'), 'utf8')) as { version: number; entries: Array<{ ruleId: string; file: string; count: number }> };
    expect(b.version).toBe(1);
    expect(b.entries.map((e) => `${e.file} ${e.ruleId} ${e.count}`)).toEqual([
      '../scripts/a.txt t/filler 1',
      '../scripts/a.txt t/no-dont-know 1',
      '../scripts/a.txt t/no-slang 1',
      '../scripts/b.txt t/no-slang 1',
    ]);
  });

  it('after inserting lines above and fixing one finding: only the new finding, and the gone one listed', async () => {
    writeFileSync(join(dir, 'scripts/a.txt'), 'Good morning!\nThis line is new. I wanna say it.\n\n' + A);
    writeFileSync(join(dir, 'scripts/b.txt'), 'Hello. I want to go.\n');
    const r = await runCli(['--baseline', '.talklint/baseline.json', 'scripts'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        'scripts/a.txt',
        '  2:21  error    «wanna» is slang & <careless>. Say: "want to"  t/no-slang',
        '        turn 1',
        '        2 | This line is new. I wanna say it.',
        '          |                     ^^^^^',
        '        → want to (fixable)',
        '',
        'scripts/b.txt',
        '  note: baseline: 1 recorded finding no longer occurs (t/no-slang); update the baseline with --baseline-write',
        '',
        '✖ 1 problem (1 error, 0 warnings, 0 infos) in 2 files checked',
        '  1 of them can be fixed in scripts with --fix',
        '  baseline: 3 known findings hidden, 1 recorded finding no longer occurs',
        '',
      ].join('\n'),
    );
  });

  it('JSON: the baseline outcome per file and the notice', async () => {
    const r = await runCli(['--baseline', '.talklint/baseline.json', '-f', 'json', 'scripts/b.txt'], { cwd: dir });
    const [b] = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(b).toMatchObject({ filePath: 'scripts/b.txt', messages: [], errorCount: 0, notices: ['baseline: 1 recorded finding no longer occurs (t/no-slang); update the baseline with --baseline-write'] });
    expect((b!.baseline as { hidden: number; gone: Array<{ ruleId: string; count: number }> })).toMatchObject({ hidden: 0, gone: [{ ruleId: 't/no-slang', count: 1 }] });
  });

  it('SARIF: new results are marked baselineState "new"', async () => {
    const r = await runCli(['--baseline', '.talklint/baseline.json', '-f', 'sarif', 'scripts'], { cwd: dir });
    const run = (JSON.parse(r.stdout) as { runs: Array<{ results: Array<{ baselineState?: string }>; properties?: unknown }> }).runs[0]!;
    expect(run.results.map((x) => x.baselineState)).toEqual(['new']);
    expect(run.properties).toEqual({ baseline: { hidden: 3, gone: 1 } });
  });

  it('writing from a run over some files keeps the entries of the others', async () => {
    const r = await runCli(['--baseline-write', '.talklint/baseline.json', 'scripts/b.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    const b = JSON.parse(readFileSync(join(dir, '.talklint/baseline.json'), 'utf8')) as { entries: Array<{ file: string }> };
    expect(b.entries.map((e) => e.file)).toEqual(['../scripts/a.txt', '../scripts/a.txt', '../scripts/a.txt']);
  });
});

describe('baseline errors (exit 2)', () => {
  const dir = tempProject({ 'a.txt': B, 'bad.json': '{"version": 1, "entries": [{}]}' });
  const table: Array<[string, string[], string]> = [
    ['a missing file', ['--baseline', 'nope.json', 'a.txt'], 'talklint: nope.json: no such baseline file; create it with --baseline-write nope.json\n'],
    ['a corrupt file', ['--baseline', 'bad.json', 'a.txt'], 'talklint: bad.json: entries[0].ruleId must be a rule id; write a new baseline with --baseline-write\n'],
    ['both options', ['--baseline', 'bad.json', '--baseline-write', 'x.json', 'a.txt'], 'talklint: use either --baseline (compare) or --baseline-write (record), not both\n'],
  ];
  it.each(table)('%s', async (_name, args, stderr) => {
    expect(await runCli(args, { cwd: dir })).toEqual({ code: 2, stdout: '', stderr });
  });
});
