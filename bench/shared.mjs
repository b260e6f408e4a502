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

const TEXTLINT_DIR = join(HERE, 'textlint');

/** textlint and textlint-rule-prh in bench/textlint/, installed from its lock file on first use; their versions. */
export function ensureTextlint() {
  if (!existsSync(join(TEXTLINT_DIR, 'node_modules', 'textlint', 'package.json'))) {
    log('bench: installing textlint and textlint-rule-prh into bench/textlint/ (npm ci, once)');
    execFileSync('npm', ['ci', '--prefix', TEXTLINT_DIR, '--no-audit', '--no-fund', '--loglevel=error'], { stdio: ['ignore', 'inherit', 'inherit'] });
  }
  const versionOf = (name) => JSON.parse(readFileSync(join(TEXTLINT_DIR, 'node_modules', name, 'package.json'), 'utf8')).version;
  return { textlint: versionOf('textlint'), 'textlint-rule-prh': versionOf('textlint-rule-prh'), prh: versionOf('prh') };
}

/**
 * A textlint config with textlint-rule-prh whose dictionary is `literals` (the naive RegExp's),
 * one rule each, `pattern: /<literal>/i` (found in any case, as the RegExp finds them), with a
 * replacement as `expected` (prh reports only where the text differs from it). Written into
 * `dir`; returns the config's path.
 */
export function writeTextlintConfig(dir, literals, YAML) {
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const prhPath = join(dir, 'prh.yml');
  writeFileSync(prhPath, YAML.stringify({ version: 1, rules: literals.map((literal) => ({ expected: `«${literal}»`, pattern: `/${escape(literal)}/i` })) }));
  const rcPath = join(dir, 'textlintrc.json');
  writeFileSync(rcPath, JSON.stringify({ rules: { prh: { rulePaths: [prhPath] } } }, null, 2) + '\n');
  return rcPath;
}

/**
 * `reps` rounds of every configuration in turn ([key, label, measure config]), each run in a
 * fresh process, logged as it goes; one {key: measurement} per round. `bytes`: the input's size.
 */
export function roundsOf(configs, reps, bytes) {
  const rounds = [];
  for (let i = 0; i < reps; i++) {
    const round = {};
    for (const [key, label, cfg] of configs) {
      const r = measure(cfg);
      round[key] = r;
      const found = r.diagnostics !== undefined ? `, ${r.diagnostics} findings` : r.matches !== undefined ? `, ${r.matches} matches` : '';
      log(`  round ${i + 1} ${label}: ${(r.ms / 1000).toFixed(2)} s (cpu ${(r.cpuMs / 1000).toFixed(2)} s), ${(bytes / 1e6 / (r.ms / 1000)).toFixed(1)} MB/s, RSS ${r.maxRssMB.toFixed(0)} MB${found}` + (r.fatal ? `, ${r.fatal} files skipped` : ''));
    }
    rounds.push(round);
  }
  return rounds;
}
