/** Parsing a command line with commander without letting it exit the process. */
import { CommanderError } from 'commander';
/**
 * Parses `argv` into `program`. Returns an exit code when parsing ended the run (0 after --help
 * or --version, 2 after a usage error commander reported), or null to go on. Other errors
 * (thrown by option parsers) are rethrown for the caller to report.
 */
export function parseCommandLine(program, argv, io, helpCommand) {
    program.exitOverride();
    program.configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (s, write) => write(s) });
    try {
        program.parse([...argv], { from: 'user' });
        return null;
    }
    catch (e) {
        if (!(e instanceof CommanderError))
            throw e;
        if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help')
            return 0;
        io.stderr(`Run "${helpCommand}" for the options.\n`);
        return 2;
    }
}
