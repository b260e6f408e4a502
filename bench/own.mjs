/**
 * `npm run bench:own -- <folder> [--textlint]`: the benchmark's main comparison on your own calls
 * instead of the generated corpus — reading the files, the naive single RegExp of the shipped
 * packs' literal phrases, talklint in one thread and with --jobs, the command line — each in a
 * fresh process (bench/measure.mjs), in interleaved rounds. `--textlint` adds textlint with
 * textlint-rule-prh on the same literals (see bench/textlint.mjs; installed on first use).
 *
 * The files are the ones `talklint <folder>` would lint (the same extensions and ignores); every
 * shipped pack is on. Nothing in the repository is written: the figures are printed as Markdown
 * on standard output (progress on stderr). BENCH_REPS sets the rounds (default 3).
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import YAML from 'yaml';
import { packLiterals } from './naive.mjs';
import { ensureTextlint, log, measure, median, roundsOf, writeTextlintConfig } from './shared.mjs';

const PACKS = ['ru', 'zh', 'en'];
const REPS = Number(process.env.BENCH_REPS ?? 3);
const args = process.argv.slice(2);
const withTextlint = args.includes('--textlint');
const folders = args.filter((a) => a !== '--textlint');
if (folders.length !== 1) {
  log('usage: npm run bench:own -- <folder of calls> [--textlint]');
  process.exit(2);
}
if (!Number.isInteger(REPS) || REPS < 1) throw new Error(`BENCH_REPS must be a whole number ≥ 1, got ${process.env.BENCH_REPS}`);
const folder = resolve(folders[0]);
let isFolder = false;
try {
  isFolder = statSync(folder).isDirectory();
} catch {
  // missing: said below
}
if (!isFolder) {
  log(`bench: ${folder} is not a folder (npm run bench:own -- <folder of calls>)`);
  process.exit(2);
}

const { collectFiles } = await import(new URL('../dist/api/files.js', import.meta.url).href);
const { loadPacks } = await import(new URL('../dist/packs/load.js', import.meta.url).href);
const collected = await collectFiles(['.'], { cwd: folder });
const files = collected.files;
if (files.length === 0) {
  log(`bench: no files talklint reads in ${folder}`);
  process.exit(2);
}
// textlint reads plain text and Markdown only (its built-in plugins): the comparison needs the
// same files on both sides.
const other = files.filter((f) => !/\.(?:txt|md|markdown)$/i.test(f));
if (withTextlint && other.length > 0) {
  log(`bench: --textlint needs a folder of .txt / .md transcripts (what textlint reads without plugins); ${other.length} of the ${files.length} files are other formats, e.g. ${other[0]}`);
  process.exit(2);
}
const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
const work = mkdtempSync(join(tmpdir(), 'talklint-bench-own-'));
try {
  const list = join(work, 'list.txt');
  writeFileSync(list, files.join('\n') + '\n');
  const base = { cwd: folder, packs: PACKS, list, bytes };
  const cores = availableParallelism();
  const configs = [
    ['read', 'read + UTF-8 decode only (baseline)', { ...base, kind: 'read' }],
    ['regex', 'naive single RegExp (baseline)', { ...base, kind: 'regex' }],
    ['single', 'talklint, 1 thread (library)', { ...base, kind: 'talklint', jobs: 1, recall: null }],
    ...(cores > 1 ? [['jobs', `talklint, --jobs ${cores} (library)`, { ...base, kind: 'talklint', jobs: cores, recall: null }]] : []),
    ['cli', `\`talklint -f json\` (command line, default --jobs ${cores})`, { ...base, kind: 'cli', args: ['--no-config', '-p', 'ru', '-p', 'zh', '-p', 'en', '-f', 'json', '.'] }],
  ];
  let versions = null;
  let literals = 0;
  if (withTextlint) {
    versions = ensureTextlint();
    const loaded = loadPacks(PACKS, folder);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const phrases = packLiterals(loaded.packs);
    literals = phrases.length;
    configs.push(['textlint', `textlint ${versions.textlint} + textlint-rule-prh ${versions['textlint-rule-prh']} (${literals} literals)`, { ...base, kind: 'textlint', rc: writeTextlintConfig(work, phrases, YAML) }]);
  }

  log(`bench: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB in ${folder}; ${REPS} interleaved rounds`);
  measure({ ...base, kind: 'read' }); // the page cache, warm for every configuration alike
  const load0 = loadavg();
  const rounds = roundsOf(configs, REPS, bytes);
  const ratio = (slow, fast) => median(rounds.map((r) => r[slow].ms / r[fast].ms));
  const f1 = (x) => x.toFixed(1);
  const out = [
    `${files.length} files, ${f1(bytes / 1e6)} MB (${folder}); ${cpus()[0]?.model ?? 'unknown CPU'}, ${cores} cores, Node ${process.version}; load average before/after ${load0.map((x) => x.toFixed(2)).join(' ')} / ${loadavg().map((x) => x.toFixed(2)).join(' ')}; medians of ${REPS} interleaved rounds, each run in a fresh process; every shipped pack on.`,
    '',
    '| configuration | files/s | MB/s | wall s | CPU s | peak RSS MB | vs naive RegExp |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [key, label] of configs) {
    const runs = rounds.map((r) => r[key]);
    const ms = median(runs.map((r) => r.ms));
    out.push(`| ${label} | ${Math.round(files.length / (ms / 1000))} | ${f1(bytes / 1e6 / (ms / 1000))} | ${f1(ms / 1000)} | ${f1(median(runs.map((r) => r.cpuMs)) / 1000)} | ${Math.round(median(runs.map((r) => r.maxRssMB)))} | ${ratio('regex', key).toFixed(2)}× |`);
  }
  out.push('');
  out.push(`talklint in one thread: **${f1(100 * ratio('regex', 'single'))} %** of the naive RegExp's speed` + (cores > 1 ? `; --jobs ${cores}: **${ratio('single', 'jobs').toFixed(2)}×** one thread` : '') + (withTextlint ? `; **${f1(ratio('textlint', 'single'))}×** textlint's speed` : '') + '. Ratios are medians of the ratios within each round.');
  process.stdout.write(out.join('\n') + '\n');
} finally {
  rmSync(work, { recursive: true, force: true });
}
