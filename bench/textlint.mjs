/**
 * `npm run bench:textlint`: talklint against textlint with textlint-rule-prh on the same rules,
 * over the bench corpus — the comparison issue #6 is judged by. Opt-in (not part of `npm run
 * bench`): textlint is ~170 packages, installed here on first use from bench/textlint's lock
 * file (`npm ci --prefix bench/textlint`), not with talklint; and it takes minutes.
 *
 * "The same rules": every literal phrase of the shipped packs, exactly the literals of the naive
 * RegExp baseline (bench/naive.mjs: alternatives expanded, optional parts both ways, gaps and
 * slots split a phrase), one prh rule each — `pattern: /<literal>/i`, so that prh, like the naive
 * RegExp, finds them in any case — with a replacement as `expected` (prh reports only where the
 * text differs from it). That is the most a prh dictionary can say of these packs: no
 * morphology, no speaker scoping, no Traditional/Simplified folding, no exceptions; talklint runs
 * with all of those on.
 *
 * Each round measures, each in a fresh process (bench/measure.mjs): the naive RegExp, talklint
 * in one thread (library), and textlint (its documented API: loadTextlintrc + createLinter +
 * lintFiles; loading textlint and its config is timed apart, as talklint's pack loading is).
 * Ratios are taken within a round; medians over rounds are reported. The figures go into
 * bench/results-textlint.json and between <!-- bench-textlint:start --> / <!-- bench-textlint:end -->
 * in docs/performance.md and README.md.
 *
 * Environment: BENCH_TEXTLINT_SHARE (1, 2, 4 or 8: the whole corpus or every k-th file; default 1),
 * BENCH_TEXTLINT_REPS (rounds, default 1: textlint took ~9 minutes over the whole corpus here), BENCH_FILES / BENCH_SEED as for `npm run bench`,
 * BENCH_NO_WRITE=1 (print only).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { CORPUS_DIR, corpusParams, ensureCorpus } from './generate.mjs';
import { packLiterals } from './naive.mjs';
import { ensureTextlint, log, measure, median, replaceBetweenMarkers, ROOT, roundsOf, writeTextlintConfig } from './shared.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const META = join(CORPUS_DIR, '.meta');
const PACKS = ['ru', 'zh', 'en'];
const SHARE = Number(process.env.BENCH_TEXTLINT_SHARE ?? 1);
const REPS = Number(process.env.BENCH_TEXTLINT_REPS ?? 1);
const WRITE = process.env.BENCH_NO_WRITE !== '1';

// `node bench/textlint.mjs --render`: rewrite the figures from bench/results-textlint.json only.
if (process.argv.includes('--render')) {
  writeFigures(JSON.parse(readFileSync(join(HERE, 'results-textlint.json'), 'utf8')));
  process.exit(0);
}

if (![1, 2, 4, 8].includes(SHARE)) throw new Error(`BENCH_TEXTLINT_SHARE must be 1, 2, 4 or 8, got ${process.env.BENCH_TEXTLINT_SHARE}`);
if (!Number.isInteger(REPS) || REPS < 1) throw new Error(`BENCH_TEXTLINT_REPS must be a whole number ≥ 1, got ${process.env.BENCH_TEXTLINT_REPS}`);
if (!existsSync(join(ROOT, 'dist', 'api', 'setup.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm run bench:textlint does)');

// textlint, from its lock file, on first use.
const versions = ensureTextlint();

// The corpus and the file list (every SHARE-th file of the sorted list, as npm run bench's subsets).
const manifest = ensureCorpus(corpusParams(), log);
const entries = manifest.entries.map((e) => ({ path: join(CORPUS_DIR, e.path), bytes: e.bytes })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
const chosen = entries.filter((_, i) => i % SHARE === 0);
mkdirSync(META, { recursive: true });
const listPath = join(META, `list-textlint-${SHARE}.txt`);
writeFileSync(listPath, chosen.map((e) => e.path).join('\n') + '\n');
const bytes = chosen.reduce((n, e) => n + e.bytes, 0);

// The prh dictionary: the naive RegExp's literals, one rule each.
const { loadPacks } = await import(new URL('../dist/packs/load.js', import.meta.url).href);
const loaded = loadPacks(PACKS, CORPUS_DIR);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const literals = packLiterals(loaded.packs);
const rcPath = writeTextlintConfig(META, literals, YAML);
log(`bench: ${chosen.length} files, ${(bytes / 1e6).toFixed(1)} MB; ${literals.length} literals as ${literals.length} prh rules; textlint ${versions.textlint}, textlint-rule-prh ${versions['textlint-rule-prh']}; ${REPS} rounds`);

const base = { cwd: CORPUS_DIR, packs: PACKS, list: listPath, bytes };
const configs = [
  ['regex', 'naive single RegExp', { ...base, kind: 'regex' }],
  ['talklint', 'talklint, 1 thread (library)', { ...base, kind: 'talklint', jobs: 1, recall: null }],
  ['textlint', 'textlint + textlint-rule-prh', { ...base, kind: 'textlint', rc: rcPath }],
];
measure({ ...base, kind: 'read' }); // the page cache, warm for every configuration alike
const startedAt = new Date();
const load0 = loadavg();
const rounds = roundsOf(configs, REPS, bytes);

const summary = Object.fromEntries(
  configs.map(([key, label]) => {
    const runs = rounds.map((r) => r[key]);
    const ms = median(runs.map((r) => r.ms));
    return [key, { label, ms, cpuMs: median(runs.map((r) => r.cpuMs)), maxRssMB: median(runs.map((r) => r.maxRssMB)), runsMs: runs.map((r) => Math.round(r.ms)), runsRssMB: runs.map((r) => Math.round(r.maxRssMB)), mbPerSec: bytes / 1e6 / (ms / 1000), filesPerSec: chosen.length / (ms / 1000), findings: runs[0].diagnostics ?? runs[0].matches, loadMs: runs[0].loadMs ?? null }];
  }),
);
const ratio = (a, b) => median(rounds.map((r) => r[a].ms / r[b].ms));
const results = {
  date: startedAt.toISOString(),
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${platform()} ${release()}`,
    loadAverageBefore: load0.map((x) => Math.round(x * 100) / 100),
    loadAverageAfter: loadavg().map((x) => Math.round(x * 100) / 100),
  },
  versions,
  corpus: { files: chosen.length, bytes, share: SHARE, seed: manifest.seed ?? corpusParams().seed },
  literals: literals.length,
  rounds: REPS,
  configs: summary,
  // Within-round ratios (medians): how many times faster the first is than the second.
  talklintOverTextlint: ratio('textlint', 'talklint'),
  regexOverTextlint: ratio('textlint', 'regex'),
  talklintOfRegex: ratio('regex', 'talklint'),
};
log(`talklint (1 thread) ${results.talklintOverTextlint.toFixed(1)}× textlint's speed; the naive RegExp ${results.regexOverTextlint.toFixed(1)}×; talklint at ${(100 * results.talklintOfRegex).toFixed(1)} % of the naive RegExp`);

if (WRITE) {
  writeFileSync(join(HERE, 'results-textlint.json'), JSON.stringify(results, null, 2) + '\n');
  writeFigures(results);
  log('bench: bench/results-textlint.json written');
}

function writeFigures(r) {
  for (const file of [join(ROOT, 'docs', 'performance.md'), join(ROOT, 'README.md')]) replaceBetweenMarkers(file, markdown(r, file.endsWith('performance.md')), 'bench-textlint');
}

function markdown(r, full) {
  const m = r.machine;
  const f1 = (x) => x.toFixed(1);
  const c = r.configs;
  const when = `${r.date.slice(0, 10)} ${r.date.slice(11, 16)} UTC`;
  const corpus = `${r.corpus.files} transcripts, ${f1(r.corpus.bytes / 1e6)} MB${r.corpus.share > 1 ? ` (every ${r.corpus.share}th file of the bench corpus)` : ' (the bench corpus)'}`;
  const headline =
    `talklint in one thread ran **${f1(r.talklintOverTextlint)}×** as fast as textlint ${r.versions.textlint} with textlint-rule-prh ${r.versions['textlint-rule-prh']} ` +
    `on the same phrases (${r.literals} literals as prh rules) over ${corpus}, with ${Math.round(c.talklint.maxRssMB)} MB peak RSS against textlint's ${Math.round(c.textlint.maxRssMB)} MB; ` +
    `the naive RegExp ran ${f1(r.regexOverTextlint)}× as fast as textlint. Measured ${when}, ${m.cpu}, ${m.cores} cores, Node ${m.node}; ${r.rounds} interleaved round${r.rounds > 1 ? 's' : ''}, medians of within-round ratios. Regenerate with \`npm run bench:textlint\`.`;
  if (!full) return headline;
  const rows = ['regex', 'talklint', 'textlint'].map((k) => {
    const x = c[k];
    return `| ${x.label} | ${Math.round(x.filesPerSec)} | ${f1(x.mbPerSec)} | ${f1(x.ms / 1000)} | ${f1(x.cpuMs / 1000)} | ${Math.round(x.maxRssMB)} | ${x.loadMs === null ? '–' : Math.round(x.loadMs)} | ${x.findings} |`;
  });
  return [
    headline,
    '',
    '| configuration | files/s | MB/s | wall s | CPU s | peak RSS MB | load ms | findings / matches |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    `Load average before/after: ${m.loadAverageBefore.join(' ')} / ${m.loadAverageAfter.join(' ')}. Wall times per round: ` +
      ['regex', 'talklint', 'textlint'].map((k) => `${k} ${c[k].runsMs.map((ms) => f1(ms / 1000)).join(', ')} s`).join('; ') +
      `. The last column: the RegExp's matches, prh's reports (${c.textlint.findings === c.regex.findings ? 'exactly as many: the same phrases found' : 'not the same count: see the prh dictionary in bench/corpus/.meta/prh.yml'}), talklint's findings — far fewer, as its rules report what they mean (one finding for a rule's phrase, speaker scoping, word forms, exceptions, required and sequence rules), where a literal such as «нет» matches wherever the word stands.`,
  ].join('\n');
}
