/**
 * Output formats. A formatter turns the results of a run into text; the CLI writes it to stdout
 * or --output-file. A new format is one file in this folder plus one line in FORMATTERS.
 */
import type { RuleDef } from '../packs/definition.js';
import type { FileResult } from '../types.js';
import { json } from './json.js';
import { stylish } from './stylish.js';

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
  format(results: readonly FileResult[], ctx: FormatterContext): string;
}

export const FORMATTERS = new Map<string, Formatter>([stylish, json].map((f) => [f.name, f]));

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
