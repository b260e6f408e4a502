// Runs the CLI in this process with the real io (used by tests that need another user id).
import { run } from '../../src/cli/main.js';

process.exitCode = await run(process.argv.slice(2));
