/**
 * Golden tests: every formatter formats the same fixed results (test/formatters/results.ts) and the
 * output is compared with test/formatters/golden/<format>.<ext>. Regenerate with
 * `UPDATE_GOLDEN=1 npx vitest run test/formatters` and review the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATTERS } from '../../src/formatters/index.js';
import { formatterContext, formatterResults } from './results.js';

const GOLDEN = new URL('./golden/', import.meta.url).pathname;
const update = process.env.UPDATE_GOLDEN === '1';
const EXT: Record<string, string> = { sarif: 'sarif.json', junit: 'xml', checkstyle: 'xml', github: 'txt', compact: 'txt', unix: 'txt' };

describe('golden output of the CI formats', () => {
  for (const name of ['sarif', 'junit', 'checkstyle', 'github', 'compact', 'unix']) {
    it(name, () => {
      const formatter = FORMATTERS.get(name);
      expect(formatter, `${name} is registered`).toBeDefined();
      const actual = formatter!.format(formatterResults(), formatterContext());
      const file = join(GOLDEN, `${name}.${EXT[name]}`);
      if (update || !existsSync(file)) {
        if (!update && process.env.CI) throw new Error(`missing ${file}: run UPDATE_GOLDEN=1`);
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(file, actual);
      }
      expect(actual).toBe(readFileSync(file, 'utf8'));
    });
  }

  it('formats an empty run', () => {
    const ctx = formatterContext();
    expect(FORMATTERS.get('compact')!.format([], ctx)).toBe('');
    expect(FORMATTERS.get('unix')!.format([], ctx)).toBe('');
    expect(FORMATTERS.get('github')!.format([], ctx)).toBe('');
    expect(FORMATTERS.get('checkstyle')!.format([], ctx)).toBe('<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n</checkstyle>\n');
    expect(FORMATTERS.get('junit')!.format([], ctx)).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="talklint" tests="0" failures="0" errors="0">\n</testsuites>\n');
  });
});

describe('streaming formatters (the CLI writes each file as it arrives)', () => {
  const streaming = [...FORMATTERS.values()].filter((f) => f.stream !== undefined);
  it('are json, compact, unix, stylish, junit and the summaries', () => {
    expect(streaming.map((f) => f.name).sort()).toEqual(['compact', 'json', 'junit', 'stylish', 'summary', 'summary-csv', 'summary-json', 'unix']);
  });
  for (const f of streaming) {
    it(`${f.name}: the stream, file by file, is exactly format() — for a run and for an empty run`, () => {
      for (const results of [formatterResults(), []]) {
        const ctx = formatterContext();
        const s = f.stream!(ctx);
        let text = '';
        for (const r of results) text += s.file(r);
        text += s.end();
        expect(text).toBe(f.format(results, ctx));
        if (f.formatChunks) expect([...f.formatChunks(results, ctx)].join('')).toBe(text);
      }
    });
  }
  it('json: the format() text is JSON.stringify of the whole array', () => {
    const text = FORMATTERS.get('json')!.format(formatterResults(), formatterContext());
    expect(JSON.stringify(JSON.parse(text), null, 2) + '\n').toBe(text);
  });
});
