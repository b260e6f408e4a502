/**
 * The generated Han table (src/text/han-simplified.ts) is OpenCC's answer for every Han code
 * point: asked again of opencc-js here, so a change in opencc-js fails until the table is
 * regenerated (`npm run gen:han`).
 */
import { describe, expect, it } from 'vitest';
import { hanCodePoints, hanSimplifiedPairs } from '../../scripts/han-table-source.js';
import { normalize, toSimplifiedChar } from '../../src/text/normalize.js';

describe('Traditional → Simplified per character', () => {
  it('equals OpenCC (tw→cn, then hk→cn, to a fixpoint) on every Han code point', () => {
    const expected = new Map(hanSimplifiedPairs());
    let checked = 0;
    const wrong: string[] = [];
    for (const ch of hanCodePoints()) {
      checked++;
      const want = expected.get(ch) ?? ch;
      if (toSimplifiedChar(ch) !== want) wrong.push(`${ch}: ${toSimplifiedChar(ch)} ≠ ${want}`);
    }
    expect(checked).toBeGreaterThan(90_000);
    expect(wrong.slice(0, 20)).toEqual([]);
  }, 60_000);

  it.each([
    ['什麼', '什幺'], // 麼→么→幺: both spellings meet
    ['什么', '什幺'],
    ['您必須先填寫投保單', '您必须先填写投保单'],
    ['裏面', '里面'],
    ['豈', '岂'], // U+F900, a CJK compatibility ideograph
    ['发', '发'],
  ])('%s → %s', (text, simplified) => {
    expect(normalize(text)).toBe(simplified);
    expect(normalize(simplified)).toBe(simplified);
  });
});
