/** Helpers shared by the benchmark runners (bench/run.mjs, bench/textlint.mjs). */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '..');

export const log = (s) => process.stderr.write(s + '\n');

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** One measurement in a fresh process (bench/measure.mjs): its JSON line. */
export function measure(cfg) {
  const stdout = execFileSync(process.execPath, [join(HERE, 'measure.mjs'), JSON.stringify(cfg)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(stdout.trim().split('\n').pop());
}

/** Replaces what is between <!-- tag:start --> and <!-- tag:end --> in `file` with `content`. */
export function replaceBetweenMarkers(file, content, tag = 'bench') {
  const START = `<!-- ${tag}:start -->`;
  const END = `<!-- ${tag}:end -->`;
  if (!existsSync(file)) return;
  const text = readFileSync(file, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a === -1 || b === -1 || b < a) {
    log(`bench: ${file} has no ${START} … ${END} markers; not updated`);
    return;
  }
  writeFileSync(file, text.slice(0, a + START.length) + '\n' + content + '\n' + text.slice(b));
  log(`bench: figures written into ${file}`);
}
