/**
 * Output formats. A formatter turns the results of a run into text; the CLI writes it to stdout
 * or --output-file. A new format is one file in this folder plus one line in FORMATTERS.
 */
import type { RuleDef } from '../packs/definition.js';
import type { FileResult } from '../types.js';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importModule } from '../module-import.js';
import { checkstyle } from './checkstyle.js';
import { compact } from './compact.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import { unix } from './unix.js';
import { summary, summaryCsvFormatter, summaryJson } from './summary.js';

export interface FormatterContext {
  /** The working directory that file paths are relative to. */
  cwd: string;
  /** Whether to colour the output (stylish): NO_COLOR / FORCE_COLOR / a TTY, decided by the CLI. */
  color: boolean;
  /** Metadata of every loaded rule, by id (for SARIF rule descriptions, docs links…). */
  rules: ReadonlyMap<string, RuleDef>;
  /** talklint's version. */
  version: string;
}

export interface Formatter {
  name: string;
  description: string;
  /**
   * Whether the formatter shows source lines (code frames). When false the CLI drops each file's
   * source as soon as it is linted; when true it keeps only the lines diagnostics point at
   * (FileResult.sourceLines), so memory stays flat over thousands of files.
   */
  usesSourceLines?: boolean;
  /**
   * Whether the report shows findings' fingerprints (`Diagnostic.fingerprint`: json, sarif). The
   * command line hashes every finding only for a formatter that says so — or does not say, as a
   * formatter module may read them — and for --baseline, --baseline-write and --cache.
   */
  usesFingerprints?: boolean;
  format(results: readonly FileResult[], ctx: FormatterContext): string;
  /**
   * Optional: what must be done before `format` / `formatChunks` / `stream` and may take a while
   * (loading a module the results turn out to need). The command line awaits it with all the
   * results before `format`, and without results (everything a report may need) before a stream.
   */
  prepare?(results?: readonly FileResult[]): Promise<void>;
  /**
   * Optional: the text of `format`, in pieces, so a report over thousands of files is never one
   * string in memory (the CLI writes the pieces as they come).
   */
  formatChunks?(results: readonly FileResult[], ctx: FormatterContext): Iterable<string>;
  /**
   * Optional: the report written file by file, as the results arrive: the same text as `format`
   * gives for the same results, in pieces. The CLI then keeps no result once it is formatted, so
   * a run over any number of files reports in flat memory.
   */
  stream?(ctx: FormatterContext): FormatterStream;
}

/** A report being written: the text for each result in turn, then the closing text. */
export interface FormatterStream {
  file(result: FileResult): string;
  end(): string;
}

export const FORMATTERS = new Map<string, Formatter>([stylish, json, sarif, junit, checkstyle, github, compact, unix, summary, summaryJson, summaryCsvFormatter].map((f) => [f.name, f]));

export type ResolvedFormatter = { ok: true; formatter: Formatter } | { ok: false; message: string };

/** Whether a --format value names a module file rather than a registered format. */
function looksLikePath(name: string): boolean {
  return name.startsWith('.') || isAbsolute(name) || /[\\/]/.test(name) || /\.[cm]?js$/i.test(name);
}

/**
 * A format by name, or a formatter module by path (`./my-formatter.js`, relative to `cwd`, or
 * absolute): its default export is a Formatter object or a function `(results, ctx) => string`.
 * Returns a message (for a usage error) when the name is unknown or the module is missing/invalid.
 */
export async function resolveFormatter(name: string, cwd: string): Promise<ResolvedFormatter> {
  const known = FORMATTERS.get(name);
  if (known) return { ok: true, formatter: known };
  if (!looksLikePath(name)) return { ok: false, message: `unknown format "${name}"; known: ${[...FORMATTERS.keys()].join(', ')}, or a path to a formatter module (./my-formatter.js)` };
  const path = resolve(cwd, name);
  let mod: { default?: unknown };
  try {
    mod = (await importModule(pathToFileURL(path).href)) as { default?: unknown };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ERR_MODULE_NOT_FOUND' && (err.message ?? '').includes(path) ? 'no such file' : (err.message ?? String(e)).split('\n')[0];
    return { ok: false, message: `cannot load formatter module "${name}" (${path}): ${why}` };
  }
  const exported = mod.default;
  if (typeof exported === 'function') {
    const fn = exported as (results: readonly FileResult[], ctx: FormatterContext) => unknown;
    return { ok: true, formatter: { name, description: `formatter module ${name}`, format: (results, ctx) => formatterOutput(name, fn(results, ctx)) } };
  }
  if (exported !== null && typeof exported === 'object' && typeof (exported as Formatter).format === 'function') {
    const f = exported as Formatter;
    return {
      ok: true,
      formatter: { ...f, name: typeof f.name === 'string' ? f.name : name, description: typeof f.description === 'string' ? f.description : `formatter module ${name}`, format: (results, ctx) => formatterOutput(name, f.format(results, ctx)) },
    };
  }
  return { ok: false, message: `formatter module "${name}" must have a default export: a function (results, context) => string or an object {name, description, format(results, context)}` };
}

function formatterOutput(name: string, out: unknown): string {
  if (typeof out === 'string') return out;
  throw new TypeError(`formatter module "${name}" returned ${out instanceof Promise ? 'a Promise' : typeof out}; formatters return a string synchronously`);
}

export function registerFormatter(f: Formatter): void {
  FORMATTERS.set(f.name, f);
}

/** Keeps only the source lines that diagnostics point at (for code frames) and drops the source. */
export function keepFrameLines(result: FileResult): void {
  const source = result.source;
  delete result.source;
  if (source === undefined || result.diagnostics.length === 0) return;
  const wanted = new Set<number>();
  for (const d of result.diagnostics) for (let l = d.line; l <= Math.min(d.endLine, d.line + 4); l++) wanted.add(l);
  const lines: Record<number, string> = {};
  let line = 1;
  let start = 0;
  for (;;) {
    const nl = source.indexOf('\n', start);
    if (wanted.has(line)) lines[line] = source.slice(start, nl === -1 ? source.length : nl).replace(/\r$/, '');
    if (nl === -1) break;
    start = nl + 1;
    line++;
  }
  result.sourceLines = lines;
}
