/** Parsing a command line with commander without letting it exit the process. */
import { type Command } from 'commander';
import type { CliIO } from './main.js';
/**
 * Parses `argv` into `program`. Returns an exit code when parsing ended the run (0 after --help
 * or --version, 2 after a usage error commander reported), or null to go on. Other errors
 * (thrown by option parsers) are rethrown for the caller to report.
 */
export declare function parseCommandLine(program: Command, argv: readonly string[], io: CliIO, helpCommand: string): number | null;
