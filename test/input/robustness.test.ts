/**
 * Bad input never crashes: every fixture, cut short and with bytes flipped (a fixed pseudo-random
 * sequence, so runs are repeatable), is either read or refused with a message — never an exception.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInputBytes } from '../../src/input/load.js';
import { TRANSCRIPTS } from './helpers.js';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const files = walk(TRANSCRIPTS).filter((f) => !f.endsWith('.expected'));

describe('damaged fixtures are read or refused, never thrown', () => {
  it.each(files.map((f) => relative(TRANSCRIPTS, f)))('%s', (rel) => {
    const bytes = readFileSync(join(TRANSCRIPTS, rel));
    let seed = rel.length * 7919;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % Math.max(1, n);
    };
    for (let k = 0; k < 24; k++) {
      const damaged = Uint8Array.from(bytes.subarray(0, k % 2 === 0 ? next(bytes.length + 1) : bytes.length));
      for (let flips = k % 4; flips > 0 && damaged.length > 0; flips--) damaged[next(damaged.length)] = next(256);
      const r = parseInputBytes(damaged, rel);
      if (r.ok) {
        for (const call of r.doc.calls) for (const t of call.turns) {
          if (t.sourceOffset !== null) expect(t.sourceOffset + t.text.length).toBeLessThanOrEqual(r.doc.source.length);
          expect(t.anchorOffset).toBeLessThanOrEqual(r.doc.source.length);
        }
      } else expect(r.error.message).not.toBe('');
    }
  });
});
