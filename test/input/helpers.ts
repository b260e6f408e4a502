/** Shared helpers for the input tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseInputBytes, parseTranscript, type InputOptions } from '../../src/input/load.js';
import type { ParsedDocument, Turn } from '../../src/types.js';

export const TRANSCRIPTS = join(new URL('../../', import.meta.url).pathname, 'fixtures', 'transcripts');

export function fixtureBytes(rel: string): Uint8Array {
  return readFileSync(join(TRANSCRIPTS, rel));
}

/** Parses a fixture; fails the test with the error when it cannot be read. */
export function fixture(rel: string, opts: InputOptions = {}): ParsedDocument & { encoding: string } {
  const r = parseInputBytes(fixtureBytes(rel), rel, opts);
  if (!r.ok) throw new Error(`${rel}: ${JSON.stringify(r.error)}`);
  return { ...r.doc, encoding: r.encoding };
}

export function parse(text: string, opts: InputOptions & { filePath?: string } = {}): ParsedDocument {
  return parseTranscript(text, opts);
}

/** A turn as a compact row: [speaker, role, text, sourceOffset, anchorOffset, start, end]. */
export type TurnRow = [string | null, Turn['role'], string, number | null, number, number | undefined, number | undefined];

export function rows(doc: ParsedDocument, call = 0): TurnRow[] {
  return doc.calls[call]!.turns.map((t) => [t.speaker, t.role, t.text, t.sourceOffset, t.anchorOffset, t.startTime, t.endTime]);
}

/** The offset of the n-th occurrence (0-based) of `needle` in `haystack`; fails when missing. */
export function at(haystack: string, needle: string, nth = 0): number {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = haystack.indexOf(needle, i + 1);
    if (i === -1) throw new Error(`${JSON.stringify(needle)} (#${nth}) not found`);
  }
  return i;
}
