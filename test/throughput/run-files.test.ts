import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LARGE_EXPORT_BYTES } from '../../src/api/large-export.js';
import { sha256, type ReadStamp } from '../../src/api/read-stamp.js';
import { MIN_BYTES_PER_THREAD, MIN_FILES_PER_THREAD, runFiles, workerCount } from '../../src/api/run-files.js';
import { setup, type Setup, type SetupOptions } from '../../src/api/setup.js';
import type { FileResult } from '../../src/types.js';

const AGENT = ['Здравствуйте, компания «Ромашка», меня зовут Анна. Чем могу помочь?', 'Я не знаю, когда придёт курьер.', 'Ты можешь подождать?', 'Сейчас проверю информацию.', 'Всего доброго!'];
const CUSTOMER = ['Я не знаю номер договора.', 'Когда придёт курьер?', 'Спасибо.'];
const ZH = ['您好，欢迎致电平安保险，我是小王，请问有什么可以帮您？', '這個我不知道。', '你稍等一下。', '感谢您的来电，再见！'];

/** A deterministic transcript: which lines hold violations depends on i. */
function transcript(i: number): string {
  if (i % 5 === 4) return ZH.slice(0, 2 + (i % 3)).map((t) => `客服：${t}\n客户：请问快递什么时候到？`).join('\n') + '\n';
  const lines: string[] = [];
  for (let t = 0; t < 4 + (i % 6); t++) {
    lines.push(t % 2 === 0 ? `Оператор: ${AGENT[(i + t) % AGENT.length]}` : `Клиент: ${CUSTOMER[(i * t) % CUSTOMER.length]}`);
  }
  return lines.join('\n') + '\n';
}

let dir: string;
let files: string[];
let s: Setup;
let setupOptions: SetupOptions;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'talklint-run-files-'));
  files = [];
  for (let i = 0; i < 130; i++) {
    const f = join(dir, `call-${String(i).padStart(3, '0')}.txt`);
    writeFileSync(f, transcript(i));
    files.push(f);
  }
  setupOptions = { cwd: dir, noConfig: true, packs: ['ru', 'zh'] };
  const built = setup(setupOptions);
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  s = built;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(list: readonly string[], jobs: number, extra: object = {}): Promise<{ results: FileResult[]; order: number[] }> {
  const results: FileResult[] = [];
  const order: number[] = [];
  // minBytesPerThread 0: these small files still get worker threads (the path under test).
  await runFiles(list, { setupOptions, setup: s, input: { labels: s.linter.labels }, cwd: dir, jobs, sourceText: 'drop', minBytesPerThread: 0, ...extra }, (r, i) => {
    results.push(r);
    order.push(i);
  });
  return { results, order };
}

describe('workerCount', () => {
  it.each([
    [10, 8, true, 0],
    [MIN_FILES_PER_THREAD * 2 - 1, 8, true, 0],
    [MIN_FILES_PER_THREAD * 2, 8, true, 1],
    [MIN_FILES_PER_THREAD * 2, 8, false, 2],
    [MIN_FILES_PER_THREAD * 3, 2, true, 1],
    [MIN_FILES_PER_THREAD * 3, 8, true, 2],
    [MIN_FILES_PER_THREAD * 100, 4, true, 3],
    [MIN_FILES_PER_THREAD * 100, 4, false, 4],
    [MIN_FILES_PER_THREAD * 100, 1, true, 0],
    [MIN_FILES_PER_THREAD * 100, 1, false, 0],
  ])('%i files, --jobs %i, main thread lints: %s → %i workers', (n, jobs, mainLints, expected) => {
    expect(workerCount(n, jobs, mainLints)).toBe(expected);
  });
  it.each([
    [1000, 8, 2 * MIN_BYTES_PER_THREAD - 1, 0],
    [1000, 8, 2 * MIN_BYTES_PER_THREAD, 1],
    [1000, 8, 3 * MIN_BYTES_PER_THREAD, 2],
    [1000, 2, 100 * MIN_BYTES_PER_THREAD, 1],
    [60, 8, 100 * MIN_BYTES_PER_THREAD, 0],
  ])('%i files, --jobs %i, %i bytes → %i workers (main thread lints)', (n, jobs, bytes, expected) => {
    expect(workerCount(n, jobs, true, bytes)).toBe(expected);
    expect(workerCount(n, jobs, true, bytes, 0)).toBe(workerCount(n, jobs, true));
  });
  it('a small run (130 files, a few hundred KB) starts no worker by default', async () => {
    const stats = { workersStarted: 0 };
    await runFiles(files, { setupOptions, setup: s, input: { labels: s.linter.labels }, cwd: dir, jobs: 2, sourceText: 'drop', stats }, () => undefined);
    expect(stats.workersStarted).toBe(0);
  });
});

describe('runFiles with worker threads', () => {
  it('gives the results of one thread, in file order', async () => {
    const one = await collect(files, 1);
    const two = await collect(files, 2);
    const workersOnly = await collect(files, 2, { mainThreadLints: false });
    expect(workersOnly.results).toEqual(one.results);
    expect(workersOnly.order).toEqual(one.order);
    expect(one.order).toEqual(files.map((_, i) => i));
    expect(two.order).toEqual(one.order);
    expect(two.results).toEqual(one.results);
    // The fixture really exercises the rules: violations in Russian and Traditional Chinese.
    const ids = new Set(one.results.flatMap((r) => r.diagnostics.map((d) => d.ruleId)));
    expect(ids).toContain('ru/no-dont-know');
    expect(ids).toContain('ru/formal-address');
    expect(ids).toContain('zh/no-dont-know');
    expect(one.results[1]!.filePath).toBe('call-001.txt');
    const first = one.results[1]!.diagnostics.find((d) => d.ruleId === 'ru/no-dont-know')!;
    expect([first.line, first.column, first.endColumn]).toEqual([1, 11, 20]);
  }, 60_000);

  it('reports a file that cannot be read and goes on', async () => {
    const list = [...files.slice(0, 60), join(dir, 'missing.txt'), ...files.slice(60, 110)];
    const two = await collect(list, 2);
    expect(two.order).toEqual(list.map((_, i) => i));
    expect(two.results[60]!.fatal).toEqual({ message: 'cannot read file: no such file; skipped' });
    expect(two.results.filter((r) => r.fatal).length).toBe(1);
  }, 60_000);

  it('a file that crashes its worker gets a fatal result; the run neither hangs nor loses files', async () => {
    // The worker thread linting crash-me.txt ends abruptly (process.exit in the thread, through
    // the worker's test seam), as an out-of-memory or a native crash would end it.
    const crash = join(dir, 'crash-me.txt');
    writeFileSync(crash, 'Оператор: Здравствуйте.\n');
    const list = [...files.slice(0, 70), crash, ...files.slice(70, 120)];
    const one = await collect(files.slice(0, 120), 1);
    process.env.TALKLINT_TEST_WORKER_EXIT_ON = 'crash-me.txt';
    let two: Awaited<ReturnType<typeof collect>>;
    try {
      // Only workers lint (mainThreadLints: false), so the file is always linted in a worker.
      two = await collect(list, 2, { mainThreadLints: false });
    } finally {
      delete process.env.TALKLINT_TEST_WORKER_EXIT_ON;
    }
    expect(two.order).toEqual(list.map((_, i) => i));
    expect(two.results[70]!.filePath).toBe('crash-me.txt');
    expect(two.results[70]!.fatal?.message).toBe('internal error: linting this file crashed its worker thread; skipped');
    // Every other file (including those of the crashed worker's batches, retried) as in one thread.
    expect([...two.results.slice(0, 70), ...two.results.slice(71)]).toEqual(one.results);
  }, 120_000);
});

describe('a large JSON Lines export with worker threads', () => {
  /** Calls of 3–8 turns (`calls` of them), one JSON line a turn; `apart`: the first call comes back at the end. */
  function exportText(calls: number, apart = false): string {
    const lines: string[] = [];
    for (let c = 0; c < calls; c++) {
      for (let t = 0; t < 3 + (c % 6); t++) {
        const agent = t % 2 === 0;
        lines.push(JSON.stringify({ call_id: `call-${c}`, speaker: agent ? 'agent' : 'customer', text: agent ? AGENT[(c + t) % AGENT.length] : CUSTOMER[(c * t) % CUSTOMER.length] }));
      }
    }
    if (apart) lines.push(JSON.stringify({ call_id: 'call-0', speaker: 'agent', text: 'Я не знаю.' }));
    return lines.join('\n') + '\n';
  }
  // Ranges of 20 KB from 0 bytes on: the ~400 KB file is cut into ~20 ranges.
  const cut = { exportMinBytes: 0, exportRangeBytes: 20_000 };

  it('is linted in ranges by every thread, with the result one thread gives, in its place among other files', async () => {
    const exportPath = join(dir, 'day.jsonl');
    writeFileSync(exportPath, exportText(1500));
    const list = [...files.slice(0, 60), exportPath, ...files.slice(60, 100)];
    const one = await collect(list, 1);
    const stats = { workersStarted: 0, exportRanges: 0 };
    const two = await collect(list, 2, { ...cut, stats });
    expect(stats.workersStarted).toBe(1);
    expect(stats.exportRanges).toBeGreaterThan(10);
    expect(two.order).toEqual(list.map((_, i) => i));
    expect(two.results).toEqual(one.results);
    const workersOnly = await collect(list, 3, { ...cut, mainThreadLints: false });
    expect(workersOnly.results).toEqual(one.results);
    // The export's findings are spread over the whole file (every range found some).
    const lines = one.results[60]!.diagnostics.map((d) => d.line);
    expect(lines.length).toBeGreaterThan(500);
    expect(Math.max(...lines)).toBeGreaterThan(7000);
  }, 120_000);

  it('a CSV export too (cut outside quoted fields), with the result one thread gives', async () => {
    const quote = (v: string): string => `"${v.replace(/"/g, '""')}"`;
    const rows = exportText(1200)
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { call_id: string; speaker: string; text: string })
      .map((r, i) => [r.call_id, r.speaker, i % 7 === 0 ? quote(`${r.text}\nещё строка, "в кавычках"`) : quote(r.text)].join(','));
    const exportPath = join(dir, 'day.csv');
    writeFileSync(exportPath, ['call_id,speaker,text', ...rows].join('\r\n') + '\r\n');
    const list = [...files.slice(0, 60), exportPath];
    const one = await collect(list, 1);
    const stats = { workersStarted: 0, exportRanges: 0 };
    const two = await collect(list, 2, { ...cut, stats });
    expect(stats.exportRanges).toBeGreaterThan(10);
    expect(one.results[60]!.diagnostics.length).toBeGreaterThan(300);
    expect(two.results).toEqual(one.results);
  }, 120_000);

  it('an export whose calls cannot be cut (a call comes back at the end) gets the result one thread gives', async () => {
    const exportPath = join(dir, 'apart.jsonl');
    writeFileSync(exportPath, exportText(800, true));
    const list = [...files.slice(0, 100), exportPath];
    const one = await collect(list, 1);
    const stats = { workersStarted: 0, exportRanges: 0 };
    const two = await collect(list, 2, { ...cut, stats });
    expect(stats.exportRanges).toBeGreaterThan(10);
    expect(two.results).toEqual(one.results);
  }, 120_000);

  it('a range that crashes its worker: the export gets a fatal result, every other file its own', async () => {
    const exportPath = join(dir, 'crash-range.jsonl');
    writeFileSync(exportPath, exportText(300));
    const list = [...files.slice(0, 100), exportPath, ...files.slice(100, 120)];
    const one = await collect(list, 1);
    process.env.TALKLINT_TEST_WORKER_EXIT_ON = 'crash-range.jsonl';
    let two: Awaited<ReturnType<typeof collect>>;
    try {
      two = await collect(list, 2, { ...cut, mainThreadLints: false });
    } finally {
      delete process.env.TALKLINT_TEST_WORKER_EXIT_ON;
    }
    expect(two.order).toEqual(list.map((_, i) => i));
    expect(two.results[100]!.fatal?.message).toBe('internal error: linting this file crashed its worker thread; skipped');
    expect([...two.results.slice(0, 100), ...two.results.slice(101)]).toEqual([...one.results.slice(0, 100), ...one.results.slice(101)]);
  }, 120_000);

  describe('readStamps (--cache): each result comes with the hash of the bytes it was linted from', () => {
    /** A run's third onResult arguments, by file index. */
    async function reads(list: readonly string[], jobs: number, extra: object = {}): Promise<Array<ReadStamp | undefined>> {
      const out: Array<ReadStamp | undefined> = [];
      await runFiles(list, { setupOptions, setup: s, input: { labels: s.linter.labels }, cwd: dir, jobs, sourceText: 'drop', minBytesPerThread: 0, readStamps: { racyMs: 0 }, ...extra }, (r, i, read) => {
        if (read !== undefined) {
          // The result's JSON as the cache stores it, made where the file was linted: the result itself (no source here).
          const { json, ...stamp } = read;
          expect(JSON.parse(new TextDecoder().decode(json))).toEqual(JSON.parse(JSON.stringify(r)));
          out[i] = stamp;
        }
      });
      return out;
    }
    const expected = (f: string): ReadStamp => {
      const st = statSync(f);
      return { hash: sha256(readFileSync(f)), stat: [st.size, st.mtimeMs, st.ctimeMs, st.ino] };
    };

    it('whole files, in this thread and in workers; an export cut into ranges (hashed once, before the ranges are read); none for a file that cannot be read', async () => {
      const exportPath = join(dir, 'stamped.jsonl');
      const apartPath = join(dir, 'stamped-apart.jsonl');
      writeFileSync(exportPath, exportText(900));
      writeFileSync(apartPath, exportText(300, true));
      const missing = join(dir, 'no-such-call.txt');
      const list = [...files.slice(0, 70), exportPath, missing, apartPath, ...files.slice(70, 120)];
      const want = list.map((f) => (f === missing ? undefined : expected(f)));
      expect(await reads(list, 1)).toEqual(want);
      expect(await reads(list, 2, cut)).toEqual(want);
      // Every file in a worker (this thread can finish a small run before a worker is up).
      const stats = { workersStarted: 0, exportRanges: 0 };
      expect(await reads(list, 2, { ...cut, mainThreadLints: false, stats })).toEqual(want);
      expect(stats.workersStarted).toBe(2);
      expect(stats.exportRanges).toBeGreaterThan(10);
    }, 120_000);

    it('an export read in pieces by one thread (from LARGE_EXPORT_BYTES on) is hashed in a read of its own first', async () => {
      const big = join(dir, 'big.jsonl');
      let text = exportText(2000);
      text = text.repeat(Math.ceil((LARGE_EXPORT_BYTES + 1) / Buffer.byteLength(text)));
      writeFileSync(big, text);
      expect(statSync(big).size).toBeGreaterThan(LARGE_EXPORT_BYTES);
      expect(await reads([big], 1)).toEqual([expected(big)]);
      rmSync(big);
    }, 120_000);

    it('a file that cannot be read gets the same fatal result with readStamps as without, and no stamp', async () => {
      const folder = join(dir, 'a-folder.txt');
      mkdirSync(folder, { recursive: true });
      const list = [folder, join(dir, 'missing.txt'), files[0]!];
      const plain: FileResult[] = [];
      await runFiles(list, { setupOptions, setup: s, input: { labels: s.linter.labels }, cwd: dir, sourceText: 'drop' }, (r) => plain.push(r));
      const stamped: FileResult[] = [];
      const got: unknown[] = [];
      await runFiles(list, { setupOptions, setup: s, input: { labels: s.linter.labels }, cwd: dir, sourceText: 'drop', readStamps: { racyMs: 0 } }, (r, i, read) => {
        stamped.push(r);
        got[i] = read?.hash;
      });
      expect(stamped).toEqual(plain);
      expect(plain.map((r) => r.fatal?.message)).toEqual(['cannot read file: is a directory; skipped', 'cannot read file: no such file; skipped', undefined]);
      expect(got).toEqual([undefined, undefined, sha256(readFileSync(files[0]!))]);
    });

    it('no stamp for a file changed within the racy window (its hash still); nothing without readStamps', async () => {
      const fresh = join(dir, 'just-written.txt');
      writeFileSync(fresh, transcript(7));
      const got: Array<ReadStamp | undefined> = [];
      await runFiles([fresh], { setupOptions, setup: s, input: { labels: s.linter.labels }, cwd: dir, readStamps: { racyMs: 60_000 } }, (_r, i, read) => (got[i] = read));
      expect(got.map((r) => r && { hash: r.hash, stat: r.stat })).toEqual([{ hash: sha256(readFileSync(fresh)), stat: undefined }]);
      const none: unknown[] = [];
      await runFiles([fresh], { setupOptions, setup: s, input: { labels: s.linter.labels }, cwd: dir }, (_r, i, read) => (none[i] = read));
      expect(none).toEqual([undefined]);
    });
  });
});
