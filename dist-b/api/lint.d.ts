/**
 * The one-call library entry point: lint files, directories or globs with the config found from
 * `cwd` (or given), as the CLI does, and get the results back.
 *
 *   const { ok, results } = await lintFiles(['calls/'], { cwd: process.cwd() });
 */
import type { LocatedError } from '../errors.js';
import type { InputOptions } from '../input/load.js';
import type { FileResult } from '../types.js';
import { type SetupOptions } from './setup.js';
export interface LintFilesOptions extends Partial<SetupOptions> {
    input?: Omit<InputOptions, 'labels'>;
    /** Keep each result's decoded source text (default false: memory stays flat). */
    keepSource?: boolean;
}
export type LintFilesResult = {
    ok: true;
    results: FileResult[];
    unmatched: string[];
} | {
    ok: false;
    errors: LocatedError[];
};
export declare function lintFiles(patterns: readonly string[], options?: LintFilesOptions): Promise<LintFilesResult>;
