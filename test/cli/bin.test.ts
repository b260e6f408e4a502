/**
 * The shipped binary: bin/talklint.js runs the bundled CLI (dist/cli/talklint.cjs, built by
 * `npm test`'s pretest) through node:vm with V8's code cache in talklint's cache folder. Its
 * output must be the in-process CLI's (src/), byte for byte, with and without the code cache, and
 * the bundled worker (dist/cli/worker.js) must serve --jobs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/cli.js';

let dir: string;
let tmp: string;
const N = 120;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'talklint-bin-'));
  tmp = mkdtempSync(join(tmpdir(), 'talklint-bin-tmp-'));
  mkdirSync(join(dir, 'calls'));
  for (let i = 0; i < N; i++) {
    const lines = ['Оператор: Здравствуйте, компания «Ромашка», меня зовут Анна. Чем могу помочь?', 'Клиент: Когда придёт курьер?'];
    if (i % 3 === 0) lines.push('Оператор: Я не знаю, щас посмотрю.');
    if (i % 7 === 0) lines.push('客服：你必须先填写投保单。');
    lines.push('Клиент: Спасибо.', 'Оператор: Всего доброго!');
    writeFileSync(join(dir, 'calls', `call-${String(i).padStart(3, '0')}.txt`), lines.join('\n') + '\n');
  }
  writeFileSync(join(dir, 'count.mjs'), 'export default (results) => `${results.length} files, ${results.reduce((n, r) => n + r.diagnostics.length, 0)} findings\\n`;\n');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
});

function bin(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(REPO_ROOT, 'bin/talklint.js'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    // TALKLINT_WORKER_MIN_BYTES=0: these small runs still use the bundled worker with --jobs 2.
    env: { ...process.env, NO_COLOR: '1', TMPDIR: tmp, TALKLINT_WORKER_MIN_BYTES: '0', ...env },
  });
}
const codeCaches = () => {
  const cacheDir = readdirSync(tmp).find((d) => d.startsWith('talklint-cache-'));
  return cacheDir ? readdirSync(join(tmp, cacheDir)).filter((f) => f.endsWith('.v8cache')).map((f) => join(tmp, cacheDir, f)) : [];
};

describe('the bundled binary', () => {
  it('is built', () => {
    expect(existsSync(join(REPO_ROOT, 'dist/cli/talklint.cjs'))).toBe(true);
    expect(existsSync(join(REPO_ROOT, 'dist/cli/worker.js'))).toBe(true);
  });

  it('gives the in-process report byte for byte: first run (writes the code cache), second run (uses it), --jobs 2', async () => {
    const args = ['--no-config', '-p', 'ru', '-p', 'zh', '-f', 'json', 'calls'];
    const expected = await runCli([...args, '--jobs', '1'], { cwd: dir });
    expect(expected.code).toBe(1);
    const first = bin([...args, '--jobs', '1']);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe(expected.stdout);
    expect(first.status).toBe(1);
    expect(codeCaches()).toHaveLength(1);
    const second = bin([...args, '--jobs', '2']);
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe(expected.stdout);
    expect(second.status).toBe(1);
  }, 60_000);

  it('--jobs 2 runs the bundled worker (dist/cli/worker.js), not quietly one thread', () => {
    // Enough work that this thread cannot finish before the worker is up (~0.2 s).
    const many = join(dir, 'many');
    mkdirSync(many);
    const turns = Array.from({ length: 40 }, (_, k) => (k % 2 ? 'Клиент: Когда придёт курьер? Заказ 1234.' : 'Оператор: Сейчас проверю, минуту. Я не знаю, щас посмотрю.'));
    for (let i = 0; i < 400; i++) writeFileSync(join(many, `c-${i}.txt`), turns.join('\n') + '\n');
    const debug = bin(['--no-config', '-p', 'ru', '-f', './count.mjs', '--jobs', '2', 'many'], { TALKLINT_DEBUG: '1' });
    expect(debug.status).toBe(1);
    expect(debug.stderr).toMatch(/^talklint: 400 files linted in \d+ ms, --jobs 2: this thread and 1 worker thread\n$/);
  }, 60_000);

  it('a damaged code cache is rejected by V8 and written anew; TALKLINT_NO_CACHE=1 writes none', async () => {
    const [cache] = codeCaches();
    expect(cache).toBeDefined();
    writeFileSync(cache!, Buffer.from('not a code cache at all'));
    const r = bin(['--no-config', '-p', 'ru', 'calls/call-000.txt']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('ru/no-dont-know');
    expect(codeCaches()).toEqual([cache]);
    const again = bin(['--no-config', '-p', 'ru', 'calls/call-000.txt']);
    expect(again.stdout).toBe(r.stdout);
    rmSync(cache!);
    bin(['--no-config', '-p', 'ru', 'calls/call-001.txt'], { TALKLINT_NO_CACHE: '1' });
    expect(codeCaches()).toEqual([]);
  }, 60_000);

  it('takes no code cache from a cache folder that others may write to', () => {
    for (const f of codeCaches()) rmSync(f);
    const cacheDir = join(tmp, readdirSync(tmp).find((d) => d.startsWith('talklint-cache-'))!);
    chmodSync(cacheDir, 0o777);
    try {
      const r = bin(['--no-config', '-p', 'ru', 'calls/call-000.txt']);
      expect(r.status).toBe(1);
      expect(codeCaches()).toEqual([]);
    } finally {
      chmodSync(cacheDir, 0o700);
    }
    bin(['--no-config', '-p', 'ru', 'calls/call-000.txt']);
    expect(codeCaches()).toHaveLength(1);
  });

  it('loads a --format module (import() from inside the bundle, with and without the code cache)', async () => {
    const args = ['--no-config', '-p', 'ru', '-f', './count.mjs', 'calls'];
    const expected = await runCli(args, { cwd: dir });
    expect(expected.stdout).toMatch(new RegExp(`^${N} files, [1-9]\\d* findings\n$`));
    for (const env of [{}, {}, { TALKLINT_NO_CACHE: '1' }]) {
      const r = bin(args, env);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(expected.stdout);
    }
  });
  it('ends quietly with its exit code when the reader of its output goes away (`talklint … | head`)', async () => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin/talklint.js'), '--no-config', '-p', 'ru', '-p', 'zh', '-f', 'json', '--jobs', '1', 'calls'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', TMPDIR: tmp },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The read end closed before the first write: every write of the report meets EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(1); // the findings' exit code, as with the whole report read
  }, 30_000);

  it.skipIf(!existsSync('/dev/full'))('says so and exits 2 when standard output cannot be written (a full disk)', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [join(REPO_ROOT, 'bin/talklint.js'), '--no-config', '-p', 'ru', '-f', 'json', 'calls'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', TMPDIR: tmp },
        stdio: ['ignore', full, 'pipe'],
      });
      expect(r.stderr).toMatch(/^talklint: cannot write the report to standard output: ENOSPC/);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(r.status).toBe(2);
    } finally {
      closeSync(full);
    }
  });
});
