/**
 * Linting a list of files for a run: in order, streaming each result to `onResult` as soon as it
 * (and every file before it) is ready; results are not accumulated here. The throughput work
 * lives behind this one function, so the CLI does not change when it does.
 *
 * `jobs` > 1 lints in `jobs` threads: this one and `jobs - 1` worker threads (worker.ts). Each
 * worker rebuilds the setup once from the plain-data SetupOptions; every thread takes batches of
 * files from a shared queue (a fast thread takes more batches), and this thread puts the results
 * back in file order, so the output is the same, in the same order, as with `jobs: 1`. This
 * thread lints too (between handling the workers' messages, a file at a time): it has the setup
 * already, and one thread fewer to start is ~100 MB less memory.
 *
 * - Small runs stay in this thread: a worker costs ~0.3 s to start and runs cold for a while,
 *   so `min(jobs, files / MIN_FILES_PER_THREAD, bytes / MIN_BYTES_PER_THREAD)` threads are used
 *   and fewer than two means no workers at all.
 * - A file that crashes its worker (out of memory, a bug that kills the thread) does not hang or
 *   abort the run: the worker's unfinished files are retried one by one in fresh workers, and the
 *   file that crashes a worker on its own gets a `fatal` result ("internal error …; skipped").
 *   An exception thrown while linting a file becomes the same kind of fatal result, in a worker
 *   and in this thread alike.
 * - When no worker can start at all (e.g. the worker script is missing), the run goes on here.
 * - A large JSON Lines, CSV or TSV export is cut into byte ranges (large-export.ts: exportRanges), which go
 *   through the same queue as files, one range a batch; its result is merged from the ranges'
 *   parts when the last one is in, in the file's place. A range that crashes its worker twice
 *   gives the export a fatal result; a merge that cannot give the one-thread result (a call's
 *   records apart) has the file linted again here, as one thread lints it.
 */
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { Linter } from '../engine/linter.js';
import { addTimes, emptyTimes, type LintTimes, type StageTimes } from '../engine/timing.js';
import { keepFrameLines } from '../formatters/index.js';
import type { InputOptions } from '../input/load.js';
import { SLICE_MIN_LENGTH } from '../text/own-copy.js';
import type { FileResult } from '../types.js';
import { displayPath, fatalResult, lintBytes, readFileBytes, readFileStamped } from './lint-files.js';
import { EXPORT_RANGE_BYTES, exportKind, exportRanges, LARGE_EXPORT_BYTES, lintExportRange, lintInPieces, mergeExportParts, type ExportPart, type ExportRange } from './large-export.js';
import { hashFile, readStampOf, type ReadStamp } from './read-stamp.js';
import type { Setup, SetupOptions } from './setup.js';
import type { MainToWorker, WorkerToMain } from './worker.js';

/** What happens to `FileResult.source` before a result is handed over. */
export type SourceTextMode = 'keep' | 'frame-lines' | 'drop';

export interface RunFilesOptions {
  /** Everything needed to rebuild the setup (in a worker thread): plain data only. */
  setupOptions: SetupOptions;
  /** The setup already built in this thread. */
  setup: Setup;
  input: InputOptions;
  cwd: string;
  /** Worker threads to use; 1 (the default) = this thread only. */
  jobs?: number;
  /**
   * `keep` (default): results carry the decoded source; `frame-lines`: only the lines
   * diagnostics point at (FileResult.sourceLines, see keepFrameLines); `drop`: no source. Decided
   * where the file is linted, so a worker does not copy whole transcripts back to this thread.
   */
  sourceText?: SourceTextMode;
  /** Memory limits of each worker thread (a worker over them ends; its file gets a fatal result). */
  workerResourceLimits?: ResourceLimits;
  /**
   * Whether this thread lints its share too (default true: `jobs` threads = this one and
   * `jobs - 1` workers). False: `jobs` workers and this thread only coordinates, so every file is
   * linted in a worker, where a crash cannot take the run down (at the cost of one more thread's
   * memory and start-up).
   */
  mainThreadLints?: boolean;
  /**
   * Whether a run of many files may tune V8 for the process (default true): its heap growing
   * factor (HEAP_GROWING_PERCENT: peak memory near 1.5× the live heap instead of up to four
   * times) and its inlining budget (INLINING_BUDGET: a third of the optimising compiler's work,
   * which a second lint thread has to share its core with). False leaves V8's flags alone.
   */
  tuneEngine?: boolean;
  /**
   * Input bytes per thread below which fewer threads are used (default MIN_BYTES_PER_THREAD;
   * 0: by file count only). The CLI takes it from TALKLINT_WORKER_MIN_BYTES.
   */
  minBytesPerThread?: number;
  /** Filled in as the run goes: how many worker threads became ready (0: all in this thread). */
  stats?: RunStats;
  /**
   * Where the run's time goes (engine/timing.ts): every thread adds the times of the files it
   * lints to this sink (a worker's come with its batches of results). Not given: nothing is timed.
   */
  timing?: LintTimes;
  /**
   * A large JSON Lines, CSV or TSV export (from `exportMinBytes` on, default LARGE_EXPORT_BYTES) in a run of
   * two threads or more is linted in byte ranges of about `exportRangeBytes` (default
   * EXPORT_RANGE_BYTES) spread over the threads like files, and its result merged from theirs
   * (large-export.ts); the result is the one a single thread gives. Not with `sourceText: 'keep'`.
   */
  exportRangeBytes?: number;
  exportMinBytes?: number;
  /**
   * With `--cache`: each file's result comes with the SHA-256 of the bytes it was linted from and
   * the file's stat taken just before they were read (onResult's third argument), hashed in the
   * thread that read them (a large export read in pieces or ranges: in one read of its own, after
   * the stat and before linting). None for a fatal result.
   * @internal
   */
  readStamps?: { racyMs: number };
}

export interface RunStats {
  workersStarted: number;
  /** Byte ranges of large exports linted as tasks of their own (0: every file whole, or in one thread). */
  exportRanges?: number;
}

/** A thread is used per this many files (at most `jobs`); fewer than two threads = no workers. */
export const MIN_FILES_PER_THREAD = 50;
/**
 * …and per this much input. A worker costs ~0.3 s to start and runs cold (unoptimised code) for
 * a while after: on the bench corpus two threads were slower than one up to ~1,000 files
 * (8.8 MB: 0.8×) and faster from ~2,000 (17.7 MB: 1.1–1.3×), so two threads need 16 MB.
 */
export const MIN_BYTES_PER_THREAD = 8 * 1024 * 1024;
/** Files per batch sent to a worker (at most). */
export const MAX_BATCH = 32;
/** Batches a worker holds at once, so it never waits for the next one. */
const IN_FLIGHT = 2;
/** Results waiting for an earlier file are bounded: no batch is sent this far past the next file to emit. */
const REORDER_WINDOW = 4096;
/** After this many worker crashes in one run, the files still to lint are reported as skipped. */
const MAX_CRASHES = 32;

/**
 * A unit of a run's work, as the queue and the workers see it: [file index, path], or
 * [file index, path, range] for a byte range of a large export (its part of the file).
 */
export type Task = [file: number, path: string, range?: ExportRange];

/** What a task gives: a file's result, or a range's part (null: the file must be read another way). */
export type TaskResult = FileResult | { part: ExportPart | null };

/** What a worker needs besides the files: plain data only. */
export interface WorkerInit {
  setupOptions: SetupOptions;
  input: InputOptions;
  cwd: string;
  sourceText: SourceTextMode;
  /** RunFilesOptions.readStamps. */
  readStamps?: { racyMs: number };
  /** Time the tasks and send the times with each batch (RunFilesOptions.timing). */
  timing?: boolean;
}

/**
 * A thread's timing of its tasks: the sink, and the linters pointed at it (so that a run leaves
 * them as it found them).
 */
export class TaskTimer {
  private readonly linters = new Set<Linter>();
  constructor(readonly times: LintTimes = emptyTimes()) {}

  /** The linter for `absPath`, timing into this sink. */
  linter(s: Setup, absPath: string): Linter {
    return this.timed(s.linterFor(absPath));
  }

  /** `linter`, timing into this sink (until release). */
  timed(linter: Linter): Linter {
    if (linter.timing !== this.times) {
      linter.timing = this.times;
      this.linters.add(linter);
    }
    return linter;
  }

  /** A whole file's read, from `start` (its bytes, or why it could not be read). */
  read(start: number, bytes: Uint8Array | string): void {
    this.times.stages.read += performance.now() - start;
    if (typeof bytes !== 'string') this.times.bytes += bytes.length;
  }

  /** Runs a task: its time, less what reading and the linter counted, is decoding and parsing. */
  task<T>(run: () => T): T {
    const t = this.times;
    const before = counted(t.stages);
    const start = performance.now();
    try {
      return run();
    } finally {
      const ms = performance.now() - start;
      t.tasks++;
      t.taskMs += ms;
      t.stages.parse += Math.max(0, ms - (counted(t.stages) - before));
    }
  }

  /** Stops timing the linters this timer set (the sink keeps its figures). */
  release(): void {
    for (const l of this.linters) if (l.timing === this.times) l.timing = null;
    this.linters.clear();
  }
}

function fileSize(absPath: string): number {
  try {
    return statSync(absPath).size;
  } catch {
    return 0;
  }
}

/** The stages a task's parts count themselves (all but decoding and parsing, worked out as the rest). */
function counted(st: StageTimes): number {
  return st.read + st.languages + st.match + st.rules + st.finish;
}

// Memory over a long run. V8 sizes the old generation after each full collection as the live
// heap times a growing factor it picks from the GC's speed — up to 4× for a throughput-bound
// run, so linting 180 MB in one thread (~65 MB live) let the heap reach ~400 MB. A run of many
// files therefore sets V8's heap growing factor to 1 + HEAP_GROWING_PERCENT / 100 (1.5×): the heap then
// stays near 1.5× what is live, without extra collections forced from here. (2× measured ~20 MB
// more peak RSS on the bench corpus's CLI run, 1.5× ~6 % more CPU; the RSS target won. Forcing
// full collections with gc(), as an earlier version did, also threw away the optimised code of
// the hot functions at each collection: ~600 recompilations instead of ~250 over the benchmark
// corpus, and ~25 % slower.) The flag is process-wide and read by V8 at each collection, so it
// covers worker threads too.
const HEAP_GROWING_PERCENT = 50;
// Compile work over a long run. The optimising compiler (TurboFan) runs on a helper thread; with
// V8's default inlining budget (920 bytes of inlined bytecode a function) it spent ~2.2 s
// compiling during a one-thread run over a quarter of the bench corpus that took ~3 s (the
// matcher's scan, phrase loop and program interpreter inlined into one another, recompiled after
// each deoptimisation). One thread gets that work done for free on the idle second core; with
// two lint threads each compiles the same again, on the cores the lint threads need. A budget
// of 150 bytes halved the compile time (~1.0 s); interleaved runs on the quarter corpus (medians
// of 5, two series): one thread 6 % less wall time and 12–13 % less CPU, --jobs 2 13–26 % less
// wall time; the hot loops, inlined less, were no slower. Set from here, not on the command line, so that the
// library's runs get it too; V8 reads it at each optimisation (workers included). Both flags are
// set once, when the first run of at least MIN_FILES_FOR_TUNING files starts (`tuneEngine:
// false` leaves the process alone).
const INLINING_BUDGET = 150;
const MIN_FILES_FOR_TUNING = 200;
let engineTuned = false;

function tuneEngine(): void {
  if (engineTuned) return;
  engineTuned = true;
  for (const flag of [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`, `--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET}`]) {
    try {
      setFlagsFromString(flag);
    } catch {
      // A runtime that refuses the flag: V8's own choice, nothing else changes.
    }
  }
}

/**
 * Lints a task (a file, or a range of a large export) as a run does: never throws. `onRead`
 * gets a whole file's ReadStamp when `init.readStamps` asks for it (see lintOne).
 */
export function lintTask(s: Setup, task: Task, init: Omit<WorkerInit, 'setupOptions'>, detach = true, onRead?: (read: ReadStamp) => void, timer?: TaskTimer): TaskResult {
  if (timer !== undefined) return timer.task(() => lintTaskOnce(s, task, init, detach, onRead, timer));
  return lintTaskOnce(s, task, init, detach, onRead);
}

function lintTaskOnce(s: Setup, task: Task, init: Omit<WorkerInit, 'setupOptions'>, detach: boolean, onRead?: (read: ReadStamp) => void, timer?: TaskTimer): TaskResult {
  const [, absPath, range] = task;
  if (range === undefined) return lintOne(s, absPath, init, detach, onRead, timer);
  try {
    if (timer !== undefined) timer.times.bytes += range[1] - range[0];
    return { part: lintExportRange(timer ? timer.linter(s, absPath) : s.linterFor(absPath), absPath, displayPath(absPath, init.cwd), range, { input: init.input, frameLines: init.sourceText === 'frame-lines' }) };
  } catch {
    // The file is then read another way, and that reading reports what is wrong with it.
    return { part: null };
  }
}

/**
 * Lints one file as a run does (in this thread or a worker): never throws.
 *
 * `detach`: when the source text is not kept, every string of the result is made its own copy
 * (detachStrings) so that none is a slice of the source. V8 keeps a whole file's text alive for
 * any substring of it longer than a few characters (a matched phrase, a message built around
 * one, a code-frame line), so 20,000 kept results would otherwise keep ~20,000 transcripts in
 * memory. A worker passes false: posting the result to the main thread copies it anyway.
 *
 * With `init.readStamps`, `onRead` gets the file's ReadStamp (its stat, then the hash of the
 * bytes linted; a large export read in pieces is hashed in a read of its own first) and the
 * result's JSON as the cache stores it, unless the result is fatal.
 */
export function lintOne(s: Setup, absPath: string, init: Omit<WorkerInit, 'setupOptions'>, detach = true, onRead?: (read: ReadStamp) => void, timer?: TaskTimer): FileResult {
  let r: FileResult;
  let read: ReadStamp | undefined;
  const linterFor = (p: string): Linter => (timer ? timer.linter(s, p) : s.linterFor(p));
  try {
    const stamps = init.readStamps;
    // A large export without its text kept is read in pieces (large-export.ts): its result has
    // no source, and its strings are its own already.
    if (init.sourceText !== 'keep') {
      let pieces: FileResult | null = null;
      try {
        if (stamps !== undefined && exportKind(absPath, init.input, LARGE_EXPORT_BYTES) !== null) read = hashFile(absPath, stamps.racyMs);
        pieces = lintInPieces(linterFor(absPath), absPath, displayPath(absPath, init.cwd), { input: init.input, frameLines: init.sourceText === 'frame-lines' });
        if (pieces !== null && timer !== undefined) timer.times.bytes += fileSize(absPath);
      } catch {
        // Whatever went wrong in pieces, the whole-file read below decides (and reports) it.
      }
      if (pieces !== null) {
        if (read !== undefined && onRead !== undefined && !pieces.fatal) onRead(withStoredJson(read, pieces));
        return pieces;
      }
    }
    const shown = displayPath(absPath, init.cwd);
    read = undefined;
    const readStart = timer === undefined ? 0 : performance.now();
    if (stamps === undefined) {
      const bytes = readFileBytes(absPath);
      if (timer !== undefined) timer.read(readStart, bytes);
      r = typeof bytes === 'string' ? fatalResult(shown, bytes) : lintBytes(linterFor(absPath), bytes, shown, { cwd: init.cwd, input: init.input });
    } else {
      // The stat before the read (a write after it moves the times the stamp records).
      const got = readFileStamped(absPath);
      if (timer !== undefined) timer.read(readStart, typeof got === 'string' ? got : got.bytes);
      if (typeof got === 'string') r = fatalResult(shown, got);
      else {
        r = lintBytes(linterFor(absPath), got.bytes, shown, { cwd: init.cwd, input: init.input });
        read = readStampOf(got.st, got.statAt, got.bytes, stamps.racyMs);
      }
    }
  } catch (e) {
    r = fatalResult(displayPath(absPath, init.cwd), `internal error while linting this file: ${e instanceof Error ? e.message : String(e)}; skipped`);
    read = undefined;
  }
  if (init.sourceText === 'drop') {
    // A copy without the property rather than `delete`, which turns the object into a slow
    // dictionary for everything that reads it afterwards.
    const { source: _source, ...rest } = r;
    r = rest;
  } else if (init.sourceText === 'frame-lines') keepFrameLines(r);
  if (read !== undefined && onRead !== undefined && !r.fatal) onRead(withStoredJson(read, r));
  if (init.sourceText === 'keep') return r;
  return detach && (r.diagnostics.length > 0 || r.sourceLines !== undefined || r.calls !== undefined) ? detachResult(r) : r;
}

const utf8 = new TextEncoder();

/**
 * `read` with the result's JSON as `--cache` stores it: without its source text, keeping the
 * lines its findings point at (LintCache.store). Made in the thread that linted the file.
 */
function withStoredJson(read: ReadStamp, r: FileResult): ReadStamp {
  let stored = r;
  if (r.source !== undefined) {
    stored = { ...r };
    keepFrameLines(stored);
  }
  read.json = utf8.encode(JSON.stringify(stored));
  return read;
}

/**
 * detachStrings of a result, but a call record's own copies are of its id and agent only (from
 * the file): the rest of a record is rule, scorecard and language ids and texts made here, none a
 * slice of the file, and copying every rule id of every call took ~6 % of a summary run over the
 * bench corpus. (Before, a result with call records and no finding was not detached at all, so
 * a long call id or agent name, a slice of the file, kept the whole text alive in a summary.)
 */
function detachResult(r: FileResult): FileResult {
  const calls = r.calls;
  if (calls === undefined) return detachStrings(r);
  detachStrings(r, 'calls');
  r.calls = calls.map((c) => {
    const own = { ...c, id: c.id === null ? null : detachStrings(c.id) };
    if (c.agent !== undefined) own.agent = detachStrings(c.agent);
    return own;
  });
  return r;
}


/**
 * `value` with every string in it (in plain objects and arrays, walked in place) replaced by a
 * copy of its own: a string that is a slice of a file's text keeps the whole text alive. Cheaper
 * than structuredClone of the whole result, which did this before (the copy is made through a
 * Buffer: a new string, whatever the engine's optimising compiler does with string operations).
 * Class instances (none in a FileResult today) are structuredCloned. `exceptKey`: a key of `value`
 * (a plain object) left as it is.
 */
export function detachStrings<T>(value: T, exceptKey?: string): T {
  if (typeof value === 'string') return (value.length >= SLICE_MIN_LENGTH ? Buffer.from(value, 'utf16le').toString('utf16le') : value) as T;
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const x: unknown = value[i];
      if (typeof x === 'string' ? x.length >= SLICE_MIN_LENGTH : typeof x === 'object' && x !== null) value[i] = detachStrings(x);
    }
    return value;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return structuredClone(value);
  const o = value as Record<string, unknown>;
  for (const k in o) {
    if (k === exceptKey) continue;
    const x = o[k];
    if (typeof x === 'string' ? x.length >= SLICE_MIN_LENGTH : typeof x === 'object' && x !== null) o[k] = detachStrings(x);
  }
  return value;
}

/** How many worker threads a run of `fileCount` files starts with `jobs` (0 = this thread only). */
export function workerCount(fileCount: number, jobs: number, mainThreadLints = true, inputBytes = Infinity, minBytesPerThread = MIN_BYTES_PER_THREAD): number {
  const byBytes = minBytesPerThread > 0 ? Math.floor(inputBytes / minBytesPerThread) : Infinity;
  const threads = Math.min(Math.floor(jobs), Math.floor(fileCount / MIN_FILES_PER_THREAD), byBytes);
  if (threads < 2) return 0;
  return mainThreadLints ? threads - 1 : threads;
}

/** The files' total size, counted until it reaches `enough` (a file that cannot be read counts 0). */
function inputBytes(files: readonly string[], enough: number): number {
  let total = 0;
  for (const f of files) {
    try {
      total += statSync(f).size;
    } catch {
      // Reported when it is linted.
    }
    if (total >= enough) break;
  }
  return total;
}

/**
 * Lints `files` (absolute paths) and calls `onResult(result, index)` in file order (with
 * `opts.readStamps`, the file's ReadStamp as a third argument).
 */
export async function runFiles(files: readonly string[], opts: RunFilesOptions, onResult: (r: FileResult, index: number, read?: ReadStamp) => void): Promise<void> {
  const init: WorkerInit = { setupOptions: opts.setupOptions, input: opts.input, cwd: opts.cwd, sourceText: opts.sourceText ?? 'keep' };
  if (opts.readStamps !== undefined) init.readStamps = opts.readStamps;
  if (opts.timing !== undefined) init.timing = true;
  const jobs = opts.jobs ?? 1;
  const mainThreadLints = opts.mainThreadLints ?? true;
  const minBytes = opts.minBytesPerThread ?? MIN_BYTES_PER_THREAD;
  // The input's size says first whether two threads are worth it at all: a large export is only
  // cut into ranges (for CSV, a pass over its bytes in this thread) when they are.
  const bytes = jobs >= 2 && minBytes > 0 ? inputBytes(files, Math.floor(jobs) * minBytes) : Infinity;
  // (With readStamps, each export cut into ranges is hashed here first: no one thread reads it whole.)
  const rangeReads = new Map<number, ReadStamp>();
  const tasks = bytes >= 2 * minBytes ? runTasks(files, opts, init.sourceText, jobs, rangeReads) : files.map((path, i): Task => [i, path]);
  // A range of a large export weighs as much as many small files in the count of threads.
  const units = tasks.length + (tasks.length - files.length) * MIN_FILES_PER_THREAD;
  const workers = workerCount(units, jobs, mainThreadLints, bytes, minBytes);
  if ((opts.tuneEngine ?? true) && (files.length >= MIN_FILES_FOR_TUNING || tasks.length > files.length)) tuneEngine();
  if (opts.stats) opts.stats.exportRanges = workers === 0 ? 0 : tasks.filter((t) => t[2] !== undefined).length;
  const timer = opts.timing === undefined ? undefined : new TaskTimer(opts.timing);
  try {
    if (workers === 0) {
      files.forEach((file, i) => {
        let read: ReadStamp | undefined;
        const r = lintTask(opts.setup, [i, file], init, true, (x) => (read = x), timer) as FileResult;
        onResult(r, i, read);
      });
      return;
    }
    await new WorkerRun(tasks, opts, init, workers, onResult, rangeReads, timer).done;
  } finally {
    timer?.release();
  }
}

/**
 * The run's tasks: a file each, but a large export in ranges when two threads or more may share
 * them. With `opts.readStamps`, the ReadStamp of each file cut into ranges goes to `reads` (by
 * file index): it is stat'ed and hashed before its ranges are found and linted.
 */
function runTasks(files: readonly string[], opts: RunFilesOptions, sourceText: SourceTextMode, jobs: number, reads: Map<number, ReadStamp>): Task[] {
  const tasks: Task[] = [];
  const minBytes = opts.exportMinBytes ?? LARGE_EXPORT_BYTES;
  files.forEach((path, i) => {
    if (jobs < 2 || sourceText === 'keep') {
      tasks.push([i, path]);
      return;
    }
    let read: ReadStamp | undefined;
    if (opts.readStamps !== undefined && exportKind(path, opts.input, minBytes) !== null) {
      try {
        read = hashFile(path, opts.readStamps.racyMs);
      } catch {
        // Reported when it is linted.
      }
    }
    const ranges = exportRanges(path, opts.input, Math.floor(jobs), opts.exportRangeBytes ?? EXPORT_RANGE_BYTES, minBytes);
    if (ranges === null) tasks.push([i, path]);
    else {
      for (const range of ranges) tasks.push([i, path, range]);
      if (read !== undefined) reads.set(i, read);
    }
  });
  return tasks;
}

// ---------------------------------------------------------------------------------------------
// The worker pool.

interface Batch {
  id: number;
  /** [task index, task]. */
  tasks: Array<[number, Task]>;
  /** A single file retried after its worker crashed: a second crash is its own fault. */
  suspect: boolean;
}

interface PoolWorker {
  worker: Worker;
  ready: boolean;
  closing: boolean;
  inFlight: Map<number, Batch>;
}

/**
 * The worker entry: worker.js next to this module (dist/api/worker.js next to dist/api/run-files.js;
 * dist/cli/worker.js next to the bundled CLI dist/cli/talklint.cjs), or (running from TS
 * sources) worker.ts through tsx.
 */
function workerEntry(): URL | null {
  const here = import.meta.url;
  const js = new URL('./worker.js', here);
  if (!here.endsWith('.ts')) return existsSync(fileURLToPath(js)) ? js : null;
  const ts = new URL('./worker.ts', here);
  if (!existsSync(fileURLToPath(ts))) return null;
  // Sources run by vitest/tsx: a tiny ESM bootstrap registers tsx's loader in the worker thread.
  let tsxApi: string;
  try {
    tsxApi = pathToFileURL(createRequire(here).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  } catch {
    return null;
  }
  const code = `import { register } from ${JSON.stringify(tsxApi)};\nregister();\nawait import(${JSON.stringify(ts.href)});\n`;
  return new URL('data:text/javascript,' + encodeURIComponent(code));
}

class WorkerRun {
  readonly done: Promise<void>;
  private resolve!: () => void;
  private reject!: (e: unknown) => void;
  private finished = false;

  private readonly pool = new Set<PoolWorker>();
  private readonly batchSize: number;
  /** Next task not yet put in a batch. */
  private nextTask = 0;
  /** Single files to retry after a crash, before new batches. */
  private readonly retry: Batch[] = [];
  private nextBatchId = 0;
  /** Results that arrived before an earlier task's. */
  private readonly pending = new Map<number, TaskResult>();
  /** The ReadStamps of whole files' pending results (RunFilesOptions.readStamps), by task index. */
  private readonly pendingReads = new Map<number, ReadStamp>();
  /** Next task whose result goes to onResult (or, for the ranges of a large export, to `parts`). */
  private nextEmit = 0;
  /** The ranges of the large export being emitted whose results have come, in order. */
  private parts: TaskResult[] = [];
  private crashes = 0;
  private everReady = false;
  private readonly entry: URL | null;

  constructor(
    private readonly tasks: readonly Task[],
    private readonly opts: RunFilesOptions,
    private readonly init: WorkerInit,
    workers: number,
    private readonly onResult: (r: FileResult, index: number, read?: ReadStamp) => void,
    /** The ReadStamps of the files cut into ranges, by file index (runTasks). */
    private readonly rangeReads: ReadonlyMap<number, ReadStamp>,
    /** This thread's timing (RunFilesOptions.timing), if asked for. */
    private readonly timer?: TaskTimer,
  ) {
    this.done = new Promise<void>((res, rej) => {
      this.resolve = res;
      this.reject = rej;
    });
    this.local = opts.mainThreadLints ?? true;
    this.batchSize = Math.max(1, Math.min(MAX_BATCH, Math.ceil(tasks.length / ((workers + (this.local ? 1 : 0)) * 8))));
    this.entry = workerEntry();
    if (this.entry === null) {
      this.inThread();
      return;
    }
    for (let i = 0; i < workers; i++) this.spawn();
    this.feedLocal();
  }

  // This thread's share: batches from the same queue, a file per turn of the event loop so the
  // workers' results are taken in (and new batches sent) while it lints.
  private localBatch: Array<[number, Task]> = [];
  private localBusy = false;

  private readonly local: boolean;

  private feedLocal(): void {
    if (!this.local || this.localBusy || this.finished) return;
    if (this.localBatch.length === 0) {
      // Files retried after a crash go to workers only (a crash here would end the run).
      if (this.nextTask >= this.tasks.length || this.nextTask - this.nextEmit >= REORDER_WINDOW) return;
      this.localBatch = this.takeTasks();
    }
    this.localBusy = true;
    setImmediate(() => {
      this.localBusy = false;
      if (this.finished) return;
      const [index, task] = this.localBatch.shift()!;
      let result: TaskResult;
      try {
        result = lintTask(this.opts.setup, task, this.init, true, (read) => this.pendingReads.set(index, read), this.timer);
      } catch (e) {
        this.fail(e);
        return;
      }
      this.pending.set(index, result);
      if (!this.emit()) return;
      if (this.checkDone()) return;
      this.feedAll();
      this.feedLocal();
    });
  }

  private feedAll(): void {
    const live = [...this.pool].find((p) => p.ready && !p.closing);
    if (live) this.feed(live);
  }

  private spawn(): void {
    let worker: Worker;
    try {
      worker = new Worker(this.entry!, {
        // V8's default young generation, as this thread has: capping it (8 MB, an earlier choice
        // for memory) made the worker's scavenges ~50 % more costly and --jobs 2 ~12 % slower.
        ...(this.opts.workerResourceLimits ? { resourceLimits: this.opts.workerResourceLimits } : {}),
        stdout: false,
        stderr: false,
      });
    } catch {
      this.afterLoss();
      return;
    }
    const w: PoolWorker = { worker, ready: false, closing: false, inFlight: new Map() };
    this.pool.add(w);
    worker.on('message', (m: WorkerToMain) => this.onMessage(w, m));
    // 'error' (an uncaught exception, out of memory) is always followed by 'exit'.
    worker.on('error', () => undefined);
    worker.on('exit', () => this.onExit(w));
    worker.postMessage({ type: 'init', init: this.init } satisfies MainToWorker);
  }

  private onMessage(w: PoolWorker, m: WorkerToMain): void {
    if (this.finished) return;
    if (m.type === 'ready') {
      w.ready = true;
      this.everReady = true;
      if (this.opts.stats) this.opts.stats.workersStarted++;
      this.feed(w);
    } else if (m.type === 'setup-failed') {
      // The same options built a setup here; a worker that cannot is of no use. Its exit is a loss.
      w.closing = true;
      void w.worker.terminate();
    } else {
      const batch = w.inFlight.get(m.id);
      if (!batch) return;
      w.inFlight.delete(m.id);
      for (const [index, result, read] of m.results) {
        this.pending.set(index, result);
        if (read !== undefined) this.pendingReads.set(index, read);
      }
      if (m.timing !== undefined && this.opts.timing !== undefined) addTimes(this.opts.timing, m.timing);
      if (!this.emit()) return;
      if (this.checkDone()) return;
      this.feed(w);
      this.feedLocal();
    }
  }

  private onExit(w: PoolWorker): void {
    this.pool.delete(w);
    if (this.finished) return;
    if (!w.ready) {
      // Could not start (or set up): go on with the others, or in this thread.
      for (const b of w.inFlight.values()) this.requeue(b);
      this.afterLoss();
      return;
    }
    if (w.closing && w.inFlight.size === 0) return;
    // A crash: the worker's unfinished files are retried one by one; a file that crashed a
    // worker on its own is reported and skipped.
    this.crashes++;
    for (const batch of w.inFlight.values()) {
      if (batch.suspect) {
        const [index, [file, path, range]] = batch.tasks[0]!;
        const fatal = fatalResult(displayPath(path, this.opts.cwd), 'internal error: linting this file crashed its worker thread; skipped');
        this.pending.set(index, fatal);
        if (range !== undefined) this.dropRanges(file, fatal);
      } else {
        for (const t of batch.tasks) this.retry.push({ id: this.nextBatchId++, tasks: [t], suspect: true });
      }
    }
    w.inFlight.clear();
    if (!this.emit()) return;
    if (this.checkDone()) return;
    if (this.crashes >= MAX_CRASHES) {
      this.skipRest('internal error: too many worker threads crashed in this run; skipped');
      return;
    }
    this.spawn();
    this.feedAll();
  }

  /** A worker that never became ready is gone: continue with the rest, or in this thread. */
  private afterLoss(): void {
    if (this.finished) return;
    const live = [...this.pool].filter((p) => !p.closing);
    if (live.length > 0) return;
    if (this.everReady && this.crashes < MAX_CRASHES) {
      this.crashes++;
      this.spawn();
      return;
    }
    this.inThread();
  }

  /**
   * A range of a large export crashed a worker on its own: the file's result is that crash, and
   * its ranges not yet linted are not sent (each would cost a worker, and the run's crash budget).
   */
  private dropRanges(file: number, fatal: FileResult): void {
    for (let i = this.retry.length - 1; i >= 0; i--) {
      const [index, task] = this.retry[i]!.tasks[0]!;
      if (task[0] === file) {
        this.pending.set(index, fatal);
        this.retry.splice(i, 1);
      }
    }
    while (this.nextTask < this.tasks.length && this.tasks[this.nextTask]![0] === file) this.pending.set(this.nextTask++, fatal);
  }

  private requeue(batch: Batch): void {
    for (const t of batch.tasks) this.retry.push({ id: this.nextBatchId++, tasks: [t], suspect: batch.suspect });
  }

  private takeBatch(): Batch | null {
    const r = this.retry.shift();
    if (r) return r;
    if (this.nextTask >= this.tasks.length) return null;
    if (this.nextTask - this.nextEmit >= REORDER_WINDOW) return null;
    return { id: this.nextBatchId++, tasks: this.takeTasks(), suspect: false };
  }

  /** The next tasks of the queue for one batch: up to batchSize files, or one range of a large export alone. */
  private takeTasks(): Array<[number, Task]> {
    const out: Array<[number, Task]> = [];
    const end = Math.min(this.tasks.length, this.nextTask + this.batchSize);
    for (let i = this.nextTask; i < end; i++) {
      const isRange = this.tasks[i]![2] !== undefined;
      if (isRange && out.length > 0) break;
      out.push([i, this.tasks[i]!]);
      if (isRange) break;
    }
    this.nextTask += out.length;
    return out;
  }

  /** Keeps `w` (and, after the reorder window moved, every idle worker) supplied. */
  private feed(w: PoolWorker): void {
    for (const p of [w, ...this.pool]) {
      if (!p.ready || p.closing) continue;
      if ([...p.inFlight.values()].some((b) => b.suspect)) continue;
      while (p.inFlight.size < IN_FLIGHT) {
        // A suspect file goes alone to a worker with nothing else in flight, so a crash is its own.
        if (this.retry.length > 0 && p.inFlight.size > 0) break;
        const batch = this.takeBatch();
        if (batch === null) break;
        p.inFlight.set(batch.id, batch);
        p.worker.postMessage({ type: 'batch', id: batch.id, tasks: batch.tasks } satisfies MainToWorker);
        if (batch.suspect) break;
      }
    }
  }

  /** Hands every result that is next in order to onResult; false when the run failed. */
  private emit(): boolean {
    try {
      for (let r = this.pending.get(this.nextEmit); r !== undefined; r = this.pending.get(this.nextEmit)) {
        this.pending.delete(this.nextEmit);
        const read = this.pendingReads.get(this.nextEmit);
        if (read !== undefined) this.pendingReads.delete(this.nextEmit);
        const task = this.tasks[this.nextEmit]!;
        this.nextEmit++;
        if (task[2] === undefined) this.onResult(r as FileResult, task[0], read);
        else {
          this.parts.push(r);
          // The file's last range: its result, merged from the parts.
          const following = this.tasks[this.nextEmit];
          if (following === undefined || following[0] !== task[0]) {
            const parts = this.parts;
            this.parts = [];
            // Hashed before its ranges were cut (runTasks), or again by mergeParts' whole-file lint.
            let whole: ReadStamp | undefined = this.rangeReads.get(task[0]);
            const merged = this.mergeParts(task[1], parts, (x) => (whole = x));
            if (merged.fatal) whole = undefined;
            else if (whole !== undefined && whole.json === undefined) whole = withStoredJson(whole, merged);
            this.onResult(merged, task[0], whole);
          }
        }
      }
      return true;
    } catch (e) {
      this.fail(e);
      return false;
    }
  }

  /**
   * A large export's result from its ranges' parts: their merge; a range's fatal result (its
   * worker crashed); or, when a part or the merge says the file must be read another way (a
   * call's records apart, an unreadable line), the file linted here as one thread lints it.
   */
  private mergeParts(path: string, parts: readonly TaskResult[], onRead: (read: ReadStamp) => void): FileResult {
    const fatal = parts.find((p): p is FileResult => !('part' in p));
    if (fatal !== undefined) return fatal;
    const ok: ExportPart[] = [];
    for (const p of parts as Array<{ part: ExportPart | null }>) if (p.part !== null) ok.push(p.part);
    // (Linted here again: the ReadStamp is that read's.)
    return (ok.length === parts.length ? mergeExportParts(ok, displayPath(path, this.opts.cwd)) : null) ?? lintOne(this.opts.setup, path, this.init, true, onRead);
  }

  private checkDone(): boolean {
    if (this.nextEmit < this.tasks.length) return false;
    this.finish();
    this.resolve();
    return true;
  }

  private finish(): void {
    this.finished = true;
    for (const p of this.pool) {
      p.closing = true;
      p.worker.postMessage({ type: 'close' } satisfies MainToWorker);
      // A worker that does not close promptly is ended; it must not keep the process alive.
      setTimeout(() => void p.worker.terminate(), 2000).unref();
    }
  }

  private fail(e: unknown): void {
    if (this.finished) return;
    this.finished = true;
    for (const p of this.pool) void p.worker.terminate();
    this.reject(e);
  }

  /** Lints every file not yet done in this thread (no worker could start). */
  private inThread(): void {
    if (this.finished) return;
    for (const p of this.pool) void p.worker.terminate();
    try {
      while (this.nextEmit < this.tasks.length) {
        const i = this.nextEmit;
        if (!this.pending.has(i)) this.pending.set(i, lintTask(this.opts.setup, this.tasks[i]!, this.init, true, (read) => this.pendingReads.set(i, read), this.timer));
        if (!this.emit()) return;
      }
    } catch (e) {
      this.fail(e);
      return;
    }
    this.checkDone();
  }

  private skipRest(message: string): void {
    for (let i = this.nextEmit; i < this.tasks.length; i++) {
      if (!this.pending.has(i)) this.pending.set(i, fatalResult(displayPath(this.tasks[i]![1], this.opts.cwd), message));
    }
    for (const p of this.pool) void p.worker.terminate();
    if (this.emit()) this.checkDone();
  }
}
