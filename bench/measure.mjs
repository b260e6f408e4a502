/**
 * One benchmark measurement in a fresh process (so peak RSS belongs to that configuration alone;
 * worker threads are threads of this process, so their memory is included). Run by bench/run.mjs:
 *
 *   node bench/measure.mjs '<json config>'   → prints one JSON line with the measurement
 *
 * config: { kind: 'read' | 'regex' | 'talklint' | 'cli' | 'phases' | 'textlint', list: <file with one absolute
 *           path a line>, cwd, packs: [...], jobs, recall: <manifest path or null> }
 * Everything measured uses the compiled code in dist/ (what users run).
 */
import { openSync, readFileSync, writeSync } from 'node:fs';
import { devNull } from 'node:os';
import { relative } from 'node:path';
import { packLiterals, naiveRegExp } from './naive.mjs';

const DIST = new URL('../dist/', import.meta.url);
const cfg = JSON.parse(process.argv[2]);
const files = readFileSync(cfg.list, 'utf8').split('\n').filter(Boolean);

const cpu0 = process.cpuUsage();
const out = { kind: cfg.kind, files: files.length };

function finish(startedAt, bytes) {
  const ms = performance.now() - startedAt;
  const cpu = process.cpuUsage(cpu0);
  Object.assign(out, {
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    bytes,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  });
  process.stdout.write(JSON.stringify(out) + '\n');
}

const decoder = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');
/** A file's text for the baselines: UTF-8, or with replacement characters where it is not (counted). */
function decodeText(buf) {
  try {
    return decoder.decode(buf);
  } catch {
    out.notUtf8 = (out.notUtf8 ?? 0) + 1;
    return lenient.decode(buf);
  }
}

if (cfg.kind === 'read') {
  const t0 = performance.now();
  let bytes = 0;
  let chars = 0;
  for (const f of files) {
    const buf = readFileSync(f);
    bytes += buf.length;
    chars += decodeText(buf).length;
  }
  out.chars = chars;
  finish(t0, bytes);
} else if (cfg.kind === 'regex') {
  const { loadPacks } = await import(new URL('packs/load.js', DIST).href);
  const loaded = loadPacks(cfg.packs, cfg.cwd);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const literals = packLiterals(loaded.packs);
  const re = naiveRegExp(literals);
  out.literals = literals.length;
  const t0 = performance.now();
  let bytes = 0;
  let matches = 0;
  for (const f of files) {
    const buf = readFileSync(f);
    bytes += buf.length;
    const text = decodeText(buf);
    re.lastIndex = 0;
    while (re.exec(text) !== null) matches++;
  }
  out.matches = matches;
  finish(t0, bytes);
} else if (cfg.kind === 'talklint') {
  const { setup } = await import(new URL('api/setup.js', DIST).href);
  const { runFiles } = await import(new URL('api/run-files.js', DIST).href);
  const tl = performance.now();
  const setupOptions = { cwd: cfg.cwd, noConfig: true, packs: cfg.packs };
  const s = setup(setupOptions);
  if (!s.ok) throw new Error(JSON.stringify(s.errors));
  out.loadMs = performance.now() - tl;
  out.rules = s.linter.rules.length;
  out.patterns = s.linter.definitions.reduce((n, d) => n + d.patterns.length + d.exceptions.length, 0);
  // Ground truth (only when asked: the manifest costs memory): planted [line, rule] per file.
  let truth = null;
  if (cfg.recall) {
    const manifest = JSON.parse(readFileSync(cfg.recall, 'utf8'));
    truth = new Map(manifest.entries.map((e) => [e.path, e]));
  }
  const recall = { planted: {}, found: {}, controls: {}, controlsFlagged: {}, otherHits: {} };
  const bump = (o, k) => (o[k] = (o[k] ?? 0) + 1);
  let diagnostics = 0;
  let fatal = 0;
  const t0 = performance.now();
  await runFiles(files, { setupOptions, setup: s, input: { labels: s.linter.labels }, cwd: cfg.cwd, jobs: cfg.jobs, sourceText: 'drop' }, (r) => {
    diagnostics += r.diagnostics.length;
    if (r.fatal) fatal++;
    if (truth) {
      const e = truth.get(r.filePath.split('\\').join('/'));
      if (!e) return;
      const hits = new Set(r.diagnostics.map((d) => `${d.line}\u0000${d.ruleId}`));
      const planted = new Set();
      for (const [line, rule] of e.plants) {
        planted.add(`${line}\u0000${rule}`);
        bump(recall.planted, rule);
        if (hits.has(`${line}\u0000${rule}`)) bump(recall.found, rule);
      }
      for (const [line, rule] of e.controls) {
        planted.add(`${line}\u0000${rule}`);
        bump(recall.controls, rule);
        if (hits.has(`${line}\u0000${rule}`)) bump(recall.controlsFlagged, rule);
      }
      for (const d of r.diagnostics) if (!planted.has(`${d.line}\u0000${d.ruleId}`)) bump(recall.otherHits, d.ruleId);
    }
  });
  out.diagnostics = diagnostics;
  out.fatal = fatal;
  if (truth) out.recall = recall;
  finish(t0, cfg.bytes);
} else if (cfg.kind === 'cli') {
  // The shipped command line, in this process: bin/talklint.js as `talklint <args>` runs it (the
  // bundle, its code cache, its worker), the report written to the null device instead of
  // standard output, as standard output redirected to a file writes it (encoded to UTF-8, one
  // write call a piece).
  const write = process.stdout.write.bind(process.stdout);
  const sink = openSync(devNull, 'w');
  let outBytes = 0;
  process.stdout.write = (chunk, ...rest) => {
    outBytes += writeSync(sink, chunk);
    const cb = rest.find((x) => typeof x === 'function');
    if (cb) cb();
    return true;
  };
  process.chdir(cfg.cwd);
  process.argv = [process.argv[0], new URL('../bin/talklint.js', import.meta.url).pathname, ...cfg.args];
  const t0 = performance.now();
  await import(new URL('../bin/talklint.js', import.meta.url).href);
  process.stdout.write = write;
  out.exitCode = process.exitCode;
  process.exitCode = 0;
  out.outputBytes = outBytes;
  finish(t0, cfg.bytes ?? 0);
} else if (cfg.kind === 'phases') {
  // Where the time goes, file by file: read (bytes), decode+parse, lint (normalise, tokenize,
  // match, rules), then formatting all results at the end (json and stylish).
  const tl = performance.now();
  const { setup } = await import(new URL('api/setup.js', DIST).href);
  const { parseInputBytes } = await import(new URL('input/load.js', DIST).href);
  const { FORMATTERS, keepFrameLines } = await import(new URL('formatters/index.js', DIST).href);
  const s = setup({ cwd: cfg.cwd, noConfig: true, packs: cfg.packs });
  if (!s.ok) throw new Error(JSON.stringify(s.errors));
  const phases = { loadMs: performance.now() - tl, readMs: 0, parseMs: 0, lintMs: 0, formatJsonMs: 0, formatStylishMs: 0 };
  const results = [];
  let bytes = 0;
  const t0 = performance.now();
  for (const f of files) {
    let t = performance.now();
    const buf = readFileSync(f);
    bytes += buf.length;
    phases.readMs += performance.now() - t;
    t = performance.now();
    const parsed = parseInputBytes(buf, f, { labels: s.linter.labels });
    phases.parseMs += performance.now() - t;
    if (!parsed.ok) continue;
    t = performance.now();
    const r = s.linter.lintDocument(parsed.doc, relative(cfg.cwd, f));
    phases.lintMs += performance.now() - t;
    keepFrameLines(r);
    results.push(r);
  }
  const ctx = { cwd: cfg.cwd, color: false, rules: new Map(s.linter.definitions.map((d) => [d.id, d])), version: 'bench' };
  let t = performance.now();
  const json = FORMATTERS.get('json').format(results, ctx);
  phases.formatJsonMs = performance.now() - t;
  t = performance.now();
  // (prepare: string-width, which the frames of wide text need, is loaded on demand.)
  await FORMATTERS.get('stylish').prepare(results);
  const stylish = FORMATTERS.get('stylish').format(results, ctx);
  phases.formatStylishMs = performance.now() - t;
  out.outputBytes = { json: json.length, stylish: stylish.length };
  out.phases = phases;
  finish(t0, bytes);
} else if (cfg.kind === 'textlint') {
  // textlint with textlint-rule-prh (bench/textlint.mjs): its documented API (createLinter,
  // loadTextlintrc), installed in bench/textlint/, over the same files; the config and the prh
  // dictionary were written by bench/textlint.mjs. Loading textlint and its config is timed apart.
  const { createRequire } = await import('node:module');
  const require = createRequire(new URL('textlint/package.json', import.meta.url));
  const tl = performance.now();
  const { createLinter, loadTextlintrc } = await import(require.resolve('textlint'));
  const descriptor = await loadTextlintrc({ configFilePath: cfg.rc, node_modulesDir: new URL('textlint/node_modules', import.meta.url).pathname });
  const linter = createLinter({ descriptor, cwd: cfg.cwd });
  out.loadMs = performance.now() - tl;
  const t0 = performance.now();
  // lintFiles opens every file it is given at once (Promise.all): over 20,000 files that runs
  // out of file descriptors (EMFILE) where `ulimit -n` is 20,000, as here. Batches of 1,000, every result
  // kept, as one call would keep them.
  const results = [];
  for (let i = 0; i < files.length; i += 1000) results.push(...(await linter.lintFiles(files.slice(i, i + 1000))));
  out.diagnostics = results.reduce((n, r) => n + r.messages.length, 0);
  out.results = results.length;
  finish(t0, cfg.bytes);
} else {
  throw new Error(`unknown kind ${cfg.kind}`);
}
