/**
 * `{regex: …}` patterns run over normalised (lower-case) text without the `i` flag when they name
 * no capital letter (src/pattern/matcher.ts, forNormalisedText): same matches, several times faster.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forNormalisedText } from '../../src/pattern/matcher.js';
import { loadPacks } from '../../src/packs/load.js';
import { normalize } from '../../src/text/normalize.js';
import { REPO_ROOT } from '../helpers/cli.js';

describe('flags of {regex} patterns over normalised text', () => {
  it.each([
    ['\\bok\\b', 'giu', 'gu'],
    ['\\bOK\\b', 'giu', 'giu'],
    ['[A-Z]{2}\\d+', 'giu', 'giu'],
    ['\\D\\W\\S\\B\\d', 'giu', 'gu'],
    ['\\p{Script=Han}+', 'giu', 'gu'],
    ['\\P{L}\\u{1F600}', 'giu', 'gu'],
    ['(?<code>\\d+)-\\k<code>', 'giud', 'dgu'],
    ['(?<Code>\\d+)', 'giud', 'dgiu'],
    ['заказ №\\d+', 'giu', 'gu'],
    ['Заказ', 'giu', 'giu'],
  ])('%s (%s) → %s', (source, flags, expected) => {
    expect(forNormalisedText(new RegExp(source, flags)).flags).toBe(expected);
  });

  it("every shipped {regex} finds the same matches with and without `i` on the fixtures' normalised text", () => {
    const loaded = loadPacks(['ru', 'zh', 'en'], REPO_ROOT);
    if (!loaded.ok) throw new Error('packs');
    // Every RegExp anywhere in the packs (rule patterns, exceptions, conditional and sequence lists).
    const regexes: RegExp[] = [];
    const collect = (v: unknown): void => {
      if (v instanceof RegExp) regexes.push(v);
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v !== null && typeof v === 'object') Object.values(v).forEach(collect);
    };
    collect(loaded.packs);
    expect(regexes.length).toBeGreaterThan(5);
    const texts: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(txt|md|csv|json|srt|vtt)$/.test(name)) texts.push(normalize(readFileSync(path, 'utf8')));
      }
    };
    walk(join(REPO_ROOT, 'fixtures'));
    texts.push(normalize('Call me at 10:30 AM or by 5 PM on +1 (555) 123-4567, ſ 12am; ПЕРЕЗВОНЮ В 17:00, ТЕЛ. 8 (800) 555-35-35'));
    const all = (re: RegExp, text: string) => [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index, m[0]]);
    let compared = 0;
    for (const re of regexes) {
      const fast = forNormalisedText(re);
      for (const text of texts) {
        expect(all(fast, text)).toEqual(all(re, text));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
