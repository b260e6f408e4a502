import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { LintCache, runFilesCached } from '../../src/api/cache.js';
import { setup } from '../../src/api/setup.js';
import { cli, project, type Project } from '../fix/helpers.js';
import { REPO_ROOT } from '../helpers/cli.js';

let p: Project;
afterEach(() => p?.cleanup());

const SCRIPT = 'Добрый день!\n\nЯ не знаю, ок?\n';

interface Head {
  key: string;
  hash: string;
  stat?: [number, number, number, number];
  config: string;
}
interface Stored {
  head: Head;
  result: { diagnostics: Array<{ message: string }> };
}

/**
 * A cache file: its header line, then lines `<head JSON>\t<result JSON>` (a later line of a file
 * replacing an earlier one) and `{"gone": key}` (a file removed). `entries`: the files' live
 * entries, in the order of their last lines; `lines`: the lines after the header.
 */
function readCache(cachePath: string): { header: unknown; entries: Stored[]; lines: number } {
  const lines = readFileSync(cachePath, 'utf8').split('\n');
  expect(lines.pop()).toBe('');
  const live = new Map<string, [Head, string]>();
  for (const line of lines.slice(1)) {
    const tab = line.indexOf('\t');
    if (tab < 0) {
      live.delete((JSON.parse(line) as { gone: string }).gone);
      continue;
    }
    const head = JSON.parse(line.slice(0, tab)) as Head;
    live.delete(head.key);
    live.set(head.key, [head, line.slice(tab + 1)]);
  }
  const entries = [...live.values()].map(([head, result]) => ({ head, result: JSON.parse(result) as Stored['result'] }));
  return { header: JSON.parse(lines[0]!), entries, lines: lines.length - 1 };
}

function writeCache(cachePath: string, cache: { header: unknown; entries: Stored[] }): void {
  writeFileSync(cachePath, [JSON.stringify(cache.header), ...cache.entries.map((e) => `${JSON.stringify(e.head)}\t${JSON.stringify(e.result)}`)].join('\n') + '\n');
}

/** Marks every stored result: a run that shows the mark reused the cache for that file. */
function markCache(cachePath: string): void {
  const cache = readCache(cachePath);
  for (const entry of cache.entries) for (const d of entry.result.diagnostics) d.message = `FROM CACHE ${d.message}`;
  writeCache(cachePath, cache);
}

async function lintTwice(change: () => void, extraSecond: string[] = [], extraFirst: string[] = []): Promise<{ first: string; second: string }> {
  const first = await cli(p.dir, ['--cache', ...extraFirst, 'script.txt']);
  markCache(p.path('.talklintcache'));
  change();
  const second = await cli(p.dir, ['--cache', ...extraSecond, 'script.txt']);
  return { first: first.stdout, second: second.stdout };
}

describe('--cache', () => {
  it('reuses the stored result when nothing changed, with the same report (code frames included)', async () => {
    p = project();
    p.write('script.txt', SCRIPT);
    const first = await cli(p.dir, ['--cache', 'script.txt']);
    expect(existsSync(p.path('.talklintcache'))).toBe(true);
    const second = await cli(p.dir, ['--cache', 'script.txt']);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stdout).toContain('3 | Я не знаю, ок?');
    expect(second.code).toBe(first.code);
    markCache(p.path('.talklintcache'));
    const third = await cli(p.dir, ['--cache', 'script.txt']);
    expect(third.stdout).toContain('FROM CACHE «Я не знаю»');
  });

  const invalidations: Array<[string, () => void, string[]]> = [
    ['the file changes', () => p.write('script.txt', SCRIPT + '\nЩас.\n'), []],
    ['the config changes', () => p.write('talklint.config.yaml', 'packs: [./fix-pack.yaml]\nrules:\n  fixt/no-slang: error\n'), []],
    ['a pack changes', () => p.write('fix-pack.yaml', readFileSync(p.path('fix-pack.yaml'), 'utf8').replace('message: "«{{match}}»: скажите', 'message: "«{{match}}» — скажите')), []],
    ['a --rule flag is given', () => undefined, ['--rule', 'fixt/no-slang:error']],
    ['a --var flag is given', () => undefined, ['--var', 'company=Ромашка']],
    ['an override now matches the file', () => p.write('talklint.config.yaml', 'packs: [./fix-pack.yaml]\noverrides:\n  - files: ["*.txt"]\n    rules: { fixt/no-slang: info }\n'), []],
  ];
  for (const [name, change, flags] of invalidations) {
    it(`re-lints when ${name}`, async () => {
      p = project();
      p.write('script.txt', SCRIPT);
      const { second } = await lintTwice(change, flags);
      expect(second).not.toContain('FROM CACHE');
      expect(second).toContain('«Я не знаю»');
    });
  }

  it('--quiet and the format are applied after the cache (the stored result is complete)', async () => {
    p = project();
    p.write('script.txt', SCRIPT);
    await cli(p.dir, ['--cache', '--quiet', 'script.txt']);
    const json = await cli(p.dir, ['--cache', '-f', 'json', 'script.txt']);
    const files = JSON.parse(json.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    expect(files[0]!.messages.map((m) => m.ruleId)).toEqual(['fixt/dont-know', 'fixt/no-slang']);
  });

  it('a corrupt cache file is ignored with a notice and rewritten', async () => {
    p = project();
    p.write('script.txt', SCRIPT);
    const clean = await cli(p.dir, ['script.txt']);
    p.write('.talklintcache', '{"talklintCache": 1, "entries": {');
    const r = await cli(p.dir, ['--cache', 'script.txt']);
    expect(r.stderr).toMatch(/^talklint: ignoring the cache file .*\.talklintcache: it cannot be read \(.*\); it will be rewritten\n$/);
    expect(r.stdout).toBe(clean.stdout);
    expect(r.code).toBe(clean.code);
    expect(readCache(p.path('.talklintcache')).entries.map((e) => e.head.key)).toEqual(['script.txt']);
  });

  it('a JSON file that is not a cache is ignored with a notice', async () => {
    p = project();
    p.write('script.txt', SCRIPT);
    p.write('.talklintcache', '[1, 2, 3]');
    const r = await cli(p.dir, ['--cache', 'script.txt']);
    expect(r.stderr).toContain('it is not a talklint cache; it will be rewritten');
    expect(r.code).toBe(1);
  });

  it('entries of files that no longer exist are dropped (their folder gone, or now a file); entries of files not linted this run are kept', async () => {
    p = project();
    for (const f of ['a.txt', 'b.txt', 'day1/c.txt', 'day1/d.txt', 'day2/e.txt', 'day3/f.txt']) p.write(f, SCRIPT);
    await cli(p.dir, ['--cache', '.']);
    const keys = (): string[] => readCache(p.path('.talklintcache')).entries.map((e) => e.head.key).sort();
    expect(keys()).toEqual(['a.txt', 'b.txt', 'day1/c.txt', 'day1/d.txt', 'day2/e.txt', 'day3/f.txt']);
    rmSync(p.path('b.txt'));
    rmSync(p.path('day1/d.txt'));
    rmSync(p.path('day2'), { recursive: true });
    rmSync(p.path('day3'), { recursive: true });
    writeFileSync(p.path('day3'), 'now a file');
    await cli(p.dir, ['--cache', 'a.txt']);
    expect(keys()).toEqual(['a.txt', 'day1/c.txt']);
  });

  it('--cache-location puts the cache elsewhere; no temp files are left behind', async () => {
    p = project();
    p.write('script.txt', SCRIPT);
    await cli(p.dir, ['--cache', '--cache-location', 'build/lint.cache', 'script.txt']);
    expect(existsSync(p.path('.talklintcache'))).toBe(false);
    expect(readdirSync(p.path('build'))).toEqual(['lint.cache']);
  });

  it('a file fixed with --fix is stored with its new content: the next run is a cache hit', async () => {
    p = project();
    p.write('script.txt', SCRIPT);
    const fixed = await cli(p.dir, ['--cache', '--fix', 'script.txt']);
    expect(fixed.stdout).toContain('1 problem fixed');
    markCache(p.path('.talklintcache'));
    const again = await cli(p.dir, ['--cache', 'script.txt']);
    expect(again.stdout).toContain('FROM CACHE «Я не знаю»');
    expect(again.stdout).not.toContain('fixed');
  });

  it('files are reported in order, hits and misses mixed', async () => {
    p = project();
    for (const name of ['a.txt', 'b.txt', 'c.txt']) p.write(name, SCRIPT);
    await cli(p.dir, ['--cache', '.']);
    p.write('b.txt', SCRIPT + 'Щас.\n');
    const r = await cli(p.dir, ['--cache', '-f', 'json', '.']);
    const files = JSON.parse(r.stdout) as Array<{ filePath: string; messages: unknown[] }>;
    expect(files.map((f) => [f.filePath.replace(p.dir + '/', ''), f.messages.length])).toEqual([
      ['a.txt', 2],
      ['b.txt', 3],
      ['c.txt', 2],
    ]);
  });
});

describe('--cache location and portability', () => {
  it('--cache-location naming a folder puts .talklintcache inside it', async () => {
    p = project();
    p.write('script.txt', SCRIPT);
    p.write('build/.keep', '');
    await cli(p.dir, ['--cache', '--cache-location', 'build', 'script.txt']);
    expect(readdirSync(p.path('build')).sort()).toEqual(['.keep', '.talklintcache']);
  });

  it('a project moved to another folder (a CI cache restored elsewhere) still hits', async () => {
    p = project();
    p.write('script.txt', SCRIPT);
    await cli(p.dir, ['--cache', 'script.txt']);
    markCache(p.path('.talklintcache'));
    const moved = p.dir + '-moved';
    cpSync(p.dir, moved, { recursive: true });
    try {
      const r = await cli(moved, ['--cache', 'script.txt']);
      expect(r.stdout).toContain('FROM CACHE «Я не знаю»');
    } finally {
      rmSync(moved, { recursive: true, force: true });
    }
  });
});

describe('--cache: stat stamps spare reading unchanged files', () => {
  const entriesOf = (path: string): Record<string, Head> => Object.fromEntries(readCache(path).entries.map((e) => [e.head.key, e.head]));

  /** One cached run over script.txt through the library, as the CLI does it; the messages found. */
  async function cachedRun(racyMs?: number): Promise<{ messages: string[]; hits: number }> {
    const s = setup({ cwd: p.dir });
    if (!s.ok) throw new Error(JSON.stringify(s.errors));
    const { cache } = LintCache.open(p.path('.talklintcache'), racyMs === undefined ? {} : { racyMs });
    const messages: string[] = [];
    const { hits } = await runFilesCached([p.path('script.txt')], { setupOptions: { cwd: p.dir }, setup: s, input: { labels: s.linter.labels }, cwd: p.dir, sourceText: 'frame-lines' }, cache, (r) => {
      messages.push(...r.diagnostics.map((d) => d.message));
    });
    expect(cache.save()).toBeNull();
    return { messages, hits };
  }

  it('a file whose times are settled gets a stamp, and a later run with the same stamp takes the stored hash without hashing', async () => {
    p = project();
    p.write('script.txt', SCRIPT);
    await cachedRun(0);
    const first = entriesOf(p.path('.talklintcache'))['script.txt']!;
    const st = statSync(p.path('script.txt'));
    expect(first.stat).toEqual([st.size, st.mtimeMs, st.ctimeMs, st.ino]);
    // (A new file: hashed by the read that linted it.)
    expect(first.hash).toBe(createHash('sha256').update(readFileSync(p.path('script.txt'))).digest('hex'));
    // A stored hash that the bytes no longer give, under the same stamp: taken as it is (the file was not hashed).
    const data = readCache(p.path('.talklintcache'));
    data.entries[0]!.head.hash = 'not-the-hash';
    for (const d of data.entries[0]!.result.diagnostics) d.message = `FROM CACHE ${d.message}`;
    writeCache(p.path('.talklintcache'), data);
    const second = await cachedRun(0);
    expect(second.hits).toBe(1);
    expect(second.messages.every((m) => m.startsWith('FROM CACHE'))).toBe(true);
  });

  it('a same-size edit with its modification time set back is re-linted (the change time moved)', async () => {
    p = project();
    const file = p.write('script.txt', SCRIPT);
    // A whole second in the past, which utimes can set again exactly.
    const past = Math.floor(Date.now() / 1000) - 60;
    utimesSync(file, past, past);
    const before = statSync(file);
    await cachedRun(0);
    markCache(p.path('.talklintcache'));
    await new Promise((r) => setTimeout(r, 30));
    const edited = SCRIPT.replace('ок?', 'да?');
    expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(SCRIPT));
    writeFileSync(file, edited);
    utimesSync(file, past, past);
    const after = statSync(file);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
    const r = await cachedRun(0);
    expect(r.hits).toBe(0);
    expect(r.messages.some((m) => m.startsWith('FROM CACHE'))).toBe(false);
  });

  it('no stamp while the file was changed within the racy window; the next run hashes it, and stamps it once settled', async () => {
    p = project();
    p.write('script.txt', SCRIPT);
    await cachedRun();
    expect(entriesOf(p.path('.talklintcache'))['script.txt']!.stat).toBeUndefined();
    markCache(p.path('.talklintcache'));
    // Same bytes, hashed: a hit; now settled (racy window 0), the stamp is recorded.
    const r = await cachedRun(0);
    expect(r.hits).toBe(1);
    expect(r.messages.every((m) => m.startsWith('FROM CACHE'))).toBe(true);
    expect(entriesOf(p.path('.talklintcache'))['script.txt']!.stat).toBeDefined();
  });

  it('a touched file (same bytes, new times) is a hit by its hash, and its stamp is renewed', async () => {
    p = project();
    const file = p.write('script.txt', SCRIPT);
    await cachedRun(0);
    const old = entriesOf(p.path('.talklintcache'))['script.txt']!.stat!;
    markCache(p.path('.talklintcache'));
    utimesSync(file, new Date(), new Date(Date.now() - 60_000));
    const r = await cachedRun(0);
    expect(r.hits).toBe(1);
    expect(r.messages.every((m) => m.startsWith('FROM CACHE'))).toBe(true);
    const renewed = entriesOf(p.path('.talklintcache'))['script.txt']!.stat!;
    expect(renewed[1]).not.toBe(old[1]);
    expect(renewed[1]).toBe(statSync(file).mtimeMs);
  });
});

describe('--cache: a run that fails leaves the cache as it was, and no journal', () => {
  const journals = (): string[] => readdirSync(p.dir).filter((f) => f.endsWith('.journal'));

  it('discard() after a run that threw (the CLI does so on an internal error)', async () => {
    p = project();
    for (const f of ['a.txt', 'b.txt', 'c.txt']) p.write(f, SCRIPT);
    const s = setup({ cwd: p.dir });
    if (!s.ok) throw new Error(JSON.stringify(s.errors));
    const { cache } = LintCache.open(p.path('.talklintcache'));
    const files = ['a.txt', 'b.txt', 'c.txt'].map((f) => p.path(f));
    let seen = 0;
    await expect(
      runFilesCached(files, { setupOptions: { cwd: p.dir }, setup: s, input: { labels: s.linter.labels }, cwd: p.dir, sourceText: 'frame-lines' }, cache, () => {
        // The first result is stored (the journal made) before the second one fails.
        expect(journals()).toHaveLength(1);
        if (++seen === 2) throw new Error('a formatter failed');
      }),
    ).rejects.toThrow('a formatter failed');
    cache.discard();
    expect(journals()).toEqual([]);
    expect(existsSync(p.path('.talklintcache'))).toBe(false);
    expect(cache.save()).toBeNull();
    expect(existsSync(p.path('.talklintcache'))).toBe(false);
  });

  it('a process that exits before save() (process.exit) removes its journal', () => {
    p = project();
    p.write('a.txt', SCRIPT);
    const api = pathToFileURL(join(REPO_ROOT, 'dist', 'api')).href;
    const script = `
      const { LintCache } = await import(${JSON.stringify(api + '/cache.js')});
      const { cache } = LintCache.open(${JSON.stringify(p.path('.talklintcache'))});
      cache.store(${JSON.stringify(p.path('a.txt'))}, 'config', { filePath: 'a.txt', diagnostics: [], notices: [], languages: [], errorCount: 0, warningCount: 0, infoCount: 0 }, new Uint8Array([1]));
      const { readdirSync } = await import('node:fs');
      process.stdout.write(String(readdirSync(${JSON.stringify(p.dir)}).filter((f) => f.endsWith('.journal')).length));
      process.exit(3);
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect([r.status, r.stdout]).toEqual([3, '1']);
    expect(journals()).toEqual([]);
  });
});

describe('--cache file layout: a line per file, results read only for hits', () => {
  it('a cache of the first layout (one JSON object) is started afresh without a notice, and rewritten as lines', async () => {
    p = project();
    p.write('script.txt', SCRIPT);
    p.write('.talklintcache', JSON.stringify({ talklintCache: 1, version: '0.0.1', entries: { 'script.txt': { hash: 'x', config: 'y', result: { diagnostics: [] } } } }));
    const r = await cli(p.dir, ['--cache', 'script.txt']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('«Я не знаю»');
    expect(readCache(p.path('.talklintcache')).header).toMatchObject({ talklintCache: 3 });
  });

  const broken: Array<[string, (text: string) => string, RegExp]> = [
    ['an entry line without its head', (t) => t.replace(/\n[^\n]*\t/, '\n'), /it cannot be read \(line 2 is not a cache entry\)/],
    ['a head that is not JSON', (t) => t.replace('{"key"', '{key'), /it cannot be read \(line 2 is not a cache entry\)/],
  ];
  for (const [name, spoil, notice] of broken) {
    it(`a cache file ${name} is ignored with a notice and rewritten`, async () => {
      p = project();
      p.write('script.txt', SCRIPT);
      const clean = await cli(p.dir, ['--cache', 'script.txt']);
      writeFileSync(p.path('.talklintcache'), spoil(readFileSync(p.path('.talklintcache'), 'utf8')));
      const r = await cli(p.dir, ['--cache', 'script.txt']);
      expect(r.stderr).toMatch(notice);
      expect(r.stdout).toBe(clean.stdout);
      expect(readCache(p.path('.talklintcache')).entries).toHaveLength(1);
    });
  }

  it('a stored result that cannot be parsed is a miss: the file is linted again and its entry replaced', async () => {
    p = project();
    p.write('script.txt', SCRIPT);
    const clean = await cli(p.dir, ['--cache', 'script.txt']);
    const text = readFileSync(p.path('.talklintcache'), 'utf8');
    const entries = readCache(p.path('.talklintcache')).entries;
    writeFileSync(p.path('.talklintcache'), text.replace('\t{', '\t{{'));
    const r = await cli(p.dir, ['--cache', 'script.txt']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(clean.stdout);
    expect(readCache(p.path('.talklintcache')).entries).toEqual(entries);
  });

  it('results across read chunks and longer than one chunk come back as they were stored', async () => {
    p = project();
    // ~3.5 MB of cache: entries cross the 1 MiB chunks, and one result alone is longer than a chunk.
    for (let i = 0; i < 60; i++) p.write(`s${String(i).padStart(2, '0')}.txt`, 'Добрый день!\n\n' + 'Я не знаю, щас посмотрю.\n'.repeat(40));
    p.write('big.txt', 'Добрый день!\n\n' + 'Я не знаю, щас посмотрю.\n'.repeat(2500));
    const first = await cli(p.dir, ['--cache', '-f', 'json', '.']);
    const size = statSync(p.path('.talklintcache')).size;
    expect(size).toBeGreaterThan(3 * 1024 * 1024);
    const lengths = readFileSync(p.path('.talklintcache'), 'utf8').split('\n').map((l) => Buffer.byteLength(l));
    expect(Math.max(...lengths)).toBeGreaterThan(1024 * 1024);
    markCache(p.path('.talklintcache'));
    const second = await cli(p.dir, ['--cache', '-f', 'json', '.']);
    const a = JSON.parse(first.stdout) as Array<{ filePath: string; messages: Array<{ message: string; line: number; column: number }> }>;
    const b = JSON.parse(second.stdout) as typeof a;
    expect(b.map((f) => f.filePath)).toEqual(a.map((f) => f.filePath));
    expect(b.map((f) => f.messages.map((m) => [m.line, m.column, m.message]))).toEqual(a.map((f) => f.messages.map((m) => [m.line, m.column, `FROM CACHE ${m.message}`])));
    expect(readdirSync(p.dir).filter((n) => n.startsWith('.talklintcache'))).toEqual(['.talklintcache']);
  });
});

describe('--cache layout 3: what changed is appended to the file as it was', () => {
  /** A cached run over `rels` through the library, as the CLI does it: hits, and the messages found. */
  async function run(rels: string[]): Promise<{ hits: number; messages: string[]; notice: string | undefined }> {
    const s = setup({ cwd: p.dir });
    if (!s.ok) throw new Error(JSON.stringify(s.errors));
    const { cache, notice } = LintCache.open(p.path('.talklintcache'), { racyMs: 0 });
    const messages: string[] = [];
    const { hits } = await runFilesCached(
      rels.map((r) => p.path(r)),
      { setupOptions: { cwd: p.dir }, setup: s, input: { labels: s.linter.labels }, cwd: p.dir, sourceText: 'frame-lines' },
      cache,
      (r) => messages.push(...r.diagnostics.map((d) => d.message)),
    );
    expect(cache.save()).toBeNull();
    return { hits, messages, notice };
  }
  const cacheText = (): string => readFileSync(p.path('.talklintcache'), 'utf8');
  const keys = (): string[] => readCache(p.path('.talklintcache')).entries.map((e) => e.head.key);

  it('a new day of calls: its lines are appended, the file before them is left byte for byte (same file, not rewritten)', async () => {
    p = project();
    for (const f of ['day1/a.txt', 'day1/b.txt', 'day2/c.txt', 'day2/d.txt']) p.write(f, SCRIPT);
    await run(['day1/a.txt', 'day1/b.txt']);
    const before = cacheText();
    const inode = statSync(p.path('.talklintcache')).ino;
    expect((await run(['day2/c.txt', 'day2/d.txt'])).hits).toBe(0);
    const after = cacheText();
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length).split('\n').filter(Boolean).map((l) => (JSON.parse(l.slice(0, l.indexOf('\t'))) as Head).key)).toEqual(['day2/c.txt', 'day2/d.txt']);
    expect(statSync(p.path('.talklintcache')).ino).toBe(inode);
    const again = await run(['day1/a.txt', 'day1/b.txt', 'day2/c.txt', 'day2/d.txt']);
    expect(again.hits).toBe(4);
    // Nothing changed: nothing written.
    expect(cacheText()).toBe(after);
  });

  it('an edited file: its new line replaces the old one; a removed file: a gone line', async () => {
    p = project();
    for (const f of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) p.write(f, SCRIPT);
    await run(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    const before = cacheText();
    p.write('b.txt', SCRIPT + '\nЩас.\n');
    rmSync(p.path('c.txt'));
    const edited = await run(['a.txt', 'b.txt', 'd.txt']);
    expect(edited.hits).toBe(2);
    const after = cacheText();
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toMatch(/^\{"gone":"c\.txt"\}\n\{"key":"b\.txt",[^\n]*\n$/);
    expect(readCache(p.path('.talklintcache')).lines).toBe(6);
    expect(keys()).toEqual(['a.txt', 'd.txt', 'b.txt']);
    const again = await run(['a.txt', 'b.txt', 'd.txt']);
    expect(again.hits).toBe(3);
    expect(again.messages).toEqual(edited.messages);
    expect(again.messages.some((m) => m.includes('Щас'))).toBe(true);
  });

  it('rewritten instead once more than half of the file would be lines no entry uses', async () => {
    p = project();
    p.write('a.txt', SCRIPT);
    await run(['a.txt']);
    p.write('a.txt', SCRIPT + '\nЩас.\n');
    await run(['a.txt']);
    // One old line unused against the new one: appended.
    expect(readCache(p.path('.talklintcache')).lines).toBe(2);
    const inode = statSync(p.path('.talklintcache')).ino;
    p.write('a.txt', SCRIPT + '\nЩас. Ладно.\n');
    const third = await run(['a.txt']);
    // Two unused against one: rewritten, a line per file again.
    expect(readCache(p.path('.talklintcache')).lines).toBe(1);
    expect(statSync(p.path('.talklintcache')).ino).not.toBe(inode);
    expect((await run(['a.txt'])).messages).toEqual(third.messages);
  });

  it('a last line cut by an interrupted run: the entries before it are kept (hits), with a notice; the file is rewritten without it', async () => {
    p = project();
    for (const f of ['a.txt', 'b.txt', 'c.txt']) p.write(f, SCRIPT);
    await run(['a.txt', 'b.txt', 'c.txt']);
    const whole = cacheText();
    const lastLine = whole.split('\n').at(-2)!;
    writeFileSync(p.path('.talklintcache'), whole + lastLine.slice(0, 40));
    const r = await run(['a.txt', 'b.txt', 'c.txt']);
    expect(r.notice).toMatch(/ends in the middle of an entry \(line 5: a run was interrupted while writing it\); the entries before it are kept, and the file will be rewritten$/);
    expect(r.hits).toBe(3);
    expect(cacheText().endsWith('\n')).toBe(true);
    expect(readCache(p.path('.talklintcache')).lines).toBe(3);
  });

  it('a cache file deleted, replaced or cut short while the run went on is written whole, not appended to', async () => {
    p = project();
    for (const f of ['a.txt', 'b.txt', 'c.txt']) p.write(f, SCRIPT);
    await run(['a.txt', 'b.txt']);
    const s = setup({ cwd: p.dir });
    if (!s.ok) throw new Error(JSON.stringify(s.errors));
    const replace = (): void => {
      writeFileSync(p.path('other'), 'replaced by another run\n');
      renameSync(p.path('other'), p.path('.talklintcache'));
    };
    const cut = (): void => writeFileSync(p.path('.talklintcache'), 'cut\n');
    let edits = 0;
    for (const spoil of [() => rmSync(p.path('.talklintcache')), replace, cut]) {
      const { cache } = LintCache.open(p.path('.talklintcache'), { racyMs: 0 });
      await runFilesCached([p.path('c.txt')], { setupOptions: { cwd: p.dir }, setup: s, input: { labels: s.linter.labels }, cwd: p.dir, sourceText: 'frame-lines' }, cache, () => undefined);
      spoil();
      expect(cache.save()).toBeNull();
      expect(readCache(p.path('.talklintcache')).header).toMatchObject({ talklintCache: 3 });
      // (Cut short in place, the file lost the stored results this run had not read: only the new one is kept.)
      const kept = spoil === cut ? ['c.txt'] : ['a.txt', 'b.txt', 'c.txt'];
      expect(keys().sort()).toEqual(kept);
      expect(readCache(p.path('.talklintcache')).lines).toBe(kept.length);
      // (Other bytes each time: c.txt is a miss, its result in this run's journal.)
      p.write('c.txt', SCRIPT + '\n'.repeat(++edits));
    }
  });

  it('an old entry replaced and then removed in the same run gets its gone line', async () => {
    p = project();
    for (const f of ['a.txt', 'b.txt', 'c.txt']) p.write(f, SCRIPT);
    await run(['a.txt', 'b.txt', 'c.txt']);
    const { cache } = LintCache.open(p.path('.talklintcache'), { racyMs: 0 });
    const ok = { filePath: 'a.txt', diagnostics: [], notices: [], languages: [], errorCount: 0, warningCount: 0, infoCount: 0 };
    cache.store(p.path('a.txt'), 'config', ok, new Uint8Array([1]));
    cache.store(p.path('a.txt'), 'config', { ...ok, fatal: { message: 'cannot read file' } });
    expect(cache.save()).toBeNull();
    expect(cacheText()).toMatch(/\n\{"gone":"a\.txt"\}\n$/);
    expect(keys()).toEqual(['b.txt', 'c.txt']);
  });

  it('two processes appending to one cache file at once: every line of both is whole, and both sets of entries are kept', async () => {
    p = project();
    p.write('a.txt', SCRIPT);
    await run(['a.txt']);
    const api = pathToFileURL(join(REPO_ROOT, 'dist', 'api')).href;
    // Each process stores 400 new entries (~4 KB results, ~1.6 MB in all) and saves, both waiting
    // for the same moment to start.
    const script = (tag: string, at: number): string => `
      const { LintCache } = await import(${JSON.stringify(api + '/cache.js')});
      const { writeFileSync } = await import('node:fs');
      const { cache } = LintCache.open(${JSON.stringify(p.path('.talklintcache'))});
      const big = 'x'.repeat(4000);
      for (let i = 0; i < 400; i++) {
        const file = ${JSON.stringify(p.dir)} + '/${tag}-' + i + '.txt';
        writeFileSync(file, String(i));
        cache.store(file, 'config', { filePath: '${tag}-' + i + '.txt', diagnostics: [], notices: [big], languages: [], errorCount: 0, warningCount: 0, infoCount: 0 }, new Uint8Array([i & 255]));
      }
      while (Date.now() < ${at}) {}
      const error = cache.save();
      if (error) throw new Error(error);
    `;
    const at = Date.now() + 1500;
    const runs = ['one', 'two'].map(
      (tag) =>
        new Promise<number | null>((done) => {
          const child = spawn(process.execPath, ['--input-type=module', '-e', script(tag, at)], { stdio: 'inherit' });
          child.on('exit', done);
        }),
    );
    expect(await Promise.all(runs)).toEqual([0, 0]);
    const cache = readCache(p.path('.talklintcache'));
    expect(cache.lines).toBe(801);
    expect(keys().length).toBe(801);
    expect(keys().filter((k) => k.startsWith('one-'))).toHaveLength(400);
    expect(keys().filter((k) => k.startsWith('two-'))).toHaveLength(400);
  }, 30_000);

  it('a layout-2 file (a line per file) is read as it is, and rewritten as layout 3 once something changed', async () => {
    p = project();
    for (const f of ['a.txt', 'b.txt']) p.write(f, SCRIPT);
    await run(['a.txt', 'b.txt']);
    const v2 = cacheText().replace('{"talklintCache":3,', '{"talklintCache":2,');
    writeFileSync(p.path('.talklintcache'), v2);
    expect((await run(['a.txt', 'b.txt'])).hits).toBe(2);
    expect(cacheText()).toBe(v2);
    p.write('b.txt', SCRIPT + '\nЩас.\n');
    expect((await run(['a.txt', 'b.txt'])).hits).toBe(1);
    expect(readCache(p.path('.talklintcache')).header).toMatchObject({ talklintCache: 3 });
    expect(readCache(p.path('.talklintcache')).lines).toBe(2);
  });
});
