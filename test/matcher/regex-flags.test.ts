/**
 * `{regex: …}` patterns run over normalised (lower-case) text without the `i` flag when they name
 * no capital letter (src/pattern/matcher.ts, forNormalisedText): same matches, several times faster.
 */
import { describe, expect, it } from 'vitest';
import { forNormalisedText } from '../../src/pattern/matcher.js';
import { normalize } from '../../src/text/normalize.js';
import { normalisedFixtureTexts, shippedRegexes } from '../helpers/shipped-regexes.js';

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
    const regexes = shippedRegexes();
    expect(regexes.length).toBeGreaterThan(5);
    const texts = normalisedFixtureTexts();
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
