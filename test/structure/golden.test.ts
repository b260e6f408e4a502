/**
 * Golden tests: a scorecard and the summary formatters over the calls in golden/calls/, with the
 * small pack golden/pack.yaml. Expected outputs stand beside the inputs (golden/expected/);
 * UPDATE_GOLDEN=1 rewrites them — review the diff.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine/linter.js';
import { loadPackFile } from '../../src/packs/load.js';
import { loadScorecard } from '../../src/scorecard/definition.js';
import { FORMATTERS } from '../../src/formatters/index.js';
import type { FileResult } from '../../src/types.js';

const dir = fileURLToPath(new URL('./golden/', import.meta.url));
const expectedDir = join(dir, 'expected');
const update = process.env.UPDATE_GOLDEN === '1';

const pack = loadPackFile(join(dir, 'pack.yaml'), { displayPath: 'pack.yaml' });
if (!pack.ok) throw new Error(pack.errors.map((e) => `${e.line}:${e.column}: ${e.message}`).join('\n'));
const card = loadScorecard(join(dir, 'scorecard.yaml'), { displayPath: 'scorecard.yaml' });
if (!card.ok) throw new Error(card.errors.map((e) => `${e.line}:${e.column}: ${e.message}`).join('\n'));

const linter = new Linter({ packs: [pack.pack], scorecard: card.scorecard });
const files = readdirSync(join(dir, 'calls')).sort();
const results: FileResult[] = files.map((name) => {
  const text = readFileSync(join(dir, 'calls', name), 'utf8');
  const r = linter.lintText(text, { filePath: join(dir, 'calls', name) });
  delete r.source;
  return r;
});
const ctx = { cwd: dir, color: false, rules: new Map(pack.pack.rules.map((r) => [r.id, r])), version: '0.0.0-test' };

function golden(name: string, actual: string): void {
  const path = join(expectedDir, name);
  if (update || !existsSync(path)) {
    mkdirSync(expectedDir, { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('golden: scorecard and summary', () => {
  it('scores every call (per-item status, hits, auto-fail)', () => {
    const scores = results.flatMap((r) =>
      (r.calls ?? []).map((c) => ({
        file: `calls/${r.filePath.split(/[\\/]/).pop()}`,
        call: c.id,
        agent: c.agent ?? null,
        triggered: c.triggered,
        said: c.said,
        score: c.score,
      })),
    );
    golden('scores.json', JSON.stringify(scores, null, 2) + '\n');
  });

  it.each([
    ['summary', 'summary.txt'],
    ['summary-json', 'summary.json'],
    ['summary-csv', 'summary.csv'],
  ])('--format %s', (format, file) => {
    const formatter = FORMATTERS.get(format);
    expect(formatter, `${format} is registered`).toBeDefined();
    golden(file, formatter!.format(results, ctx));
  });

  it('the scores match the formula worked by hand (docs/scorecards.md)', () => {
    const byCall = new Map(results.flatMap((r) => (r.calls ?? []).map((c) => [`${r.filePath.split(/[\\/]/).pop()}#${c.id ?? ''}`, c.score!])));
    // perfect.txt: everything passes; apology and refund-talk are n/a → 7.5 / 7.5
    expect(byCall.get('perfect.txt#')!.score).toBe(100);
    // complaint.txt: dont-know (3), apology (2), refund-talk (1) fail; greeting 2 + not-my-job 1 + structure 1.5 pass → 4.5 / 10.5
    expect(byCall.get('complaint.txt#')!.score).toBe(42.9);
    // rude.txt: not-my-job is auto-fail
    expect(byCall.get('rude.txt#')!).toMatchObject({ score: 0, autoFailed: true, autoFailItems: ['not-my-job'] });
    // batch c1: dont-know 3 + refund-talk 1 fail; 2 + 1 + 2 + 1.5 pass → 6.5 / 10.5
    expect(byCall.get('batch.csv#c1')!.score).toBe(61.9);
    // batch c2: structure fails (1.5) → 6 / 7.5
    expect(byCall.get('batch.csv#c2')!.score).toBe(80);
    expect(byCall.get('batch.csv#c3')!.score).toBe(100);
  });
});
