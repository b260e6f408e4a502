/** The transcript fixtures are what scripts/gen-transcript-fixtures.ts writes, byte for byte. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TRANSCRIPTS } from './helpers.js';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

describe('transcript fixtures are reproducible', () => {
  const out = mkdtempSync(join(tmpdir(), 'talklint-fixtures-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('regenerating gives the committed files', async () => {
    process.env.TALKLINT_FIXTURES_OUT = out;
    try {
      await import('../../scripts/gen-transcript-fixtures.ts');
    } finally {
      delete process.env.TALKLINT_FIXTURES_OUT;
    }
    const generated = walk(out).map((f) => relative(out, f)).sort();
    const committed = walk(TRANSCRIPTS).map((f) => relative(TRANSCRIPTS, f)).filter((f) => !f.endsWith('.expected')).sort();
    expect(generated).toEqual(committed);
    for (const f of generated) expect(readFileSync(join(out, f)).equals(readFileSync(join(TRANSCRIPTS, f))), f).toBe(true);
  });
});
