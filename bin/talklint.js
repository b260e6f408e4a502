#!/usr/bin/env node
// talklint's command line. The work is in dist/cli/main.js (built from src/ by `npm install`);
// this file only maps its result to the process exit code and reports internal errors.
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // Fast path: no engine, no packs.
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
} else {
  try {
    const { run } = await import('../dist/cli/main.js');
    process.exitCode = await run(argv);
  } catch (e) {
    const debug = process.env.TALKLINT_DEBUG;
    process.stderr.write(
      `talklint: internal error: ${e && e.message ? e.message : String(e)}\n` +
        (debug ? `${e && e.stack ? e.stack : ''}\n` : 'Set TALKLINT_DEBUG=1 for details, and please report it.\n'),
    );
    process.exitCode = 2;
  }
}
