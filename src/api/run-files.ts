/**
 * Linting a list of files for a run: in order, streaming each result to `onResult` as soon as it
 * is ready (results are not accumulated here). The throughput work (worker threads, --jobs) lives
 * behind this one function, so the CLI does not change when it does.
 */
import type { InputOptions } from '../input/load.js';
import type { FileResult } from '../types.js';
import { lintFile } from './lint-files.js';
import type { Setup, SetupOptions } from './setup.js';

export interface RunFilesOptions {
  /** Everything needed to rebuild the setup (in a worker thread): plain data only. */
  setupOptions: SetupOptions;
  /** The setup already built in this thread. */
  setup: Setup;
  input: InputOptions;
  cwd: string;
  /** Worker threads to use; 1 = this thread only. */
  jobs?: number;
}

/** Lints `files` (absolute paths) and calls `onResult(result, index)` in file order. */
export async function runFiles(files: readonly string[], opts: RunFilesOptions, onResult: (r: FileResult, index: number) => void): Promise<void> {
  files.forEach((file, i) => onResult(lintFile(opts.setup.linterFor(file), file, { cwd: opts.cwd, input: opts.input }), i));
}
