/**
 * A result handed over with the source dropped must not keep the file's text alive: V8 keeps the
 * whole text for any substring of it of 13 characters or more (a matched phrase, a suggestion's
 * description built around one, a speaker label). lintOne's `detach` copies every such string.
 *
 * Checked on the heap itself, in a child process of its own running the built dist/ (which
 * `npm test` builds first): files of ~1.3 MB of Cyrillic text are linted and their results
 * kept, then a heap snapshot (which collects garbage exactly first) is searched for strings of a
 * megabyte or more: the files' texts. Without detaching (the control) all eight are there; with
 * it, none (nor kept by the matcher's word table, which keeps every new word it meets); and the
 * same for `lintFiles`, the library's entry point. (The heap's size is no measure here: after a forced collection it now and then still
 * counts the texts of a run that has just ended, as garbage the collector has not yet let go.)
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detachStrings } from '../../src/api/run-files.js';
import { REPO_ROOT } from '../helpers/cli.js';

const SCRIPT = `
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
const { setup } = await import(process.argv[1] + '/setup.js');
const { lintOne } = await import(process.argv[1] + '/run-files.js');
const dir = mkdtempSync(join(tmpdir(), 'talklint-detach-'));
// One violation per file whose matched text is long (22 characters), in a file of ~1.3 MB; the
// last turn has nothing to normalise (lower case, and a Simplified character that sends it down
// the per-unit path, which then returns the text itself) and a long word no other file has (the
// matcher's word table keeps every new word it meets); and the agent's label is long (the
// label reader remembers the role of each spelling it meets).
const filler = 'Клиент: Подскажите, пожалуйста, когда будет доставка моего заказа на дом.\\n'.repeat(10000);
const files = [];
for (let i = 0; i < 8; i++) {
  const f = join(dir, 'big-' + i + '.txt');
  writeFileSync(f, 'Representative' + i + ': Здравствуйте! Извините, это не моя обязанность, это не мой отдел.\\n' + filler + 'representative' + i + ': всего доброго, переадресовываю' + i + ' 中\\n');
  files.push(f);
}
const s = setup({ cwd: dir, noConfig: true, packs: ['ru'] });
const init = { input: { labels: s.linter.labels }, cwd: dir, sourceText: 'drop' };

/** Strings of 1 MB or more on the heap (a snapshot collects garbage first). */
function bigStrings() {
  // The engine keeps the subject of the last regular expression run (RegExp.input): a turn, and
  // so its file. A run on a short string first.
  /x/.exec('x');
  const path = writeHeapSnapshot(join(dir, 'heap.heapsnapshot'));
  const snap = JSON.parse(readFileSync(path, 'utf8'));
  rmSync(path);
  const meta = snap.snapshot.meta;
  const width = meta.node_fields.length;
  const type = meta.node_fields.indexOf('type');
  const size = meta.node_fields.indexOf('self_size');
  const stringType = meta.node_types[0].indexOf('string');
  let n = 0;
  for (let i = 0; i < snap.nodes.length; i += width) if (snap.nodes[i + type] === stringType && snap.nodes[i + size] >= 1e6) n++;
  return n;
}

const out = {};
for (const detach of [false, true]) {
  let results = files.map((f) => lintOne(s, f, init, detach));
  out[detach ? 'detached' : 'control'] = {
    bigStrings: bigStrings(),
    longMatches: results.filter((r) => r.diagnostics.some((d) => (d.matchedText ?? '').length >= 13)).length,
    diagnostics: JSON.stringify(results.map((r) => r.diagnostics)),
    sources: results.filter((r) => r.source !== undefined).length,
  };
  results = null;
}
// The library's one-call entry point, as other tools use it (the source not kept).
const { lintFiles } = await import(process.argv[1] + '/lint.js');
let library = await lintFiles(['.'], { cwd: dir, noConfig: true, packs: ['ru'] });
out.library = { bigStrings: bigStrings(), longMatches: library.results.filter((r) => r.diagnostics.some((d) => (d.matchedText ?? '').length >= 13)).length, diagnostics: JSON.stringify(library.results.map((r) => r.diagnostics)), sources: library.results.filter((r) => r.source !== undefined).length };
library = null;
rmSync(dir, { recursive: true, force: true });
process.stdout.write(JSON.stringify(out));
`;

describe('lintOne detach', () => {
  it('keeps no file text alive through the strings of a kept result', () => {
    const api = pathToFileURL(join(REPO_ROOT, 'dist', 'api')).href;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT, api], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const { control, detached, library } = JSON.parse(r.stdout) as Record<'control' | 'detached' | 'library', { bigStrings: number; longMatches: number; diagnostics: string; sources: number }>;
    expect(control.longMatches).toBe(8);
    // Without detaching, the kept results hold the eight files' texts.
    expect(control.bigStrings).toBe(8);
    expect(detached.bigStrings).toBe(0);
    // The same findings either way, and no source text.
    expect(detached.diagnostics).toBe(control.diagnostics);
    expect(detached.sources).toBe(0);
    // lintFiles (library) likewise: its results kept by the caller hold no file's text.
    expect(library.longMatches).toBe(8);
    expect(library.bigStrings).toBe(0);
    expect(library.sources).toBe(0);
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
