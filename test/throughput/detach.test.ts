/**
 * A result handed over with the source dropped must not keep the file's text alive: V8 keeps the
 * whole text for any substring of it of 13 characters or more (a matched phrase, a suggestion's
 * description built around one, a speaker label). lintOne's `detach` copies every such string.
 * Measured with the heap itself, in a child process of its own (`node --expose-gc`, the built
 * dist/ that `npm test` builds first; under the test runner the heap now and then holds ~16 MB
 * that is not the results', with or without detaching): the results of files of ~1.3 MB of
 * Cyrillic text (~1.5 MB in memory each) are kept, and the live heap must not grow by the files'
 * size; the same run without detaching is the control that shows the measurement sees it.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detachStrings } from '../../src/api/run-files.js';
import { REPO_ROOT } from '../helpers/cli.js';

const SCRIPT = `
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
const { setup } = await import(process.argv[1] + '/setup.js');
const { lintOne } = await import(process.argv[1] + '/run-files.js');
const dir = mkdtempSync(join(tmpdir(), 'talklint-detach-'));
// One violation per file whose matched text is long (22 characters), in a file of ~1.3 MB.
const filler = 'Клиент: Подскажите, пожалуйста, когда будет доставка моего заказа на дом.\\n'.repeat(10000);
const files = [];
for (let i = 0; i < 8; i++) {
  const f = join(dir, 'big-' + i + '.txt');
  writeFileSync(f, 'Оператор' + i + ': Здравствуйте! Извините, это не моя обязанность, это не мой отдел.\\n' + filler + 'Оператор' + i + ': Всего доброго!\\n');
  files.push(f);
}
const s = setup({ cwd: dir, noConfig: true, packs: ['ru'], speakers: { agent: files.map((_, i) => 'Оператор' + i) } });
const init = { input: { labels: s.linter.labels }, cwd: dir, sourceText: 'drop' };
const kept = [];
const out = {};
// The engine keeps the subject of the last regular expression run (RegExp.input): a turn, and
// so its whole file. A run on a short string first, then collections until the heap settles.
const settle = () => {
  /x/.exec('x');
  for (let i = 0; i < 3; i++) gc();
};
for (const detach of [false, true]) {
  settle();
  const before = getHeapStatistics().used_heap_size;
  const results = files.map((f) => lintOne(s, f, init, detach));
  settle();
  kept.push(results);
  out[detach ? 'detached' : 'control'] = {
    mb: (getHeapStatistics().used_heap_size - before) / 2 ** 20,
    longMatches: results.filter((r) => r.diagnostics.some((d) => (d.matchedText ?? '').length >= 13)).length,
    diagnostics: results.map((r) => r.diagnostics),
    sources: results.filter((r) => r.source !== undefined).length,
  };
}
rmSync(dir, { recursive: true, force: true });
process.stdout.write(JSON.stringify(out));
`;

describe('lintOne detach', () => {
  it('keeps no file text alive through the strings of a kept result', () => {
    const api = pathToFileURL(join(REPO_ROOT, 'dist', 'api')).href;
    const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', SCRIPT, api], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const { control, detached } = JSON.parse(r.stdout) as Record<'control' | 'detached', { mb: number; longMatches: number; diagnostics: unknown[]; sources: number }>;
    expect(control.longMatches).toBe(8);
    // Without detaching, the kept results hold the files (8 × ~1.5 MB of two-byte text).
    expect(control.mb).toBeGreaterThan(8);
    expect(detached.mb).toBeLessThan(2);
    // The same findings either way, and no source text.
    expect(detached.diagnostics).toEqual(control.diagnostics);
    expect(detached.sources).toBe(0);
  });

  it('copies strings inside arrays, plain objects, and clones what is neither', () => {
    const base = 'x'.repeat(40) + 'slice of a long text';
    const slice = base.slice(5, 30);
    const value = { a: slice, list: [slice, 1, null, { b: slice }], map: new Map([['k', slice]]), short: 'abc' };
    const out = detachStrings(value);
    expect(out).toBe(value);
    expect(out.a).toBe(slice);
    expect(out.list).toEqual([slice, 1, null, { b: slice }]);
    expect(out.map).toBeInstanceOf(Map);
    expect(out.map.get('k')).toBe(slice);
    expect(out.short).toBe('abc');
  });
});
