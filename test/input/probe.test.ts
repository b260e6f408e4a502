/**
 * Format detection's shared probe: `json()` is the parsed value of a text that is JSON, else
 * undefined. A text starting "[00:12] …" (a timestamped transcript) is turned away before
 * JSON.parse; that shortcut must only ever say "not JSON" of text JSON.parse refuses.
 */
import { describe, expect, it } from 'vitest';
import { ContentProbe } from '../../src/input/probe.js';
import { knownField } from '../../src/input/records.js';

const parses = (t: string): boolean => {
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
};

describe('ContentProbe.json', () => {
  const cases = [
    '[00:12] Оператор: Здравствуйте!',
    '[12:05:01] Agent: Hello',
    '  [1:05] 客服：您好',
    '[0x1]',
    '[1 2]',
    '[1]',
    '[ 1 ]',
    '[-1, 2]',
    '[1.5e3,2]',
    '[1e+5 ]',
    '\n[\n  3\n]\n',
    '[{"speaker": "A", "text": "hi"}]',
    '[]',
    '[[1], [2]]',
    '["[00:12] a"]',
    '[00]',
    '[-]',
    '{"a": 1}',
    'Оператор: [00:12]',
  ];
  for (const text of cases) {
    it(`${JSON.stringify(text)}: ${parses(text) ? 'JSON' : 'not JSON'}, as JSON.parse says`, () => {
      const value = new ContentProbe(text).json();
      if (parses(text)) expect(value).toEqual(JSON.parse(text));
      else expect(value).toBeUndefined();
    });
  }
});

describe('knownField', () => {
  it('gives the same answer the second time (a memo of the answers)', () => {
    for (const name of ['text', 'Текст', 'start (ms)', 'Оператор: Здравствуйте', ' компания «Ромашка»', '开始时间(秒)', 'x'.repeat(100)]) {
      const first = knownField(name);
      expect(knownField(name)).toBe(first);
      expect(knownField(Array.from(name).join(''))).toBe(first);
    }
    expect(knownField('Текст')).toBe('text');
    expect(knownField('start (ms)')).toBe('start');
    expect(knownField('Оператор: Здравствуйте')).toBeUndefined();
  });
});
