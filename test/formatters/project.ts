/** A throwaway project folder (the test pack, a config naming it, some scripts) for in-process CLI runs. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { TEST_PACK_YAML } from './pack.js';

const created: string[] = [];

/** Removes the folders tempProject made (call in afterAll). */
export function removeTempProjects(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function tempProject(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'talklint-reports-'));
  created.push(dir);
  writeFileSync(join(dir, 't.yaml'), TEST_PACK_YAML);
  writeFileSync(join(dir, 'talklint.config.yaml'), 'packs: [./t.yaml]\n');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
