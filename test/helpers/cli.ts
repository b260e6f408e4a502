/** Runs the CLI in-process with a fake terminal: the same code path as bin/talklint.js. */
import { run, type CliIO } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export const REPO_ROOT = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');

export async function runCli(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string | undefined>; stdin?: string | Uint8Array; isTTY?: boolean } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    cwd: opts.cwd ?? REPO_ROOT,
    env: opts.env ?? { NO_COLOR: '1' },
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    isTTY: opts.isTTY ?? false,
    readStdin: async () => (typeof opts.stdin === 'string' ? new TextEncoder().encode(opts.stdin) : (opts.stdin ?? new Uint8Array())),
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}
