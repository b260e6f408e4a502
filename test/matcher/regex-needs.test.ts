/**
 * What a `{regex}` pattern needs before it is run (src/pattern/regex-needs.ts): exact answers on
 * a table of sources, and soundness on the shipped packs — every match of every shipped regex,
 * on every fixture and on texts made to match, contains what regexNeeds says it needs.
 */
import { describe, expect, it } from 'vitest';
import { regexNeeds } from '../../src/pattern/regex-needs.js';
import { normalize } from '../../src/text/normalize.js';
import { normalisedFixtureTexts, shippedRegexes } from '../helpers/shipped-regexes.js';

describe('regexNeeds', () => {
  it.each([
    ['вам\\s+(?:нужен|нужна)[^.!?]*\\?', 'gu', 'вам', false],
    ['(?<!\\p{L})на\\s*100\\s*%', 'gu', '100', true],
    ['\\d[\\d ()+-]{5,}\\d', 'gu', '', true],
    ['\\b(в|к|до) \\d{1,2}([:.]\\d{2})?\\b', 'gu', ' ', true],
    ['\\d{1,2} ?(点|:\\d{2})', 'gu', '', true],
    ['\\d{0,2}x', 'gu', 'x', false],
    ['\\d*', 'gu', '', false],
    ['\\d?abc', 'gu', 'abc', false],
    ['ab?cd', 'gu', 'cd', false],
    ['ab+cd', 'gu', 'ab', false],
    ['abc|de', 'gu', '', false],
    ['(abc|de)fg', 'gu', 'fg', false],
    ['(?:7)+x', 'gu', 'x', false],
    ['(?=\\d)abc', 'gu', 'abc', false],
    ['a(?!1)b', 'gu', 'ab', false],
    ['\\.\\?x', 'gu', '.?x', false],
    ['\\u0031\\x32\\s\\w\\1', 'gu', '', false],
    ['[0-9]{3}', 'gu', '', false],
    ['a{2}bc', 'gu', 'bc', false],
    ['Заказ \\d+', 'giu', '', true],
    ['заказ', 'gu', 'заказ', false],
    ['𠮷𠮷?x', 'gu', '𠮷', false],
    ['^нет$', 'gu', 'нет', false],
    ['a)b', 'gu', '', false],
  ])('%s (%s) needs %j, digit %s', (source, flags, literal, digit) => {
    expect(regexNeeds(source, flags)).toEqual({ literal, digit });
  });

  it('is sound on the shipped regexes: every match has what they need', () => {
    const regexes = shippedRegexes();
    const texts = normalisedFixtureTexts();
    texts.push(normalize('Call me at 10:30 AM or by 5 PM on +1 (555) 123-4567; ПЕРЕЗВОНЮ В 17:00, ТЕЛ. 8 (800) 555-35-35, на 100 %, вам нужно что?'));
    let matches = 0;
    for (const re of regexes) {
      const needs = regexNeeds(re.source, re.flags);
      for (const text of texts) {
        for (const m of text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))) {
          if (m[0] === '') continue;
          matches++;
          expect(m[0].includes(needs.literal), `${re.source} on «${m[0]}»`).toBe(true);
          if (needs.digit) expect(m[0], re.source).toMatch(/[0-9]/);
        }
      }
    }
    expect(matches).toBeGreaterThan(20);
  });
});
