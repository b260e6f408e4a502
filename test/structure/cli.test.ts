/** The CLI options of this area: --scorecard, --min-score, --format summary / summary-json / summary-csv. */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';

const GOLDEN = new URL('./golden/', import.meta.url).pathname;
// golden/talklint.config.yaml loads only golden/pack.yaml
const common = ['--scorecard', 'scorecard.yaml', '--jobs', '1'];

describe('CLI: scorecards and summaries', () => {
  it('--format summary prints the same report as the formatter golden', async () => {
    const r = await runCli([...common, '--format', 'summary', 'calls'], { cwd: GOLDEN });
    expect(r.stdout).toBe(
      (await import('node:fs')).readFileSync(`${GOLDEN}expected/summary.txt`, 'utf8'),
    );
    expect(r.code).toBe(1); // the calls have errors
  });

  it('--min-score: exit 1 and a count on stderr when a call scores below it', async () => {
    const r = await runCli([...common, '--format', 'summary-csv', '--min-score', '90', 'calls/perfect.txt', 'calls/complaint.txt'], { cwd: GOLDEN });
    expect(r.code).toBe(1);
    const ok = await runCli([...common, '--format', 'summary-csv', '--min-score', '90', 'calls/perfect.txt'], { cwd: GOLDEN });
    expect(ok.code).toBe(0);
    expect(ok.stdout.split('\n')[1]).toBe('total,all,1,0,0,0,100');
  });

  it('--min-score on a clean run with a low call: 1, with the reason', async () => {
    // complaint.txt has errors anyway; a warnings-only call checks that --min-score alone decides
    const r = await runCli([...common, '--rule', 'g/no-dont-know:warning', '--format', 'summary-json', '--min-score', '50', 'calls/complaint.txt'], { cwd: GOLDEN });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('talklint: 1 call scores below --min-score 50\n');
    expect(JSON.parse(r.stdout).scores.mean).toBe(42.9);
  });

  it('a scorecard that names a rule no pack has stops the run with file:line:column', async () => {
    const r = await runCli(['--scorecard', 'scorecard.yaml', '--rule', 'g/greeting:off', 'calls/perfect.txt'], { cwd: GOLDEN });
    expect(r.code).toBe(0); // switching a rule off does not remove it from the packs
    const bad = await runCli(['--scorecard', 'bad-scorecard.yaml', 'calls/perfect.txt'], { cwd: GOLDEN });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('bad-scorecard.yaml:7:17: "g/greting" in item "greeting" matches no loaded rule');
  });

  it('--min-score without --scorecard is a usage error', async () => {
    const r = await runCli(['--no-config', '--min-score', '80', 'calls/perfect.txt'], { cwd: GOLDEN });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('talklint: --min-score needs a scorecard (--scorecard, or `scorecard:` in the config) that gives each call its score\n');
  });

  it('the config can name the scorecard (relative to the config), and --min-score then works without the flag', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'talklint-scorecard-config-'));
    cpSync(GOLDEN, dir, { recursive: true });
    const config = readFileSync(join(dir, 'talklint.config.yaml'), 'utf8');
    writeFileSync(join(dir, 'talklint.config.yaml'), `${config}\nscorecard: ./scorecard.yaml\n`);
    const viaConfig = await runCli(['--min-score', '100', '-f', 'json', 'calls'], { cwd: dir });
    const viaFlag = await runCli(['--scorecard', 'scorecard.yaml', '--min-score', '100', '-f', 'json', 'calls'], { cwd: GOLDEN });
    expect(viaConfig.stderr).toBe('');
    expect(viaConfig.code).toBe(1);
    expect(viaConfig.stdout).toBe(viaFlag.stdout);
  });
});
