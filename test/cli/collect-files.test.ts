/**
 * Which files a run lints (collectFiles): a walked folder inside the working directory is
 * filtered by .talklintignore and the config's patterns by its path relative to that directory;
 * a folder outside it only by the default ignores. The result is sorted and absolute.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectFiles } from '../../src/api/files.js';

let root: string;
let work: string;
let outside: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'talklint-collect-'));
  work = join(root, 'work');
  outside = join(root, 'outside');
  for (const d of [join(work, 'calls', 'day1'), join(work, 'node_modules', 'x'), join(work, 'drafts'), join(outside, 'calls'), join(outside, 'node_modules')]) mkdirSync(d, { recursive: true });
  for (const f of [
    join(work, 'calls', 'day1', 'b.txt'),
    join(work, 'calls', 'day1', 'a.txt'),
    join(work, 'calls', 'day1', 'skip-me.txt'),
    join(work, 'calls', 'notes.csv'),
    join(work, 'node_modules', 'x', 'dep.txt'),
    join(work, 'drafts', 'draft.txt'),
    join(work, 'package.json'),
    join(outside, 'calls', 'skip-me.txt'),
    join(outside, 'calls', 'c.txt'),
    join(outside, 'node_modules', 'dep.txt'),
  ])
    writeFileSync(f, 'Agent: hello\n');
  writeFileSync(join(work, '.talklintignore'), 'skip-*.txt\n');
});

describe('collectFiles', () => {
  it('walks the working directory without the ignored files, project files and node_modules, sorted', async () => {
    const r = await collectFiles(['.'], { cwd: work, ignorePatterns: ['drafts/'] });
    expect(r.files).toEqual([join(work, 'calls', 'day1', 'a.txt'), join(work, 'calls', 'day1', 'b.txt'), join(work, 'calls', 'notes.csv')]);
    expect(r.unmatched).toEqual([]);
  });
  it('gives the same files for a working directory written with a trailing separator', async () => {
    const plain = await collectFiles(['calls'], { cwd: work });
    const trailing = await collectFiles(['calls'], { cwd: work + sep });
    expect(trailing).toEqual(plain);
    expect(plain.files).toEqual([join(work, 'calls', 'day1', 'a.txt'), join(work, 'calls', 'day1', 'b.txt'), join(work, 'calls', 'notes.csv')]);
  });
  it('filters a folder outside the working directory by the default ignores only', async () => {
    const r = await collectFiles([outside], { cwd: work });
    expect(r.files).toEqual([join(outside, 'calls', 'c.txt'), join(outside, 'calls', 'skip-me.txt')]);
  });
  it('does not take a sibling folder whose name starts with the working directory’s for a folder inside it', async () => {
    const sibling = work + '-2';
    mkdirSync(sibling, { recursive: true });
    writeFileSync(join(sibling, 'skip-this.txt'), 'Agent: hello\n');
    const r = await collectFiles([sibling], { cwd: work });
    expect(r.files).toEqual([join(sibling, 'skip-this.txt')]);
  });
  it('reports an argument that matches nothing', async () => {
    const r = await collectFiles(['nope/*.txt', 'calls'], { cwd: work });
    expect(r.unmatched).toEqual(['nope/*.txt']);
    expect(r.files.length).toBe(3);
  });
});
