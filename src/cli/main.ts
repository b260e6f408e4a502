/**
 * The command line: arguments → setup → files → lint → format → exit code. `run` returns the
 * exit code and never calls process.exit (bin/talklint.js does), so tests run it in-process.
 *
 * Exit codes: 0 no errors; 1 lint errors (or more warnings than --max-warnings); 2 a usage,
 * config or pack error, a file that could not be read, or an internal error.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { parseCommandLine } from './parse.js';
import { collectFiles } from '../api/files.js';
import { fatalResult, lintBytes } from '../api/lint-files.js';
import { runFiles, TaskTimer, type RunFilesOptions, type RunStats } from '../api/run-files.js';
import { configKey, DEFAULT_CACHE_LOCATION, LintCache, runFilesCached } from '../api/cache.js';
import { parseShard, shardFiles } from '../api/shard.js';
import { runMerge } from './merge.js';
import { setup, type Setup, type SetupOptions } from '../api/setup.js';
import { SEVERITY_SETTINGS } from '../config/config.js';
import { formatLocatedError, type LocatedError } from '../errors.js';
import { FORMATTERS, keepFrameLines, resolveFormatter, type Formatter, type FormatterContext, type FormatterStream } from '../formatters/index.js';
import { BaselineComparison, baselineDir, carriedOver, createBaseline, loadBaseline, serializeBaseline } from '../api/baseline.js';
import type { InputOptions } from '../input/load.js';
import { INPUT_FORMATS } from '../input/index.js';
import { iconv, writeFileAtomic } from '../lazy-deps.js';
import { makeFolder } from '../make-folder.js';
import { LANGUAGES, type FileResult, type Language, type SeverityOrOff } from '../types.js';
import { VERSION } from '../version.js';
import { RULE_KINDS } from '../rules/index.js';
import { FixSession, parseFixRules, parseFixTypes } from '../fix/session.js';
import { emptyTimes } from '../engine/timing.js';
import { formatTiming } from './timing-report.js';

export interface CliIO {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (for colours). */
  isTTY: boolean;
  readStdin: () => Promise<Uint8Array>;
}

// A reader that goes away before the end (`talklint … | head`) closes the pipe: the rest of the
// report is dropped quietly and the run ends with the exit code it would have had, instead of an
// unhandled EPIPE error and its stack trace. Any other failure to write standard output (a full
// disk behind a redirection) is said once on stderr and makes the exit code 2. A closed stderr
// (`talklint … 2>&1 | head`) has nowhere left to complain to. (Listeners added once per process,
// however many runs use processIO.)
let stdoutGone = false;
let stderrGone = false;
let listening = false;

function watchStandardStreams(): void {
  if (listening) return;
  listening = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (stdoutGone) return;
    stdoutGone = true;
    if (e.code === 'EPIPE') return;
    process.stderr.write(`talklint: cannot write the report to standard output: ${e.message}\n`);
    process.on('exit', () => {
      process.exitCode = 2;
    });
  });
  process.stderr.on('error', () => {
    stderrGone = true;
  });
}

export function processIO(): CliIO {
  watchStandardStreams();
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (t) => {
      if (!stdoutGone) process.stdout.write(t);
    },
    stderr: (t) => {
      if (!stderrGone) process.stderr.write(t);
    },
    isTTY: process.stdout.isTTY === true,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}

/** A user's mistake on the command line: printed without a stack trace, exit 2. */
export class UsageError extends Error {}

interface CliOptions {
  config?: string;
  config_?: boolean;
  pack: string[];
  rule: string[];
  lang?: string;
  var: string[];
  format: string;
  outputFile?: string;
  inputFormat?: string;
  encoding?: string;
  maxWarnings?: number;
  quiet?: boolean;
  listRules?: boolean;
  printConfig?: boolean;
  color?: boolean;
  stdinFilename?: string;
  jobs?: number;
  shard?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  fixType: string[];
  fixRule: string[];
  cache?: boolean;
  cacheLocation?: string;
  inlineConfig: boolean;
  reportUnusedDirectives?: boolean;
  reportUnusedDirectivesSeverity?: string;
  baseline?: string;
  baselineWrite?: string;
  scorecard?: string;
  minScore?: number;
  timing?: boolean;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function parseInteger(name: string, min = 0) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`${name} takes a whole number ≥ ${min}, got "${value}"`);
    return Number(value);
  };
}

export function buildProgram(): Command {
  const program = new Command('talklint')
    .description('A compliance linter for what call-centre agents say: checks call scripts and transcripts against YAML rule packs.')
    .argument('[files...]', 'files, directories or globs to lint; "-" reads standard input')
    .option('-c, --config <file>', 'use this config file instead of searching for talklint.config.yaml / .talklintrc.yaml')
    .option('--no-config', 'do not look for a config file')
    .option('-p, --pack <id|path>', 'add a rule pack: a shipped id (ru, zh, en) or a YAML file (repeatable)', collect, [])
    .option('--rule <id:severity>', 'set a rule to off | info | warning | error (repeatable)', collect, [])
    .option('--lang <list>', `check as these languages instead of detecting them (${LANGUAGES.join(',')})`)
    .option('--var <name=value>', 'set a pack variable, e.g. --var company=Ромашка (repeatable)', collect, [])
    .option('-f, --format <name>', 'output format (see --help for the list)', 'stylish')
    .option('-o, --output-file <path>', 'write the report to a file instead of standard output')
    .option('--input-format <name>', 'read every file as this input format instead of detecting it')
    .option('--encoding <name>', 'decode every file with this encoding instead of detecting it')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseInteger('--max-warnings'))
    .option('--quiet', 'report errors only')
    .option('--list-rules', 'list the rules of the loaded packs and exit')
    .option('--print-config', 'print the resolved configuration and exit')
    .option('-j, --jobs <n>', 'lint in n threads: this one and n-1 workers, files shared out and large exports cut into byte ranges (default: the number of cores; 1 = no workers)', parseInteger('--jobs', 1))
    .option('--shard <i/n>', 'lint only shard i of n (round-robin over the sorted files; see docs/performance.md)')
    .option('--fix', 'apply the fixable suggestions to scripts (never to transcripts), then report what remains')
    .option('--fix-dry-run', 'print the fixes as a unified diff instead of writing them, then report what would remain')
    .option('--fix-type <types>', 'fix only rules of these types, e.g. forbidden (comma list, repeatable)', collect, [])
    .option('--fix-rule <ids>', 'fix only these rules, e.g. ru/no-slang (comma list, repeatable)', collect, [])
    .option('--cache', 'only lint files that changed (or whose config or packs changed) since the last run')
    .option('--cache-location <file>', `where --cache keeps its data (default ${DEFAULT_CACHE_LOCATION} in the working directory)`)
    .option('--stdin-filename <name>', 'the file name to show (and detect the format by) for standard input')
    .option('--no-inline-config', 'ignore talklint-disable / talklint-enable comments in scripts')
    .option('--report-unused-directives', 'report talklint-disable comments that hide nothing (as warnings)')
    .option('--report-unused-directives-severity <level>', 'report unused directives with this severity: off | info | warning | error')
    .option('--baseline <file>', 'hide the findings recorded in this baseline; report only new ones (see docs/baseline.md)')
    .option('--baseline-write <file>', 'record the current findings in this baseline file (and hide them)')
    .option('--scorecard <file>', 'score every call with this scorecard: a YAML file, or "default" (see docs/scorecards.md)')
    .option('--min-score <n>', 'exit 1 when a call scores below n (0–100; needs --scorecard)', parseScore)
    .option('--timing', 'print where the time went (stages, threads, the slowest rules) to standard error after the report')
    .addOption(new Option('--color', 'force colours'))
    .addOption(new Option('--no-color', 'no colours'))
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .showSuggestionAfterError(true)
    .allowExcessArguments(false);
  program.addHelpText(
    'after',
    () =>
      `\nFormats: ${[...FORMATTERS.values()].map((f) => `${f.name} (${f.description})`).join('; ')}\n` +
      '\nMerging sharded reports: talklint merge [-f format] [-o file] report-1.json report-2.json …\n' +
      '\nExit codes: 0 no errors, 1 lint errors (or too many warnings), 2 usage/config/read error.\n' +
      'Examples:\n  talklint fixtures/\n  talklint --pack ru --rule ru/filler-words:off scripts/**/*.md\n  talklint -f json calls/ > report.json\n',
  );
  return program;
}

function parseRuleFlags(flags: readonly string[]): Record<string, SeverityOrOff> {
  const out: Record<string, SeverityOrOff> = {};
  for (const flag of flags) {
    const i = flag.lastIndexOf(':');
    const id = flag.slice(0, i);
    const sev = flag.slice(i + 1);
    if (i <= 0 || !(SEVERITY_SETTINGS as readonly string[]).includes(sev)) {
      throw new UsageError(`--rule takes ID:${SEVERITY_SETTINGS.join('|')} (e.g. --rule ru/filler-words:off), got "${flag}"`);
    }
    out[id] = sev as SeverityOrOff;
  }
  return out;
}

function parseVars(flags: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const flag of flags) {
    const m = /^([a-z_][a-z0-9_]*)=(.+)$/s.exec(flag);
    if (!m) throw new UsageError(`--var takes name=value (e.g. --var company=Ромашка), got "${flag}"`);
    (out[m[1]!] ??= []).push(m[2]!);
  }
  return out;
}

function parseLangs(value: string | undefined): Language[] | undefined {
  if (value === undefined) return undefined;
  const langs = value.split(/[,\s]+/).filter(Boolean);
  for (const l of langs) if (!(LANGUAGES as readonly string[]).includes(l)) throw new UsageError(`--lang: unknown language "${l}"; talklint knows ${LANGUAGES.join(', ')}`);
  return langs as Language[];
}

export function useColor(opts: { color?: boolean }, io: CliIO, toFile: boolean): boolean {
  if (opts.color !== undefined) return opts.color;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.isTTY && !toFile;
}

function printErrors(io: CliIO, errors: readonly LocatedError[]): void {
  for (const e of errors) io.stderr(formatLocatedError(e) + '\n');
  io.stderr(`talklint: ${errors.length === 1 ? 'an error' : `${errors.length} errors`} in the configuration or packs; nothing was linted.\n`);
}

function listRules(s: Setup): string {
  const rows = s.linter.definitions.map((d) => {
    const compiled = s.linter.rules.find((r) => r.def.id === d.id);
    const severity = compiled ? compiled.severity : 'off';
    // Sequence and conditional rules keep their phrases in stages / if-then (RuleKind.patternSets).
    const kind = RULE_KINDS.get(d.type);
    const patterns = [...d.patterns, ...(kind?.patternSets?.(d.options).flat() ?? [])];
    const langs = [...new Set(patterns.map((p) => p.lang ?? 'any'))].join(',');
    return [d.id, d.type, severity, d.speaker, langs, d.rationale?.split('\n')[0] ?? ''];
  });
  const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['rule', 'type', 'severity', 'speaker', 'languages'][i]!.length));
  const line = (r: string[]): string => r.slice(0, 5).map((c, i) => c.padEnd(widths[i]!)).join('  ') + '  ' + r[5];
  return [line(['rule', 'type', 'severity', 'speaker', 'languages', 'why']), ...rows.map(line)].join('\n') + '\n';
}

/** Runs the CLI; returns the exit code. */
export async function run(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  if (argv[0] === 'merge') return runMerge(argv.slice(1), io);
  const program = buildProgram();
  try {
    const ended = parseCommandLine(program, argv, io, 'talklint --help');
    if (ended !== null) return ended;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`talklint: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  try {
    return await main(program.args, program.opts<CliOptions>(), io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`talklint: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

/**
 * Whether findings need their fingerprints: the report shows them (json, sarif, a formatter
 * module), a baseline is compared or written, or results go into the --cache (which then serves
 * any format). Hashing every finding is ~5 % of a run that shows none.
 */
function needsFingerprints(formatter: Formatter, opts: CliOptions): boolean {
  return formatter.usesFingerprints !== false || opts.baseline !== undefined || opts.baselineWrite !== undefined || opts.cache === true;
}

async function main(args: string[], opts: CliOptions, io: CliIO): Promise<number> {
  const resolved = await resolveFormatter(opts.format, io.cwd);
  if (!resolved.ok) throw new UsageError(resolved.message);
  const formatter = resolved.formatter;
  if (opts.baseline !== undefined && opts.baselineWrite !== undefined) throw new UsageError('use either --baseline (compare) or --baseline-write (record), not both');
  const noConfig = (opts as { config?: string | boolean }).config === false;
  const setupOptions: SetupOptions = {
    cwd: io.cwd,
    ...(typeof opts.config === 'string' ? { configFile: opts.config } : {}),
    noConfig,
    packs: opts.pack,
    rules: parseRuleFlags(opts.rule),
    ...(opts.lang !== undefined ? { languages: parseLangs(opts.lang)! } : {}),
    variables: parseVars(opts.var),
    linterOptions: { inlineConfig: opts.inlineConfig, reportUnusedDirectives: unusedDirectivesSeverity(opts), fingerprints: needsFingerprints(formatter, opts), ...(formatter.name === 'junit' || formatter.name.startsWith('summary') ? { calls: true } : {}) },
    ...(opts.scorecard !== undefined ? { scorecard: opts.scorecard } : {}),
  };
  const setupStart = performance.now();
  const s = setup(setupOptions);
  const setupMs = performance.now() - setupStart;
  if (!s.ok) {
    printErrors(io, s.errors);
    return 2;
  }
  if (opts.minScore !== undefined && !s.scorecard) throw new UsageError('--min-score needs a scorecard (--scorecard, or `scorecard:` in the config) that gives each call its score');
  if (opts.printConfig) {
    const { ruleLocations: _unused, ...shown } = s.config;
    io.stdout(JSON.stringify({ ...shown, rules: Object.fromEntries(s.linter.definitions.map((d) => [d.id, s.linter.rules.find((r) => r.def.id === d.id)?.severity ?? 'off'])) }, null, 2) + '\n');
    return 0;
  }
  if (opts.listRules) {
    io.stdout(listRules(s));
    return 0;
  }
  if (args.length === 0) throw new UsageError('no files given. Usage: talklint [options] <files | dirs | globs | ->  (see --help)');

  // A wrong --input-format or --encoding is the user's mistake once, not a failure of every file.
  if (opts.inputFormat !== undefined && !INPUT_FORMATS.some((f) => f.name === opts.inputFormat)) {
    throw new UsageError(`--input-format: unknown format "${opts.inputFormat}"; known: ${INPUT_FORMATS.map((f) => f.name).join(', ')}`);
  }
  if (opts.encoding !== undefined && !iconv().encodingExists(opts.encoding)) {
    throw new UsageError(`--encoding: unknown encoding "${opts.encoding}" (e.g. utf-8, utf-16le, windows-1251, koi8-r, gb18030, big5)`);
  }
  const input: InputOptions = {
    labels: s.linter.labels,
    ...(Object.keys(s.config.speakerRoles).length > 0 ? { speakerRoles: s.config.speakerRoles } : {}),
    ...(Object.keys(s.config.csv).length > 0 ? { csv: s.config.csv } : {}),
    ...(opts.inputFormat !== undefined ? { format: opts.inputFormat } : {}),
    ...(opts.encoding !== undefined ? { encoding: opts.encoding } : {}),
    ...(s.linter.options.directiveMarker !== undefined ? { directiveMarker: s.linter.options.directiveMarker } : {}),
  };
  let comparison: BaselineComparison | null = null;
  if (opts.baseline !== undefined) {
    const loaded = loadBaseline(opts.baseline, io.cwd);
    if (!loaded.ok) throw new UsageError(loaded.message);
    comparison = new BaselineComparison(loaded.baseline, baselineDir(opts.baseline, io.cwd), io.cwd);
  }
  const recorded: Array<Pick<FileResult, 'filePath' | 'diagnostics'>> = [];
  const fixing = fixSession(opts, s, input);
  const ctx: FormatterContext = {
    cwd: io.cwd,
    color: useColor(opts, io, opts.outputFile !== undefined),
    rules: new Map(s.linter.definitions.map((d) => [d.id, d])),
    version: VERSION,
  };
  const sink = new ReportSink(io, opts.outputFile === undefined ? null : resolve(io.cwd, opts.outputFile));
  // A formatter that can writes each file's part of the report as it arrives, and the result is
  // dropped (flat memory over any number of files) — unless the whole run must be seen first:
  // a baseline being written (the report is against it), or fixes (their diffs come first).
  // Decided once the files are known (below).
  let streaming: FormatterStream | null = null;
  const results: FileResult[] = [];
  /** Calls scored below --min-score (counted as results arrive: a streamed run keeps no calls). */
  let below = 0;
  /** This thread's time in the report (--timing): keeping, formatting and writing results. */
  let reportMs = 0;
  const keep = (linted: FileResult): void => {
    const keepStart = opts.timing ? performance.now() : 0;
    if (opts.baselineWrite !== undefined && !linted.fatal) recorded.push({ filePath: linted.filePath, diagnostics: [...linted.diagnostics] });
    const r = comparison ? comparison.apply(linted) : linted;
    if (opts.quiet) {
      r.diagnostics = r.diagnostics.filter((d) => d.severity === 'error');
      r.warningCount = 0;
      r.infoCount = 0;
    }
    if (formatter.usesSourceLines) keepFrameLines(r);
    else delete r.source;
    if (opts.minScore !== undefined) below += callsBelow([r], opts.minScore);
    if (streaming) {
      sink.write(streaming.file(r));
      results.push(husk(r));
    } else results.push(r);
    if (opts.timing) reportMs += performance.now() - keepStart;
  };

  // The files first: a usage mistake in them (nothing matched, a bad --shard) is reported before
  // anything is linted or written.
  const fileArgs = args.filter((a) => a !== '-');
  let files: string[] = [];
  const findStart = performance.now();
  if (fileArgs.length > 0) {
    const collected = await collectFiles(fileArgs, { cwd: io.cwd, ignorePatterns: s.config.ignorePatterns });
    const unmatched = collected.unmatched;
    if (unmatched.length > 0) throw new UsageError(`no files matching ${unmatched.map((u) => `"${u}"`).join(', ')} were found`);
    files = collected.files;
    if (opts.shard !== undefined) {
      const shard = parseShard(opts.shard);
      if (!shard.ok) throw new UsageError(shard.message);
      files = shardFiles(files, shard.shard, io.cwd);
    }
  }
  const findMs = performance.now() - findStart;
  const minBytesPerThread = workerMinBytes(io.env.TALKLINT_WORKER_MIN_BYTES);
  // A formatter with something to prepare (stylish: string-width, which only frames of wide text
  // need) streams only a run large enough for memory to matter; a smaller one is formatted at the
  // end, when the results say whether that is needed at all (it costs 10–15 ms of start-up).
  if (formatter.stream !== undefined && opts.baselineWrite === undefined && fixing === null && (formatter.prepare === undefined || files.length > STREAM_PREPARED_ABOVE)) {
    await formatter.prepare?.();
    streaming = formatter.stream(ctx);
  }
  if (streaming && !sink.open()) return 2;

  const times = opts.timing ? emptyTimes() : undefined;
  let runMs = 0;
  let workersStarted = 0;
  let fromCache = 0;
  // 1. Standard input.
  const stdin = args.includes('-');
  if (stdin) {
    const bytes = await io.readStdin();
    const startedAt = performance.now();
    const shown = opts.stdinFilename ?? '<stdin>';
    let r: FileResult;
    if (times === undefined) r = lintBytes(s.linter, bytes, shown, { input });
    else {
      const timer = new TaskTimer(times);
      times.bytes += bytes.length;
      r = timer.task(() => lintBytes(timer.timed(s.linter), bytes, shown, { input }));
      timer.release();
    }
    runMs += performance.now() - startedAt;
    keep(fixing ? fixing.stdin(r, bytes, s.linter) : r);
  }
  // 2. Files: lint (in order, streamed).
  if (fileArgs.length > 0) {
    const jobs = opts.jobs ?? availableParallelism();
    const cache = opts.cache ? openCache(opts, io, s, input, fixing) : null;
    const stats: RunStats = { workersStarted: 0 };
    const runOptions: RunFilesOptions = { setupOptions, setup: s, input, cwd: io.cwd, jobs, sourceText: cache || formatter.usesSourceLines ? 'frame-lines' : 'drop', stats };
    if (times !== undefined) runOptions.timing = times;
    if (minBytesPerThread !== undefined) runOptions.minBytesPerThread = minBytesPerThread;
    const onFile = (r: FileResult, i: number): void => keep(fixing ? fixing.file(r, files[i]!, s.linterFor(files[i]!)) : r);
    const startedAt = performance.now();
    if (cache) {
      try {
        fromCache = (await runFilesCached(files, runOptions, cache, onFile)).hits;
      } catch (e) {
        // An internal error: the cache is left as it was, with no journal of this run behind.
        cache.discard();
        throw e;
      }
    } else await runFiles(files, runOptions, onFile);
    runMs += performance.now() - startedAt;
    workersStarted = stats.workersStarted;
    if (io.env.TALKLINT_DEBUG) {
      const ranges = stats.exportRanges ? `; large exports in ${stats.exportRanges} byte ranges` : '';
      io.stderr(`talklint: ${files.length} files linted in ${Math.round(performance.now() - startedAt)} ms, --jobs ${jobs}: this thread and ${stats.workersStarted} worker ${stats.workersStarted === 1 ? 'thread' : 'threads'}${ranges}\n`);
    }
    const cacheError = cache?.save();
    if (cacheError) io.stderr(`talklint: ${cacheError}\n`);
  }

  if (fixing && fixing.diffs.length > 0) io.stdout(fixing.diffs.join(''));
  if (opts.baselineWrite !== undefined) {
    const written = writeBaseline(opts.baselineWrite, recorded, io);
    if (written === null) return 2;
    // What was just recorded is accepted: report as a run against the new baseline would.
    const accepted = new BaselineComparison(written, baselineDir(opts.baselineWrite, io.cwd), io.cwd);
    // In place (not splice(0, n, ...all)): spreading the results of a very large run overflows the stack.
    for (let i = 0; i < results.length; i++) results[i] = accepted.apply(results[i]!);
  }
  const reportStart = performance.now();
  if (streaming) sink.write(streaming.end());
  else {
    // A formatter that can gives its report in pieces, written as they come.
    if (!sink.open()) return 2;
    await formatter.prepare?.(results);
    for (const piece of formatter.formatChunks ? formatter.formatChunks(results, ctx) : [formatter.format(results, ctx)]) sink.write(piece);
  }
  if (!sink.close()) return 2;
  if (times !== undefined) {
    reportMs += performance.now() - reportStart;
    io.stderr(formatTiming({ times, files: files.length + (stdin ? 1 : 0), fromCache, workers: workersStarted, setupMs, findMs, runMs, reportMs }));
  }

  const code = exitCode(results, opts.maxWarnings);
  if (code === 0 && opts.minScore !== undefined) {
    if (below > 0) {
      io.stderr(`talklint: ${below} ${below === 1 ? 'call scores' : 'calls score'} below --min-score ${opts.minScore}\n`);
      return 1;
    }
  }
  return code;
}

/** Files above which a formatter that must prepare (see Formatter.prepare) streams its report. */
export const STREAM_PREPARED_ABOVE = 200;

/**
 * Characters of the report buffered before a write, at most (see ReportSink.write). A piece of
 * 32 Ki UTF-16 units is a 64 KB string and at most 96 KB of UTF-8: both stay in the memory V8
 * and malloc reuse. At 64 Ki (a 128 KB string, up to 192 KB of bytes) every write took fresh
 * pages — a large-object string for the joined text, an mmap for its bytes — and on the
 * benchmark's VM first touching pages is dear: encoding the JSON report of the bench corpus
 * (47 MB) for standard output took ~590 ms of the main thread, against ~170 ms now (CPU profiles
 * of `--jobs 1 -f json` runs; the same bytes written).
 */
export const SINK_FLUSH_CHARS = 1 << 15;

/**
 * Where the report goes: standard output or --output-file (its folder created, the file
 * truncated when the report starts), in pieces of SINK_FLUSH_CHARS characters. A write that
 * fails is reported once, and the run ends with exit code 2.
 */
export class ReportSink {
  private buf = '';
  private opened = false;
  private failed = false;

  constructor(
    private readonly io: CliIO,
    private readonly path: string | null,
    /** What stderr messages start with (`talklint`, `talklint merge`). */
    private readonly who = 'talklint',
  ) {}

  /** Starts the report (creates/truncates the output file); false when it cannot be written. */
  open(): boolean {
    if (this.opened) return !this.failed;
    this.opened = true;
    if (this.path !== null) {
      try {
        makeFolder(dirname(this.path));
        writeFileSync(this.path, '');
      } catch (e) {
        this.fail(e);
      }
    }
    return !this.failed;
  }

  /**
   * Buffers a part of the report, written in pieces of at most SINK_FLUSH_CHARS characters (and
   * a part longer than that alone): each file's part is then garbage within a few files. (A 1 Mi
   * buffer kept ~300 files' parts alive across V8's young-generation collections, which copied
   * and then promoted them: the main thread spent 12 % of a --jobs 2 run over the bench corpus
   * collecting garbage, against 5 % with 64 Ki; the run took ~4 % less wall time with --jobs 2
   * and ~7 % less with --jobs 1, peak RSS 178 MB instead of 210 MB with --jobs 1.)
   */
  write(text: string): void {
    // What is buffered goes first when this text would take it over the size of a write (a text
    // longer than that is written alone).
    if (this.buf.length + text.length > SINK_FLUSH_CHARS) this.flush();
    this.buf += text;
    if (this.buf.length >= SINK_FLUSH_CHARS) this.flush();
  }

  /** Writes what is left; false when some part of the report could not be written. */
  close(): boolean {
    this.flush();
    return !this.failed;
  }

  private flush(): void {
    const text = this.buf;
    this.buf = '';
    if (text === '' || this.failed) return;
    if (this.path === null) {
      this.io.stdout(text);
      return;
    }
    try {
      appendFileSync(this.path, text);
    } catch (e) {
      this.fail(e);
    }
  }

  private fail(e: unknown): void {
    this.failed = true;
    this.io.stderr(`${this.who}: cannot write --output-file: ${(e as Error).message}\n`);
  }
}

/** TALKLINT_WORKER_MIN_BYTES: input per thread below which --jobs uses fewer threads (undefined: the default). */
function workerMinBytes(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`TALKLINT_WORKER_MIN_BYTES takes a number of bytes ≥ 0, got "${value}"`);
  return Number(value);
}

/** What the exit code needs of a result whose part of the report is written (--min-score is counted as results arrive). */
function husk(r: FileResult): FileResult {
  return {
    filePath: r.filePath,
    diagnostics: [],
    notices: [],
    languages: [],
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    infoCount: r.infoCount,
    ...(r.fatal ? { fatal: r.fatal } : {}),
  };
}

/** How many calls of the results scored below `min` (calls without a score do not count). */
export function callsBelow(results: readonly FileResult[], min: number): number {
  return results.reduce((n, r) => n + (r.calls ?? []).filter((c) => c.score !== undefined && c.score.score < min).length, 0);
}

function parseScore(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new UsageError(`--min-score takes a number from 0 to 100, got "${value}"`);
  return n;
}

function unusedDirectivesSeverity(opts: CliOptions): SeverityOrOff {
  const sev = opts.reportUnusedDirectivesSeverity;
  if (sev === undefined) return opts.reportUnusedDirectives ? 'warning' : 'off';
  if (!(SEVERITY_SETTINGS as readonly string[]).includes(sev)) throw new UsageError(`--report-unused-directives-severity takes ${SEVERITY_SETTINGS.join(' | ')}, got "${sev}"`);
  return sev as SeverityOrOff;
}

/** Writes the baseline of this run's findings (keeping the entries of files not linted); null after an error. */
function writeBaseline(file: string, recorded: ReadonlyArray<Pick<FileResult, 'filePath' | 'diagnostics'>>, io: CliIO): ReturnType<typeof createBaseline> | null {
  const baseDir = baselineDir(file, io.cwd);
  const old = loadBaseline(file, io.cwd);
  const linted = new Set(recorded.map((r) => resolve(io.cwd, r.filePath)));
  const baseline = createBaseline(recorded, io.cwd, baseDir, old.ok ? carriedOver(old.baseline, linted, baseDir) : []);
  try {
    const path = resolve(io.cwd, file);
    makeFolder(dirname(path));
    writeFileAtomic().sync(path, serializeBaseline(baseline));
  } catch (e) {
    io.stderr(`talklint: cannot write --baseline-write: ${(e as Error).message}\n`);
    return null;
  }
  const findings = baseline.entries.reduce((n, e) => n + e.count, 0);
  const files = new Set(baseline.entries.map((e) => e.file)).size;
  io.stderr(`talklint: wrote ${file}: ${findings} ${findings === 1 ? 'finding' : 'findings'} in ${files} ${files === 1 ? 'file' : 'files'}\n`);
  return baseline;
}

/** The --cache of a run: an unreadable cache file is a notice, never an error; fixed files are stored with their new content. */
function openCache(opts: CliOptions, io: CliIO, s: Setup, input: InputOptions, fixing: FixSession | null): LintCache {
  const { cache, notice } = LintCache.open(resolve(io.cwd, opts.cacheLocation ?? DEFAULT_CACHE_LOCATION));
  if (notice !== undefined) io.stderr(`talklint: ${notice}\n`);
  if (fixing) fixing.onWritten = (absPath, bytes, result) => cache.store(absPath, configKey(s.linterFor(absPath), input), result, bytes);
  return cache;
}

/** The --fix / --fix-dry-run session of a run, or null without those options. */
function fixSession(opts: CliOptions, s: Setup, input: InputOptions): FixSession | null {
  if (opts.fix && opts.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if (!opts.fix && !opts.fixDryRun) {
    if (opts.fixType.length > 0 || opts.fixRule.length > 0) throw new UsageError(`${opts.fixType.length > 0 ? '--fix-type' : '--fix-rule'} needs --fix or --fix-dry-run`);
    return null;
  }
  try {
    const types = parseFixTypes(opts.fixType);
    const rules = parseFixRules(opts.fixRule, s.ruleIds());
    return new FixSession({ dryRun: opts.fixDryRun === true, input, filter: { ...(types ? { types } : {}), ...(rules ? { rules } : {}) } });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export function exitCode(results: readonly FileResult[], maxWarnings: number | undefined): number {
  if (results.some((r) => r.fatal)) return 2;
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) return 1;
  return 0;
}

export { fatalResult };
// For bin/talklint.js, which runs the bundle of this module through node:vm.
export { setModuleImporter } from '../module-import.js';
