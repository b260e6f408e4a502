/**
 * Golden CLI tests: every file under fixtures/ is linted by the CLI (stylish, no colours, the
 * repo's talklint.config.yaml) and the output is compared with `<file>.expected` beside it.
 * Regenerate with `UPDATE_GOLDEN=1 npx vitest run test/cli/golden.test.ts` and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { LINTABLE_EXTENSIONS } from '../../src/api/files.js';
import { REPO_ROOT, runCli } from '../helpers/cli.js';

const update = process.env.UPDATE_GOLDEN === '1';
const fixtures = fg
  .sync(`fixtures/**/*.{${LINTABLE_EXTENSIONS.join(',')}}`, { cwd: REPO_ROOT, caseSensitiveMatch: false })
  .sort();

describe('golden CLI output for every fixture', () => {
  it('has fixtures', () => {
    expect(fixtures.length).toBeGreaterThan(8);
  });
  for (const fixture of fixtures) {
    it(fixture, async () => {
      const { code, stdout, stderr } = await runCli([fixture]);
      const actual = `exit code: ${code}\n${stderr ? `stderr:\n${stderr}` : ''}---\n${stdout}`;
      const expectedFile = join(REPO_ROOT, `${fixture}.expected`);
      if (update || !existsSync(expectedFile)) {
        if (!update && process.env.CI) throw new Error(`missing ${relative(REPO_ROOT, expectedFile)}: run UPDATE_GOLDEN=1`);
        writeFileSync(expectedFile, actual);
      }
      expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});
