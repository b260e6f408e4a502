/**
 * indentedJson: a value as JSON.stringify(…, null, 2) writes it some arrays deep — the text the
 * streamed JSON and SARIF reports are made of, so it must be the plain stringify with every line
 * indented, character for character.
 */
import { describe, expect, it } from 'vitest';
import { indentedJson } from '../../src/formatters/shared.js';

/** The definition: the plain stringify, every line indented by 2 × levels spaces. */
function reference(value: unknown, levels: number): string {
  const pad = ' '.repeat(2 * levels);
  return pad + JSON.stringify(value, null, 2).replace(/\n/g, '\n' + pad);
}

const VALUES: Array<[string, unknown]> = [
  ['an empty object', {}],
  ['an empty array', []],
  ['a string with escaped line breaks and quotes', 'line 1\nline 2\r\n"quoted" \\ tab\t'],
  ['a number', 42.5],
  ['null', null],
  ['a true', true],
  [
    'a file result',
    {
      filePath: 'calls/день-1/звонок.txt',
      messages: [
        { ruleId: 'ru/formal-address', severity: 2, message: 'Обращайтесь на «вы»:\nскажите «вы»', line: 3, column: 7, suggestions: [{ desc: 'вы', fix: { range: [10, 12], text: 'вы' } }] },
        { ruleId: 'zh/polite-you', severity: 1, message: '请用“您”', matchedText: '你', fingerprint: 'ab'.repeat(32) },
      ],
      suppressedMessages: [],
      errorCount: 1,
      languages: ['ru', 'zh'],
      notices: [],
      calls: [{ id: null, score: { total: 87.5, items: [[], {}, [1, [2, [3]]]] } }],
    },
  ],
  ['nested empties', { a: [], b: {}, c: [[], [{}]], d: '' }],
  ['characters JSON escapes', { s: '\u0000\u001f\u2028\u2029\ud800 😀 \u007f' }],
];

describe('indentedJson', () => {
  for (const [name, value] of VALUES) {
    it(`writes ${name} as the indented stringify, 0 to 5 levels deep`, () => {
      for (let levels = 0; levels <= 5; levels++) expect(indentedJson(value, levels)).toBe(reference(value, levels));
    });
  }
  it('is the element JSON.stringify writes inside an array', () => {
    const items = VALUES.map(([, v]) => v);
    expect('[\n' + items.map((v) => indentedJson(v, 1)).join(',\n') + '\n]').toBe(JSON.stringify(items, null, 2));
  });
});
