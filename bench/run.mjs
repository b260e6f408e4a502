/**
 * `npm run bench`: builds, generates (or reuses) the corpus, measures, writes bench/results.json
 * and the figures between <!-- bench:start --> / <!-- bench:end --> in README.md and
 * docs/performance.md. Figures are regenerated, never typed by hand.
 *
 * Environment: BENCH_FILES (corpus size, default 20000), BENCH_SEED, BENCH_REPS (repetitions
 * per measurement, default 3; medians are reported), BENCH_STARTUP_RUNS (default 10),
 * BENCH_NO_WRITE=1 (print only: neither bench/results.json nor README/docs).
 *
 * Each measurement runs in its own process (bench/measure.mjs), so its peak RSS is its own.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem, platform, release, availableParallelism } from 'node:os';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { CORPUS_DIR, corpusParams, ensureCorpus } from './generate.mjs';
import { log, measure, median, replaceBetweenMarkers } from './shared.mjs';
import { mulberry32 } from './prng.mjs';
import { writeFormatCopies } from './formats.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const META = join(CORPUS_DIR, '.meta');

/**
 * The calls of a file list as one JSON Lines export (call id = file name, one record per
 * labelled line), written once: how a contact-centre platform exports a day of calls.
 */
function ensureExport(list, path, csv = false) {
  // Kept while it is newer than the list (a regenerated corpus writes its lists anew).
  if (existsSync(path) && statSync(path).mtimeMs >= statSync(list).mtimeMs) return path;
  const LABELLED = /^([^:：\n]{1,40})[:：]\s*(.*)$/;
  // CSV: every field quoted (quotes doubled), CRLF row ends, as spreadsheet exports write it.
  const quote = (v) => `"${v.replace(/"/g, '""')}"`;
  let out = csv ? 'call_id,speaker,text\r\n' : '';
  for (const file of readFileSync(list, 'utf8').split('\n').filter(Boolean)) {
    const id = file.slice(file.lastIndexOf('/') + 1).replace(/\.txt$/, '');
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const m = LABELLED.exec(line);
      if (m && m[2].trim() !== '') out += csv ? `${[id, m[1].trim(), m[2]].map(quote).join(',')}\r\n` : JSON.stringify({ call_id: id, speaker: m[1].trim(), text: m[2] }) + '\n';
    }
  }
  writeFileSync(path, out);
  return path;
}
const REPS = Number(process.env.BENCH_REPS ?? 3);
const STARTUP_RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 10);
const PACKS = ['ru', 'zh', 'en'];


// `node bench/run.mjs --render`: rewrite the figures in README.md and docs/performance.md from
// bench/results.json without measuring again.
if (process.argv.includes('--render')) {
  const saved = JSON.parse(readFileSync(join(HERE, 'results.json'), 'utf8'));
  writeFigures(saved);
  process.exit(0);
}

// ------------------------------------------------------------------------------------------
// Corpus and file lists.
const params = corpusParams();
const manifest = ensureCorpus(params, log);
const sizeOf = new Map(manifest.entries.map((e) => [join(CORPUS_DIR, e.path), e.bytes]));
const all = [...sizeOf.keys()].sort();
function writeList(name, files) {
  const path = join(META, `list-${name}.txt`);
  writeFileSync(path, files.join('\n') + '\n');
  return { name, path, files: files.length, bytes: files.reduce((n, f) => n + sizeOf.get(f), 0) };
}
// Subsets take every k-th file of the sorted list, so each keeps the corpus's language mix.
const stride = (k) => all.filter((_, i) => i % k === 0);
const lists = { full: writeList('full', all), half: writeList('half', stride(2)), quarter: writeList('quarter', stride(4)), eighth: writeList('eighth', stride(8)) };
// The other half (odd files), for the two-process ceiling.
lists.otherHalf = writeList('other-half', all.filter((_, i) => i % 2 === 1));

// ------------------------------------------------------------------------------------------
// Synthetic packs for pattern scaling: every forbidden rule of the shipped packs copied under a
// new pack id, each phrase varied by an extra word at its end (so the copies share the start
// words of the originals: the matcher's index lists grow, the honest cost of more patterns).
const VARIANTS = {
  ru: ['квитанцию', 'абонемент', 'роутер', 'накладную', 'мастера', 'курьера', 'пароль'],
  zh: ['发票', '路由器', '快递单', '积分卡', '密码', '师傅', '账单'],
  en: ['invoice', 'router', 'parcel', 'password', 'engineer', 'voucher', 'meter'],
};
function synthPacks(factor) {
  const paths = [];
  for (let k = 1; k < factor; k++) {
    for (const lang of PACKS) {
      const doc = YAML.parse(readFileSync(join(ROOT, 'rules', `${lang}.yaml`), 'utf8'));
      const id = `${lang}-x${k}`;
      const rules = doc.rules
        .filter((r) => r.type === 'forbidden')
        .map((r) => {
          const { examples: _examples, ...rest } = r;
          const patterns = {};
          for (const [l, list] of Object.entries(r.patterns ?? {})) {
            const word = VARIANTS[l]?.[(k - 1) % VARIANTS[l].length] ?? 'zzz';
            patterns[l] = list.filter((p) => typeof p === 'string').map((p) => `${p} ${word}`);
          }
          return { ...rest, id: `${id}/${r.id.split('/')[1]}`, patterns };
        })
        .filter((r) => Object.values(r.patterns).some((l) => l.length > 0));
      const pack = { pack: id, description: `benchmark copy ${k} of ${lang}`, languages: doc.languages, rules };
      const path = join(META, 'packs', `${id}.yaml`);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, YAML.stringify(pack));
      paths.push(path);
    }
  }
  return paths;
}

// ------------------------------------------------------------------------------------------
/**
 * The host's ceiling for two threads: two independent one-thread talklint processes started
 * together, each over its half of the files (alternate files), timed until both end. No workers,
 * no coordination, no shared heap: what two cores of this machine give talklint's work with
 * nothing of talklint's parallel machinery in the way. CPU is the sum, RSS the larger of the two.
 */
function measurePair(cfg) {
  const [a, b] = cfg.halves.map((h) => JSON.stringify({ ...cfg, kind: 'talklint', list: h.path, bytes: h.bytes, jobs: 1, recall: null }));
  const t0 = performance.now();
  const stdout = execFileSync('/bin/sh', ['-c', '"$0" "$1" "$2" & "$0" "$1" "$3" & wait', process.execPath, join(HERE, 'measure.mjs'), a, b], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ms = performance.now() - t0;
  const runs = stdout.trim().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
  if (runs.length !== 2) throw new Error(`pair: expected two measurements, got ${runs.length}`);
  return {
    kind: 'pair',
    files: runs[0].files + runs[1].files,
    bytes: runs[0].bytes + runs[1].bytes,
    diagnostics: runs[0].diagnostics + runs[1].diagnostics,
    ms,
    cpuMs: runs[0].cpuMs + runs[1].cpuMs,
    maxRssMB: Math.max(runs[0].maxRssMB, runs[1].maxRssMB),
    halvesMs: runs.map((r) => Math.round(r.ms)),
    filesPerSec: (runs[0].files + runs[1].files) / (ms / 1000),
    mbPerSec: (runs[0].bytes + runs[1].bytes) / 1e6 / (ms / 1000),
  };
}

/**
 * What the host's two vCPUs give two busy threads at this moment, talklint aside: an arithmetic
 * loop of bench/host.mjs (`loop`: 'ilp' or 'chain') timed alone, then two copies at once (two
 * processes). `scaling` is the work per second of the two against the one: 2.0 on two idle
 * cores; well under 2 for 'ilp' when the two vCPUs share one physical core (see host.mjs).
 */
function measureHost(loop) {
  const times = (script) =>
    execFileSync('/bin/sh', ['-c', script, process.execPath, join(HERE, 'host.mjs'), loop], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).ms);
  const [aloneMs] = times('"$0" "$1" "$2"');
  const pairMs = Math.max(...times('"$0" "$1" "$2" & "$0" "$1" "$2" & wait'));
  return { kind: 'host', loop, aloneMs, pairMs, scaling: (2 * aloneMs) / pairMs };
}

/** The host's scaling for `key` (measureHost results in the rounds): the median and each round's. */
function hostScaling(rounds, key) {
  if (!rounds[0][key]) return undefined;
  return { loop: rounds[0][key].loop, scaling: median(rounds.map((r) => r[key].scaling)), rounds: rounds.map((r) => Math.round(r[key].scaling * 100) / 100) };
}

/** `reps` rounds of every configuration in turn; returns one {key: measurement} per round. */
function interleaved(list, reps) {
  const out = [];
  for (let i = 0; i < reps; i++) {
    const round = {};
    for (const [key, label, cfg] of list) {
      if (cfg.kind === 'host') {
        const h = measureHost(cfg.loop);
        round[key] = h;
        log(`  round ${i + 1} ${label}: alone ${h.aloneMs.toFixed(0)} ms, two at once ${h.pairMs.toFixed(0)} ms: ${h.scaling.toFixed(2)}×`);
        continue;
      }
      const r = cfg.kind === 'pair' ? measurePair(cfg) : measure({ ...cfg, recall: i === 0 ? cfg.recall : null });
      round[key] = r;
      log(`  round ${i + 1} ${label}: ${(r.ms / 1000).toFixed(2)} s (cpu ${(r.cpuMs / 1000).toFixed(2)} s), ${(r.bytes / 1e6 / (r.ms / 1000)).toFixed(1)} MB/s, RSS ${r.maxRssMB.toFixed(0)} MB` + (r.fatal ? `, ${r.fatal} files skipped` : ''));
    }
    out.push(round);
  }
  return out;
}

/** summarize() of each configuration over the rounds of interleaved(). */
function summarizeRounds(rounds) {
  return Object.fromEntries(
    Object.keys(rounds[0])
      .filter((key) => rounds[0][key].kind !== 'host')
      .map((key) => [key, summarize(rounds.map((r) => r[key]))]),
  );
}

/** Medians of time/CPU/RSS over runs of one configuration; the first run's other fields. */
function summarize(runs) {
  const ms = median(runs.map((r) => r.ms));
  return {
    ...runs[0],
    ms,
    cpuMs: median(runs.map((r) => r.cpuMs)),
    maxRssMB: median(runs.map((r) => r.maxRssMB)),
    runsMs: runs.map((r) => Math.round(r.ms)),
    runsRssMB: runs.map((r) => Math.round(r.maxRssMB)),
    filesPerSec: runs[0].files / (ms / 1000),
    mbPerSec: runs[0].bytes / 1e6 / (ms / 1000),
  };
}

/**
 * Start-up times: each command spawned `runs` times (after one run that warms the disk cache),
 * the commands in turn within each round so that a host whose speed drifts slows all alike.
 * `argv` is the node arguments (a script and its arguments). Medians per command.
 */
function startup(commands, runs = STARTUP_RUNS) {
  const times = commands.map(() => []);
  for (let i = 0; i < runs + 1; i++) {
    commands.forEach((argv, k) => {
      const t = performance.now();
      const r = spawnSync(process.execPath, argv, { cwd: CORPUS_DIR, encoding: 'utf8' });
      const ms = performance.now() - t;
      if (r.status !== 0 && r.status !== 1) throw new Error(`node ${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
      if (i > 0) times[k].push(ms);
    });
  }
  return times.map((ts) => ({ medianMs: median(ts), minMs: Math.min(...ts), runs: ts.map((t) => Math.round(t)) }));
}

// ------------------------------------------------------------------------------------------
const startedAt = new Date();
const load0 = loadavg();
log(`bench: ${all.length} files, ${(lists.full.bytes / 1e6).toFixed(1)} MB; ${REPS} runs per measurement (medians)`);
const base = { cwd: CORPUS_DIR, packs: PACKS };

// Warm the page cache so the first measurement does not pay for the disk.
measure({ ...base, kind: 'read', list: lists.full.path });

// The full-corpus configurations run interleaved — one of each, then the next round — so that a
// machine whose speed drifts during the benchmark (a shared host) slows all of them alike; each
// ratio is taken within a round and the median over rounds is reported.
log('baselines and talklint over the full corpus (interleaved rounds):');
const cores = availableParallelism();
const cliArgs = ['--no-config', '-p', 'ru', '-p', 'zh', '-p', 'en', '-f', 'json', '.'];
const full = { ...base, list: lists.full.path, bytes: lists.full.bytes };
const configs = [
  ['read', 'read', { ...full, kind: 'read' }],
  ['regex', 'naive regex', { ...full, kind: 'regex' }],
  ['single', 'talklint --jobs 1', { ...full, kind: 'talklint', jobs: 1, recall: join(META, 'manifest.json') }],
  // The same bookkeeping as --jobs 1 (recall), so that the ratio compares the same work.
  ['jobs2', 'talklint --jobs 2', { ...full, kind: 'talklint', jobs: 2, recall: join(META, 'manifest.json') }],
  // Two separate one-thread processes at once, each on half the files: the host's ceiling for --jobs 2.
  ['pair', 'two 1-thread processes at once', { ...base, kind: 'pair', halves: [lists.half, lists.otherHalf] }],
  // The same question put to plain arithmetic in the same round (see bench/host.mjs).
  ['hostIlp', 'host: arithmetic loop, six chains', { kind: 'host', loop: 'ilp' }],
  ['hostChain', 'host: arithmetic loop, one chain', { kind: 'host', loop: 'chain' }],
  ...(cores > 2 ? [['jobsN', `talklint --jobs ${cores}`, { ...full, kind: 'talklint', jobs: cores }]] : []),
  ['cli1', 'talklint CLI --jobs 1', { ...full, kind: 'cli', args: ['--jobs', '1', ...cliArgs] }],
  ['cli', 'talklint CLI (default --jobs)', { ...full, kind: 'cli', args: cliArgs }],
];
const rounds = interleaved(configs, REPS);
const t = summarizeRounds(rounds);
const { read, regex, single, jobs2, cli } = t;
const jobsN = t.jobsN ?? null;
const perRound = (f) => median(rounds.map(f));
// Worker threads must find what one thread finds: the same findings, the same recall.
if (t.pair.diagnostics !== single.diagnostics) throw new Error(`the two half runs found ${t.pair.diagnostics} findings, one thread ${single.diagnostics}`);
if (jobs2.diagnostics !== single.diagnostics || JSON.stringify(jobs2.recall) !== JSON.stringify(single.recall)) {
  throw new Error(`--jobs 2 found other results than --jobs 1 (${jobs2.diagnostics} against ${single.diagnostics} findings)`);
}

// Peak RSS of the command line by report format over the whole corpus (one run each, default
// --jobs): the RSS target's row above uses -f json; a QA team's default command, summary and CI
// formats hold different amounts (streamed formats keep counts, whole-run ones every result).
log('peak RSS by report format (full corpus, command line, one run each):');
const FORMAT_RUNS = [
  ['stylish (default)', []],
  ['json', ['-f', 'json']],
  ['summary with --scorecard default', ['--scorecard', 'default', '-f', 'summary']],
  ['junit', ['-f', 'junit']],
  ['sarif', ['-f', 'sarif']],
];
const formatMemory = FORMAT_RUNS.map(([label, extra]) => {
  const r = measure({ ...full, kind: 'cli', args: ['--no-config', '-p', 'ru', '-p', 'zh', '-p', 'en', ...extra, '.'] });
  log(`  ${label}: ${(r.ms / 1000).toFixed(2)} s, RSS ${r.maxRssMB.toFixed(0)} MB, ${(r.outputBytes / 1e6).toFixed(1)} MB of report`);
  return { label, args: extra, ms: r.ms, maxRssMB: r.maxRssMB, outputBytes: r.outputBytes };
});

// A month spread over CI runners comes back through `merge`; a platform's export of many calls
// comes as one file. Both are read in flat memory (see docs/performance.md): the figures here.
log('merge of four shard reports, and the quarter corpus as one JSON Lines export (command line, one run each):');
const packArgs = ['--no-config', '-p', 'ru', '-p', 'zh', '-p', 'en'];
const shardDir = join(META, 'shards');
mkdirSync(shardDir, { recursive: true });
const shardReports = [1, 2, 3, 4].map((i) => join(shardDir, `report-${i}.json`));
shardReports.forEach((report, i) => measure({ ...full, kind: 'cli', args: [...packArgs, '--shard', `${i + 1}/4`, '-f', 'json', '-o', report, '.'] }));
const exportFile = ensureExport(lists.quarter.path, join(META, 'export-quarter.jsonl'));
const exportCsv = ensureExport(lists.quarter.path, join(META, 'export-quarter.csv'), true);
const cacheFile = join(META, 'bench.talklintcache');
rmSync(cacheFile, { force: true });
const bigRuns = [
  ['merge -f json (4 shard reports)', ['merge', '-f', 'json', ...shardReports], shardReports.reduce((n, f) => n + statSync(f).size, 0)],
  ['merge -f summary (4 shard reports)', ['merge', '-f', 'summary', ...shardReports], shardReports.reduce((n, f) => n + statSync(f).size, 0)],
  [`one JSON Lines export of the quarter corpus, -f json (default --jobs: cut into byte ranges for the threads)`, [...packArgs, '-f', 'json', exportFile], statSync(exportFile).size],
  [`the same, --jobs 1 (read in pieces by one thread)`, [...packArgs, '--jobs', '1', '-f', 'json', exportFile], statSync(exportFile).size],
  [`the same calls as one CSV export, -f json (default --jobs: cut outside quoted fields)`, [...packArgs, '-f', 'json', exportCsv], statSync(exportCsv).size],
  [`the same CSV, --jobs 1`, [...packArgs, '--jobs', '1', '-f', 'json', exportCsv], statSync(exportCsv).size],
  // A QA team's second look at the same day of calls: --cache, first with no cache file, then
  // again with every file unchanged (its stored result is reused: stat, no read).
  [`--cache over all ${lists.full.files} files, -f json: the first run (no cache file yet)`, [...packArgs, '--cache', '--cache-location', cacheFile, '-f', 'json', '.'], full.bytes],
  [`the same again, every file unchanged (results from the cache)`, [...packArgs, '--cache', '--cache-location', cacheFile, '-f', 'json', '.'], full.bytes],
];
const bigMemory = bigRuns.map(([label, args, bytes]) => {
  const r = measure({ ...full, kind: 'cli', args });
  log(`  ${label}: ${(r.ms / 1000).toFixed(2)} s, RSS ${r.maxRssMB.toFixed(0)} MB, input ${(bytes / 1e6).toFixed(1)} MB`);
  return { label, ms: r.ms, maxRssMB: r.maxRssMB, inputBytes: bytes };
});
rmSync(shardDir, { recursive: true, force: true });
rmSync(cacheFile, { force: true });

log('where the time goes (quarter corpus, one thread):');
const phases = measure({ ...base, kind: 'phases', list: lists.quarter.path });

// Each scaling table compares configurations measured in interleaved rounds (one of each, then
// the next round), like the full-corpus ones: a host whose speed drifts between two
// configurations would otherwise make a straight line look bent.
log('scaling with input size (one thread, interleaved rounds):');
const inputFractions = [['quarter', 0.25], ['half', 0.5], ['full', 1]];
const inputT = summarizeRounds(
  interleaved(
    inputFractions.map(([name]) => [name, `input ${name}`, { ...base, kind: 'talklint', list: lists[name].path, bytes: lists[name].bytes, jobs: 1 }]),
    REPS,
  ),
);
const inputScaling = inputFractions.map(([name, frac]) => {
  const r = inputT[name];
  return { fraction: frac, files: r.files, bytes: r.bytes, ms: r.ms, cpuMs: r.cpuMs, mbPerSec: r.mbPerSec, maxRssMB: r.maxRssMB };
});

log('scaling with pattern count (eighth of the corpus, one thread, interleaved rounds):');
const factors = [1, 2, 4, 8];
const patternT = summarizeRounds(
  interleaved(
    factors.map((factor) => [`x${factor}`, `patterns ×${factor}`, { ...base, packs: [...PACKS, ...synthPacks(factor)], kind: 'talklint', list: lists.eighth.path, bytes: lists.eighth.bytes, jobs: 1 }]),
    REPS,
  ),
);
const patternScaling = factors.map((factor) => {
  const r = patternT[`x${factor}`];
  return { factor, patterns: r.patterns, rules: r.rules, ms: r.ms, cpuMs: r.cpuMs, mbPerSec: r.mbPerSec, loadMs: r.loadMs, maxRssMB: r.maxRssMB };
});

log('scaling with file size (eighth of the corpus, one thread):');
// The same text in fewer, longer files: k consecutive transcripts of the eighth concatenated into
// one plain-text file (one call of k times the turns). The bytes stay the same, so a flat
// throughput says a call's cost is linear in its length (a quadratic step in a rule shows here
// and nowhere else: the corpus's calls are all short).
const sizeLists = [];
for (const k of [1, 16, 256, 2500]) {
  let list = lists.eighth;
  if (k > 1) {
    const eighthFiles = readFileSync(lists.eighth.path, 'utf8').split('\n').filter(Boolean);
    const dir = join(META, `joined-${k}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const joined = [];
    for (let i = 0; i < eighthFiles.length; i += k) {
      const path = join(dir, `joined-${String(i / k).padStart(5, '0')}.txt`);
      writeFileSync(path, Buffer.concat(eighthFiles.slice(i, i + k).map((f) => readFileSync(f))));
      joined.push(path);
    }
    list = writeList(`joined-${k}`, joined);
    list.bytes = joined.reduce((n, f) => n + statSync(f).size, 0);
  }
  sizeLists.push([k, list]);
}
const sizeT = summarizeRounds(
  interleaved(
    sizeLists.map(([k, list]) => [`k${k}`, `files of ${k} transcripts`, { ...base, kind: 'talklint', list: list.path, bytes: list.bytes, jobs: 1 }]),
    REPS,
  ),
);
const sizeScaling = sizeLists.map(([k]) => {
  const r = sizeT[`k${k}`];
  return { transcriptsPerFile: k, files: r.files, bytes: r.bytes, meanFileBytes: r.bytes / r.files, ms: r.ms, cpuMs: r.cpuMs, mbPerSec: r.mbPerSec, maxRssMB: r.maxRssMB, diagnostics: r.diagnostics };
});

log('new words (eighth of the corpus, one thread, interleaved rounds):');
// The generated calls use ~1,600 distinct words in all; real ones have order references, codes,
// names and speech-to-text errors met once. The same eighth with a new such word at the end of
// every line: a reference ("ref AB123456"), or a made-up name of two or three syllables (seeded).
const RU_SYLLABLES = ['ка', 'ло', 'ми', 'ра', 'се', 'то', 'ва', 'ни', 'ко', 'да', 'ле', 'ма', 'пе', 'ро', 'су', 'ти', 'бо', 'га', 'же', 'зи'];
const LATIN_SYLLABLES = ['ma', 'ri', 'so', 'ne', 'la', 'to', 'ka', 'de', 'vi', 'lo', 'be', 'sa', 'mi', 'co', 'ra', 'ti', 'no', 'pe', 'ha', 'ju'];
const HAN_NAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
function withNewWords(kind) {
  const random = mulberry32(20261207);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const dir = join(META, `words-${kind}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const out = [];
  let n = 0;
  for (const file of readFileSync(lists.eighth.path, 'utf8').split('\n').filter(Boolean)) {
    const lang = relative(CORPUS_DIR, file).split(sep)[0];
    const lines = readFileSync(file, 'utf8').split('\n').map((line) => {
      if (line.trim() === '') return line;
      n++;
      if (kind === 'reference') return `${line} ref AB${String(100000 + n)}`;
      if (lang === 'zh') return `${line} ${pick(HAN_NAMES)}${pick(HAN_NAMES)}`;
      const syllables = lang === 'ru' ? RU_SYLLABLES : LATIN_SYLLABLES;
      let name = '';
      for (let k = 2 + Math.floor(random() * 2); k > 0; k--) name += pick(syllables);
      return `${line} ${name[0].toUpperCase()}${name.slice(1)}`;
    });
    const path = join(dir, `${lang}-${basename(file)}`);
    writeFileSync(path, lines.join('\n'));
    out.push(path);
  }
  const list = writeList(`words-${kind}`, out);
  list.bytes = out.reduce((total, f) => total + statSync(f).size, 0);
  return list;
}
const wordLists = [['none', 'as generated', lists.eighth], ['reference', 'an order reference in every line', withNewWords('reference')], ['name', 'a made-up name in every line', withNewWords('name')]];
const wordsT = summarizeRounds(
  interleaved(
    wordLists.map(([key, label, list]) => [key, label, { ...base, kind: 'talklint', list: list.path, bytes: list.bytes, jobs: 1 }]),
    REPS,
  ),
);
const newWords = wordLists.map(([key, label]) => {
  const r = wordsT[key];
  return { kind: key, label, files: r.files, bytes: r.bytes, ms: r.ms, cpuMs: r.cpuMs, mbPerSec: r.mbPerSec, maxRssMB: r.maxRssMB };
});

log('input formats (eighth of the corpus, one thread and the naive RegExp, interleaved rounds):');
// The same calls as JSON, CSV, WebVTT and in legacy encodings (bench/formats.mjs): what reading
// each form costs talklint, against the plain text and against the naive RegExp over the same
// files (which reads them as UTF-8 text, whatever they are).
const eighthFiles = readFileSync(lists.eighth.path, 'utf8').split('\n').filter(Boolean);
const formatLists = [
  ['text', 'plain text, UTF-8 (as generated)', lists.eighth],
  ...[
    ['json', 'JSON, a call object a file'],
    ['csv', 'CSV, a row a turn'],
    ['vtt', 'WebVTT, a cue a turn'],
    ['legacy', 'plain text in windows-1251 (ru) / GBK (zh)'],
  ].map(([key, label]) => {
    const files = writeFormatCopies(eighthFiles, CORPUS_DIR, join(META, `format-${key}`), key);
    const list = writeList(`format-${key}`, files);
    list.bytes = files.reduce((n, f) => n + statSync(f).size, 0);
    return [key, label, list];
  }),
];
const formatRounds = interleaved(
  formatLists.flatMap(([key, label, list]) => [
    [key, `${label}: talklint`, { ...base, kind: 'talklint', list: list.path, bytes: list.bytes, jobs: 1 }],
    [`${key}-regex`, `${label}: naive RegExp`, { ...base, kind: 'regex', list: list.path }],
  ]),
  REPS,
);
const formatsT = summarizeRounds(formatRounds);
// Ratios as in the main table: the median over the rounds of the ratio within a round.
const inputFormats = formatLists.map(([key, label]) => {
  const r = formatsT[key];
  const naive = formatsT[`${key}-regex`];
  return {
    format: key,
    label,
    files: r.files,
    bytes: r.bytes,
    ms: r.ms,
    cpuMs: r.cpuMs,
    maxRssMB: r.maxRssMB,
    diagnostics: r.diagnostics,
    fatal: r.fatal,
    regexMs: naive.ms,
    vsText: median(formatRounds.map((round) => round[key].ms / round.text.ms)),
    vsRegex: median(formatRounds.map((round) => round[`${key}-regex`].ms / round[key].ms)),
  };
});

log('by language (quarter of the corpus, one thread and the naive RegExp, interleaved rounds):');
// The mix is the issue's (ru ~50 %, zh ~30 %, en ~20 %); a team's calls may be one language. The
// naive RegExp is fastest on English (V8 keeps ASCII text one byte a character and scans it
// fastest), so the ratio differs by language.
const quarterFiles = readFileSync(lists.quarter.path, 'utf8').split('\n').filter(Boolean);
const languageLists = ['ru', 'zh', 'en'].map((lang) => [lang, writeList(`quarter-${lang}`, quarterFiles.filter((f) => relative(CORPUS_DIR, f).split(sep)[0] === lang))]);
const languageRounds = interleaved(
  languageLists.flatMap(([lang, list]) => [
    [lang, `${lang}: talklint`, { ...base, kind: 'talklint', list: list.path, bytes: list.bytes, jobs: 1 }],
    [`${lang}-regex`, `${lang}: naive RegExp`, { ...base, kind: 'regex', list: list.path }],
  ]),
  REPS,
);
const languagesT = summarizeRounds(languageRounds);
const byLanguage = languageLists.map(([lang]) => {
  const r = languagesT[lang];
  const naive = languagesT[`${lang}-regex`];
  return {
    language: lang,
    files: r.files,
    bytes: r.bytes,
    ms: r.ms,
    cpuMs: r.cpuMs,
    mbPerSec: r.mbPerSec,
    regexMs: naive.ms,
    regexMbPerSec: naive.mbPerSec,
    diagnostics: r.diagnostics,
    vsRegex: median(languageRounds.map((round) => round[`${lang}-regex`].ms / round[lang].ms)),
  };
});

log('start-up:');
const small = join(META, 'small.txt');
writeFileSync(small, 'Оператор: Здравствуйте, компания «Ромашка», меня зовут Анна. Чем могу помочь?\nКлиент: Когда придёт курьер?\nОператор: Я не знаю, перезвоните позже.\nКлиент: Спасибо.\nОператор: Всего доброго!\n');
const bin = join(ROOT, 'bin', 'talklint.js');
// Node's own start (an empty script), measured in the same rounds: what the host gives any Node
// program at that moment, for reading the two targets below.
const [nodeOnly, version, oneFile] = startup([['-e', ''], [bin, '--version'], [bin, '--no-config', '-p', 'ru', '-p', 'zh', '-p', 'en', small]]);
log(`  node -e '' ${nodeOnly.medianMs.toFixed(0)} ms; --version ${version.medianMs.toFixed(0)} ms; one small file ${oneFile.medianMs.toFixed(0)} ms`);

// ------------------------------------------------------------------------------------------
const cpu = cpus();
const machine = {
  cpu: cpu[0]?.model ?? 'unknown',
  cores: cpu.length,
  availableParallelism: cores,
  memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  node: process.version,
  os: `${platform()} ${release()}`,
  loadAverageBefore: load0.map((x) => Math.round(x * 100) / 100),
  loadAverageAfter: loadavg().map((x) => Math.round(x * 100) / 100),
};
const recallRows = Object.keys(single.recall.planted)
  .sort()
  .map((rule) => ({
    rule,
    planted: single.recall.planted[rule],
    found: single.recall.found[rule] ?? 0,
    recall: (single.recall.found[rule] ?? 0) / single.recall.planted[rule],
    controls: single.recall.controls[rule] ?? 0,
    controlsFlagged: single.recall.controlsFlagged[rule] ?? 0,
    otherHits: single.recall.otherHits[rule] ?? 0,
  }));
const plantedTotal = recallRows.reduce((n, r) => n + r.planted, 0);
const foundTotal = recallRows.reduce((n, r) => n + r.found, 0);
const results = {
  generatedAt: startedAt.toISOString(),
  durationSec: Math.round((Date.now() - startedAt.getTime()) / 1000),
  machine,
  corpus: { files: all.length, bytes: lists.full.bytes, seed: params.seed, planted: plantedTotal, mix: mixOf(manifest) },
  reps: REPS,
  throughput: t,
  ratios: {
    // Medians over the rounds of ratios taken within each round (see interleaved()).
    singleVsRegex: perRound((r) => r.regex.ms / r.single.ms),
    singleVsRead: perRound((r) => r.read.ms / r.single.ms),
    jobs2VsSingle: perRound((r) => r.single.ms / r.jobs2.ms),
    pairVsSingle: perRound((r) => r.single.ms / r.pair.ms),
    jobs2VsRegex: perRound((r) => r.regex.ms / r.jobs2.ms),
    cliJobsVsCli1: perRound((r) => r.cli1.ms / r.cli.ms),
    singleVsRegexCpu: perRound((r) => r.regex.cpuMs / r.single.cpuMs),
    // What --jobs 2 would give on two otherwise idle cores: one thread's CPU time over half of
    // the two threads' CPU time (the parallel overhead included, the contention left out).
    jobs2CpuBound: perRound((r) => r.single.cpuMs / (r.jobs2.cpuMs / 2)),
  },
  host: { ilp: hostScaling(rounds, 'hostIlp'), chain: hostScaling(rounds, 'hostChain') },
  recall: { total: foundTotal / plantedTotal, planted: plantedTotal, found: foundTotal, rules: recallRows },
  phases,
  inputScaling,
  patternScaling,
  sizeScaling,
  newWords,
  inputFormats,
  byLanguage,
  startup: { nodeOnly, version, oneFile },
  formatMemory,
  bigMemory,
};
// BENCH_NO_WRITE=1 prints only: a quick run (BENCH_FILES=1000) must not replace the figures
// that `--render` and the docs are made from.
if (process.env.BENCH_NO_WRITE !== '1') writeFileSync(join(HERE, 'results.json'), JSON.stringify(results, null, 2) + '\n');
process.stdout.write(markdown(results, true) + '\n');
if (process.env.BENCH_NO_WRITE !== '1') writeFigures(results);
log(`bench: done in ${results.durationSec} s${process.env.BENCH_NO_WRITE === '1' ? ' (nothing written: BENCH_NO_WRITE=1)' : '; bench/results.json written'}`);

// ------------------------------------------------------------------------------------------
function mixOf(m) {
  const mix = { ru: 0, zh: 0, zhTraditional: 0, en: 0 };
  for (const e of m.entries) {
    mix[e.lang]++;
    if (e.traditional) mix.zhTraditional++;
  }
  return mix;
}

/** The full tables into docs/performance.md, the summary into README.md. */
function writeFigures(r) {
  replaceBetweenMarkers(join(ROOT, 'docs', 'performance.md'), markdown(r, true));
  replaceBetweenMarkers(join(ROOT, 'README.md'), markdown(r, false));
}

/** Node's own start in the same rounds as talklint's (results of runs before 2026-12-07 lack it). */
function nodeStart(r) {
  return r.startup.nodeOnly ? ` (Node's own start, an empty script, ${r.startup.nodeOnly.medianMs.toFixed(0)} ms on this host at the time)` : '';
}

/** A time against its target: whole ms, but two decimals within 1 ms of it (299.98 is not "300"). */
function msAgainst(ms, limit) {
  return Math.abs(ms - limit) < 1 ? ms.toFixed(2) : ms.toFixed(0);
}

function markdown(r, full) {
  const f1 = (x) => x.toFixed(1);
  const f0 = (x) => x.toFixed(0);
  const f2 = (x) => x.toFixed(2);
  const mb = (b) => f1(b / 1e6);
  // The ratio of two configurations in each round (runsMs are in round order), for the spread.
  const rounds = (slow, fast) =>
    slow?.runsMs && fast?.runsMs && slow.runsMs.length > 1 ? `; rounds: ${slow.runsMs.map((ms, i) => (ms / fast.runsMs[i]).toFixed(2) + '×').join(', ')}` : '';
  const t = r.throughput;
  const row = (name, x) => `| ${name} | ${f0(x.filesPerSec)} | ${f1(x.mbPerSec)} | ${f1(x.ms / 1000)} | ${f1(x.cpuMs / 1000)} | ${f0(x.maxRssMB)} | ${f1(x.mbPerSec / t.regex.mbPerSec)}× |`;
  const yes = (ok) => (ok ? '✅ met' : '❌ missed');
  // A ratio against a target, with a third decimal where two would round a miss up to the target.
  const vs = (x, target) => (x < target && Number(x.toFixed(2)) >= target ? x.toFixed(3) : x.toFixed(2)) + '×';
  const lines = [];
  lines.push(
    `Measured ${r.generatedAt.slice(0, 16).replace('T', ' ')} UTC on ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGB} GB, Node ${r.machine.node} (${r.machine.os}); ` +
      `load average before/after: ${r.machine.loadAverageBefore[0]} / ${r.machine.loadAverageAfter[0]}. ` +
      `Corpus: ${r.corpus.files} generated transcripts, ${mb(r.corpus.bytes)} MB (ru ${r.corpus.mix.ru}, zh ${r.corpus.mix.zh} of which ${r.corpus.mix.zhTraditional} Traditional, en ${r.corpus.mix.en}), seed ${r.corpus.seed}. ` +
      `Medians of ${r.reps} runs, each in a fresh process; every shipped pack (ru, zh, en) on. Regenerate with \`npm run bench\`.`,
    '',
    '| configuration | files/s | MB/s | wall s | CPU s | peak RSS MB | vs naive RegExp |',
    '|---|---:|---:|---:|---:|---:|---:|',
    row('read + UTF-8 decode only (baseline)', t.read),
    row(`naive single RegExp, ${t.regex.literals} literals (baseline)`, t.regex),
    row('talklint, 1 thread (library)', t.single),
    row('talklint, --jobs 2 (library)', t.jobs2),
  );
  if (t.pair) lines.push(row('two separate 1-thread processes at once, half the files each (ceiling for --jobs 2)', t.pair));
  if (t.jobsN) lines.push(row(`talklint, --jobs ${r.machine.availableParallelism} (library)`, t.jobsN));
  if (t.cli1) lines.push(row('`talklint --jobs 1 -f json .` (bin/talklint.js, report written to the null device)', t.cli1));
  lines.push(row(`\`talklint -f json .\` (default --jobs ${r.machine.availableParallelism}; bin/talklint.js, report written to the null device)`, t.cli));
  lines.push(
    '',
    `talklint (1 thread) runs at **${f1(r.ratios.singleVsRegex * 100)} %** of the naive RegExp's speed (by CPU time: ${f1(r.ratios.singleVsRegexCpu * 100)} %), ` +
      `**${f1(r.ratios.singleVsRead * 100)} %** of reading alone; --jobs 2 is **${vs(r.ratios.jobs2VsSingle, 1.7)}** one thread by wall clock${rounds(t.single, t.jobs2)}` +
      (r.ratios.cliJobsVsCli1 !== undefined ? ` (the command line: **${vs(r.ratios.cliJobsVsCli1, 1.7)}** its --jobs 1${rounds(t.cli1, t.cli)})` : '') +
      (r.ratios.jobs2CpuBound !== undefined ? ` (estimated for two idle cores from CPU time: ${r.ratios.jobs2CpuBound.toFixed(2)}×; the two threads use ${f1((r.throughput.jobs2.cpuMs / r.throughput.single.cpuMs - 1) * 100)} % more CPU in all than one)` : '') +
      '. ' +
      (r.ratios.pairVsSingle !== undefined
        ? `Two separate one-thread processes started together, each on half the files, run **${r.ratios.pairVsSingle.toFixed(2)}×** as fast as one thread on all of them${rounds(t.single, t.pair)}: what this machine's two cores give talklint's work with no worker threads, no coordination and no shared heap, so the ceiling for --jobs 2 here. `
        : '') +
      (r.host?.ilp
        ? `Plain arithmetic in the same rounds (bench/host.mjs; two processes at once against one alone): a loop that keeps a core's execution units busy (six independent chains) got **${f2(r.host.ilp.scaling)}×**; rounds: ${r.host.ilp.rounds.map((x) => f2(x) + '×').join(', ')}; a loop of one dependent chain ${f2(r.host.chain.scaling)}×. On two idle cores both are 2.0×; on two hardware threads of one core the first falls well under 2: it says how much of a second core's arithmetic the second vCPU gave at the time. Where it is near 2× and the two talklint processes are not, what the two share besides the arithmetic units (caches, memory, the optimising compiler and collector threads that one thread alone runs on the second core) made the difference. `
        : '') +
      `Every ratio is the median over ${r.reps} interleaved rounds of the ratio within a round. ` +
      `The talklint runs give identical results in identical order (checked by test/throughput and test/cli/bin).`,
    '',
    '**Targets**',
    '',
    '| target | measured | |',
    '|---|---|---|',
    `| 1 thread ≥ ½ naive RegExp | ${f1(r.ratios.singleVsRegex * 100)} % | ${yes(r.ratios.singleVsRegex >= 0.5)} |`,
    `| --jobs 2 ≥ 1.7× 1 thread (2 cores), library | ${vs(r.ratios.jobs2VsSingle, 1.7)}${r.ratios.pairVsSingle !== undefined ? ` (two separate processes: ${r.ratios.pairVsSingle.toFixed(2)}×${r.host?.ilp ? `; an arithmetic loop: ${f2(r.host.ilp.scaling)}×` : ''})` : ''} | ${yes(r.ratios.jobs2VsSingle >= 1.7)} |`,
    ...(r.ratios.cliJobsVsCli1 !== undefined ? [`| the same, command line (default --jobs vs --jobs 1) | ${vs(r.ratios.cliJobsVsCli1, 1.7)} | ${yes(r.ratios.cliJobsVsCli1 >= 1.7)} |`] : []),
    `| \`talklint --version\` < 150 ms | ${msAgainst(r.startup.version.medianMs, 150)} ms | ${yes(r.startup.version.medianMs < 150)} |`,
    `| one small file < 300 ms (all packs) | ${msAgainst(r.startup.oneFile.medianMs, 300)} ms | ${yes(r.startup.oneFile.medianMs < 300)} |`,
    `| peak RSS < 300 MB on ${r.corpus.files} files (CLI) | ${f0(t.cli.maxRssMB)} MB (median; highest of the rounds: ${f0(Math.max(...(t.cli.runsRssMB ?? [t.cli.maxRssMB])))} MB) | ${yes(Math.max(...(t.cli.runsRssMB ?? [t.cli.maxRssMB])) < 300)} |`,
    '',
  );
  if (!full) {
    lines.push(
      `Recall of the ${r.recall.planted} violations planted in the corpus: ${f1(r.recall.total * 100)} %; ` +
        `start-up: \`talklint --version\` ${msAgainst(r.startup.version.medianMs, 150)} ms, one small transcript with all packs ${msAgainst(r.startup.oneFile.medianMs, 300)} ms${nodeStart(r)}. ` +
        (r.formatMemory ? `Peak RSS by report format over the same files: ${r.formatMemory.map((x) => `${x.label} ${f0(x.maxRssMB)} MB`).join(', ')}. ` : '') +
        (r.bigMemory ? `${r.bigMemory.map((x) => `${x.label}: ${f0(x.maxRssMB)} MB`).join('; ')}. ` : '') +
        (r.byLanguage ? `One thread against the naive RegExp by language (quarter of the corpus): ${r.byLanguage.map((x) => `${x.language} ${f1((x.vsRegex ?? x.regexMs / x.ms) * 100)} %`).join(', ')}. ` : '') +
        (r.inputFormats ? `The same calls in other forms, time against the plain text: ${r.inputFormats.slice(1).map((x) => `${x.format === 'legacy' ? 'windows-1251/GBK' : x.format === 'vtt' ? 'WebVTT' : x.format.toUpperCase()} ${(x.vsText ?? x.ms / r.inputFormats[0].ms).toFixed(2)}×`).join(', ')}. ` : '') +
        'Per-rule recall, where the time goes, scaling with input size and pattern count, and how the figures were made: [docs/performance.md](docs/performance.md).',
    );
    return lines.join('\n');
  }
  lines.push(
    `**Recall of planted violations** (agent turns; ${r.recall.planted} planted, ${r.recall.found} found: ${f1(r.recall.total * 100)} %). ` +
      'Controls: the same phrases planted in customer turns, which agent-scoped rules must leave alone. Other hits: findings of the rule on lines where nothing was planted.',
    '',
    '| rule | planted | found | recall | customer controls flagged | other hits |',
    '|---|---:|---:|---:|---:|---:|',
    ...r.recall.rules.map((x) => `| ${x.rule} | ${x.planted} | ${x.found} | ${f1(x.recall * 100)} % | ${x.controlsFlagged} / ${x.controls} | ${x.otherHits} |`),
    '',
    '**Where the time goes** (one thread, quarter of the corpus)',
    '',
    '| phase | ms | share |',
    '|---|---:|---:|',
  );
  const p = r.phases.phases;
  const total = p.loadMs + p.readMs + p.parseMs + p.lintMs + p.formatJsonMs;
  for (const [name, v] of [
    ['load: read + compile the packs (once)', p.loadMs],
    ['read files', p.readMs],
    ['decode + parse transcripts', p.parseMs],
    ['lint: normalise, tokenize, match, rules', p.lintMs],
    ['format: JSON (all results)', p.formatJsonMs],
  ]) {
    lines.push(`| ${name} | ${f0(v)} | ${f1((v / total) * 100)} % |`);
  }
  lines.push(`| (format: stylish, instead of JSON) | ${f0(p.formatStylishMs)} | |`);
  if (r.formatMemory) {
    lines.push(
      '',
      `**Peak RSS by report format** (the command line over all ${r.corpus.files} files, default --jobs, one run each; the report written to the null device)`,
      '',
      '| format | wall s | peak RSS MB | report MB |',
      '|---|---:|---:|---:|',
      ...r.formatMemory.map((x) => `| ${x.label} | ${f1(x.ms / 1000)} | ${f0(x.maxRssMB)}${x.maxRssMB >= 300 ? ' (over 300)' : ''} | ${x.outputBytes >= 1e5 ? f1(x.outputBytes / 1e6) : '< 0.1'} |`),
    );
  }
  if (r.bigMemory) {
    lines.push(
      '',
      '**Merging shard reports, one large export file, and --cache** (the command line, one run each; see "One large export file" and "Spreading a month of calls" below)',
      '',
      '| run | input MB | wall s | peak RSS MB |',
      '|---|---:|---:|---:|',
      ...r.bigMemory.map((x) => `| ${x.label} | ${f1(x.inputBytes / 1e6)} | ${f1(x.ms / 1000)} | ${f0(x.maxRssMB)} |`),
    );
  }
  lines.push(
    '',
    '**Scaling with input size** (one thread)',
    '',
    '| share of corpus | files | MB | wall s | CPU s | MB/s | CPU ms per MB |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...r.inputScaling.map((x) => `| ${x.fraction * 100} % | ${x.files} | ${mb(x.bytes)} | ${f1(x.ms / 1000)} | ${f1(x.cpuMs / 1000)} | ${f1(x.mbPerSec)} | ${f0(x.cpuMs / (x.bytes / 1e6))} |`),
    '',
    '**Scaling with pattern count** (one thread, an eighth of the corpus; extra packs are copies of the shipped forbidden rules with varied phrases)',
    '',
    '| packs | rules | patterns | pack load ms | MB/s | relative throughput |',
    '|---|---:|---:|---:|---:|---:|',
    ...r.patternScaling.map((x) => `| ×${x.factor} | ${x.rules} | ${x.patterns} | ${f0(x.loadMs)} | ${f1(x.mbPerSec)} | ${f1((x.mbPerSec / r.patternScaling[0].mbPerSec) * 100)} % |`),
    '',
  );
  if (r.sizeScaling) {
    lines.push(
      '**Scaling with file size** (one thread, the same eighth of the corpus joined into fewer, longer plain-text files: k transcripts a file make one call of k times the turns)',
      '',
      '| transcripts a file | files | mean file KB | MB/s | peak RSS MB | relative throughput |',
      '|---:|---:|---:|---:|---:|---:|',
      ...r.sizeScaling.map((x) => `| ${x.transcriptsPerFile} | ${x.files} | ${f0(x.meanFileBytes / 1024)} | ${f1(x.mbPerSec)} | ${f0(x.maxRssMB)} | ${f1((x.mbPerSec / r.sizeScaling[0].mbPerSec) * 100)} % |`),
      '',
    );
  }
  if (r.newWords) {
    lines.push(
      '**New words** (one thread, the same eighth of the corpus with a word met once at the end of every line: the generated calls use ~1,600 distinct words, real ones have references, codes and names)',
      '',
      '| the eighth … | MB | wall s | peak RSS MB | time against as generated |',
      '|---|---:|---:|---:|---:|',
      ...r.newWords.map((x) => `| ${x.label} | ${f1(x.bytes / 1e6)} | ${f1(x.ms / 1000)} | ${f0(x.maxRssMB)} | ${(x.ms / r.newWords[0].ms).toFixed(2)}× |`),
      '',
    );
  }
  if (r.byLanguage) {
    lines.push(
      '**By language** (one thread, the quarter of the corpus split by language; the naive RegExp over the same files; ratios are medians of the ratios within a round)',
      '',
      '| language | files | MB | talklint MB/s | naive RegExp MB/s | talklint against the naive RegExp |',
      '|---|---:|---:|---:|---:|---:|',
      ...r.byLanguage.map((x) => `| ${x.language} | ${x.files} | ${f1(x.bytes / 1e6)} | ${f1(x.mbPerSec)} | ${f1(x.regexMbPerSec)} | ${f1((x.vsRegex ?? x.regexMs / x.ms) * 100)} % |`),
      '',
    );
  }
  if (r.inputFormats) {
    const text = r.inputFormats[0];
    lines.push(
      '**Input formats** (one thread, the same eighth of the corpus written as JSON, CSV, WebVTT and in legacy encodings by bench/formats.mjs: same calls, same words; the naive RegExp runs over the same files read as UTF-8; ratios are medians of the ratios within a round)',
      '',
      '| the eighth as … | MB | talklint wall s | time against plain text | naive RegExp wall s | talklint against the naive RegExp | findings |',
      '|---|---:|---:|---:|---:|---:|---:|',
      ...r.inputFormats.map((x) => `| ${x.label} | ${f1(x.bytes / 1e6)} | ${f2(x.ms / 1000)} | ${(x.vsText ?? x.ms / text.ms).toFixed(2)}× | ${f2(x.regexMs / 1000)} | ${f1((x.vsRegex ?? x.regexMs / x.ms) * 100)} % | ${x.diagnostics}${x.fatal ? ` (${x.fatal} files skipped)` : ''} |`),
      '',
    );
  }
  lines.push(
    `**Start-up** (spawned, median of ${r.startup.version.runs.length}, in interleaved rounds): \`talklint --version\` ${msAgainst(r.startup.version.medianMs, 150)} ms; ` +
      `one small transcript with all packs ${msAgainst(r.startup.oneFile.medianMs, 300)} ms${nodeStart(r)}.`,
  );
  return lines.join('\n');
}
