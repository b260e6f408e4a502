/** A throw-away project folder and an in-process CLI run with a fake io. */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, type CliIO } from '../../src/cli/main.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export interface Project {
  dir: string;
  path(rel: string): string;
  write(rel: string, content: string | Uint8Array): string;
  cleanup(): void;
}

/** A temp folder with the test pack and a config that loads only it. */
export function project(config = 'packs: [./fix-pack.yaml]\n'): Project {
  const dir = mkdtempSync(join(tmpdir(), 'talklint-fix-'));
  copyFileSync(join(FIXTURES, 'fix-pack.yaml'), join(dir, 'fix-pack.yaml'));
  copyFileSync(join(FIXTURES, 'cycle-pack.yaml'), join(dir, 'cycle-pack.yaml'));
  writeFileSync(join(dir, 'talklint.config.yaml'), config);
  return {
    dir,
    path: (rel) => join(dir, rel),
    write(rel, content) {
      const p = join(dir, rel);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, content);
      return p;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(cwd: string, argv: string[], stdin = ''): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    cwd,
    env: { NO_COLOR: '1' },
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: false,
    readStdin: async () => new TextEncoder().encode(stdin),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
