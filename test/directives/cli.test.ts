/** Directives through the CLI, in-process: --no-inline-config, --report-unused-directives[-severity], config directiveMarker. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { removeTempProjects, tempProject } from '../formatters/project.js';

afterAll(removeTempProjects);

const dir = tempProject({
  'a.txt': 'Hello.\n# talklint-disable-next-line t/no-slang -- quoting a customer\nI wanna go.\n# talklint-disable-line t/filler\n',
});

describe('directives in the CLI', () => {
  it('hide findings by default (exit 0) and say so in the summary', async () => {
    const r = await runCli(['a.txt'], { cwd: dir });
    expect(r).toEqual({ code: 0, stderr: '', stdout: '✔ no problems (1 file checked)\n  1 finding hidden by talklint-disable comments\n' });
  });

  it('--no-inline-config ignores them', async () => {
    const r = await runCli(['--no-inline-config', '-f', 'unix', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('a.txt:3:3: «wanna» is slang & <careless>. Say: "want to" [Error/t/no-slang]\n\n1 problem\n');
  });

  it('--report-unused-directives reports warnings (exit 0 unless --max-warnings)', async () => {
    const r = await runCli(['--report-unused-directives', '-f', 'unix', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('a.txt:4:1: Unused talklint-disable-line directive (no problems were reported from "t/filler") [Warning/talklint/unused-directive]\n\n1 problem\n');
    expect((await runCli(['--report-unused-directives', '--max-warnings', '0', 'a.txt'], { cwd: dir })).code).toBe(1);
  });

  it('--report-unused-directives-severity error makes them errors (exit 1)', async () => {
    const r = await runCli(['--report-unused-directives-severity', 'error', '-f', 'compact', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('a.txt: line 4, col 1, Error - Unused talklint-disable-line directive (no problems were reported from "t/filler") (talklint/unused-directive)\n\n1 problem\n');
  });

  it('a bad severity is a usage error', async () => {
    const r = await runCli(['--report-unused-directives-severity', 'loud', 'a.txt'], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'talklint: --report-unused-directives-severity takes off | info | warning | error, got "loud"\n' });
  });

  it('the config key directiveMarker changes the plain-text marker', async () => {
    const d = tempProject({ 'b.txt': 'Hello.\n// talklint-disable-next-line t/no-slang\nI wanna go.\n' });
    writeFileSync(join(d, 'talklint.config.yaml'), 'packs: [./t.yaml]\ndirectiveMarker: "//"\n');
    const r = await runCli(['-f', 'unix', 'b.txt'], { cwd: d });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    writeFileSync(join(d, 'talklint.config.yaml'), 'packs: [./t.yaml]\n');
    const r2 = await runCli(['-f', 'unix', 'b.txt'], { cwd: d });
    expect(r2.code).toBe(1);
    expect(r2.stdout).toContain('b.txt:3:3:');
  });
});
