/** The scan that finds the entries of a JSON report without parsing it whole (talklint merge). */
import { describe, expect, it } from 'vitest';
import { arrayElements } from '../../src/cli/report-index.js';

const elements = (text: string): string[] | null => {
  const bytes = Buffer.from(text, 'utf8');
  const found = arrayElements(bytes);
  return found === null ? null : found.map(([s, e]) => bytes.toString('utf8', s, e));
};

describe('arrayElements', () => {
  it.each<[string, string, string[] | null]>([
    ['an empty array', '[]', []],
    ['an empty array with space', ' \r\n[ \t]\n', []],
    ['objects', '[{"a":1},{"b":[1,2,{"c":3}]}]', ['{"a":1}', '{"b":[1,2,{"c":3}]}']],
    ['pretty-printed', '[\n  {\n    "a": 1\n  },\n  {\n    "b": 2\n  }\n]\n', ['{\n    "a": 1\n  }', '{\n    "b": 2\n  }']],
    ['brackets, braces and commas inside strings', '[{"m":"a, [b] {c}"},{"m":"]"}]', ['{"m":"a, [b] {c}"}', '{"m":"]"}']],
    ['escaped quotes and backslashes', String.raw`[{"m":"say \"hi\", \\"},{"m":"\\\""}]`, [String.raw`{"m":"say \"hi\", \\"}`, String.raw`{"m":"\\\""}`]],
    ['non-ASCII text', '[{"m":"Я не знаю, «да»"},{"m":"你必须，是"}]', ['{"m":"Я не знаю, «да»"}', '{"m":"你必须，是"}']],
    ['scalars (checked later as entries)', '[1, "x", null]', ['1', '"x"', 'null']],
    ['not an array', '{"a":[1]}', null],
    ['empty text', '', null],
    ['unclosed array', '[{"a":1}', null],
    ['unclosed string', '[{"a":"1}]', null],
    ['a trailing comma', '[{"a":1},]', null],
    ['a leading comma', '[,{"a":1}]', null],
    ['text after the array', '[{"a":1}] x', null],
    ['a second array', '[] []', null],
  ])('%s', (_name, text, expected) => {
    expect(elements(text)).toEqual(expected);
  });
});
