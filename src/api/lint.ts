/**
 * The one-call library entry point: lint files, directories or globs with the config found from
 * `cwd` (or given), as the CLI does, and get the results back.
 *
 *   const { ok, results } = await lintFiles(['calls/'], { cwd: process.cwd() });
 */
import type { LocatedError } from '../errors.js';
import type { InputOptions } from '../input/load.js';
import type { FileResult } from '../types.js';
import { collectFiles } from './files.js';
import { runFiles } from './run-files.js';
import { setup, type SetupOptions } from './setup.js';

export interface LintFilesOptions extends Partial<SetupOptions> {
  input?: Omit<InputOptions, 'labels'>;
  /** Keep each result's decoded source text (default false: memory stays flat). */
  keepSource?: boolean;
}

export type LintFilesResult =
  | { ok: true; results: FileResult[]; unmatched: string[] }
  | { ok: false; errors: LocatedError[] };

export async function lintFiles(patterns: readonly string[], options: LintFilesOptions = {}): Promise<LintFilesResult> {
  const setupOptions: SetupOptions = { ...options, cwd: options.cwd ?? process.cwd() };
  const s = setup(setupOptions);
  if (!s.ok) return s;
  const { files, unmatched } = await collectFiles(patterns, { cwd: setupOptions.cwd, ignorePatterns: s.config.ignorePatterns });
  const results: FileResult[] = [];
  // Without the source, a result's strings are copies (run-files.ts, detachStrings): a matched
  // phrase cut from a file would otherwise keep the file's whole text alive in the results; and a
  // large export is read in pieces (large-export.ts).
  await runFiles(files, { setupOptions, setup: s, input: { ...options.input, labels: s.linter.labels }, cwd: setupOptions.cwd, sourceText: options.keepSource ? 'keep' : 'drop' }, (r) => {
    results.push(r);
  });
  return { ok: true, results, unmatched };
}
