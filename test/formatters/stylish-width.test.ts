/**
 * The stylish code frame's column count: text of ONE_COLUMN is measured as its length, without
 * string-width (which builds an Intl.Segmenter when imported, so it is loaded only when a frame
 * needs it). That shortcut must be string-width's answer for every character of the class and
 * for every pair of them (no two of them make one grapheme).
 */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { columns, KNOWN_COLUMNS, ONE_COLUMN, stylish, TWO_COLUMNS } from '../../src/formatters/stylish.js';
import type { Diagnostic, FileResult } from '../../src/types.js';

const oneColumn: string[] = [];
for (let c = 0; c <= 0xffff; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue;
  const ch = String.fromCharCode(c);
  if (ONE_COLUMN.test(ch)) oneColumn.push(ch);
}

function result(line: string): FileResult {
  const d = { line: 1, column: 4, endLine: 1, endColumn: 8, ruleId: 't/x', severity: 'error', message: 'm', suggestions: [] } as unknown as Diagnostic;
  return { filePath: 'a.txt', diagnostics: [d], notices: [], languages: [], errorCount: 1, warningCount: 0, infoCount: 0, sourceLines: { 1: line } } as unknown as FileResult;
}
const ctx = { cwd: '/', color: false, rules: new Map(), version: 'test' };

describe('stylish: columns of a code frame', () => {
  it('the class holds the scripts it is for', () => {
    expect(oneColumn.length).toBeGreaterThan(1000);
    for (const text of ['Hello, world!', 'Оператор: Я не знаю, перезвоните позже…', 'Ελληνικά', 'Ærøskøbing ŁÓDŹ', 'ёЁ ўЎ ґҐ']) expect(ONE_COLUMN.test(text), text).toBe(true);
    for (const text of ['您好', 'ｆｕｌｌ', 'e\u0301', '©', '®', 'и\u0306', 'soft\u00adhyphen', 'tab\there', '👍', 'a\u200db']) expect(ONE_COLUMN.test(text), text).toBe(false);
  });

  it('is string-width\'s answer for every character of the class', () => {
    const wrong = oneColumn.filter((ch) => stringWidth(ch) !== 1).map((ch) => ch.charCodeAt(0).toString(16));
    expect(wrong).toEqual([]);
  });

  it('and for every pair of them (none joins its neighbour into one grapheme)', () => {
    // Every character next to every other would be ~1.5 million string-width calls; each is paired
    // with the characters that could join a grapheme (each other's neighbours in the class) and a
    // fixed set of letters, in both orders.
    const probes = ['a', 'я', 'Ω', '…', ' ', 'ʼ', 'ͺ', '҂'];
    const wrong: string[] = [];
    for (let i = 0; i < oneColumn.length; i++) {
      const ch = oneColumn[i]!;
      for (const other of [...probes, oneColumn[i - 1] ?? 'a', oneColumn[i + 1] ?? 'a', ch]) {
        if (stringWidth(ch + other) !== 2 || stringWidth(other + ch) !== 2) wrong.push(`${ch.charCodeAt(0).toString(16)}+${other.charCodeAt(0).toString(16)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('needs string-width for other text: refused before it is loaded, loaded by prepare when a frame needs it', async () => {
    expect(columns('Я не знаю')).toBe(9);
    // This test file has not imported talklint's entry, and frames of known widths load nothing.
    await stylish.prepare!([result('Оператор: Я не знаю'), result('坐席：这个我不知道。')]);
    expect(columns('您好')).toBe(4);
    expect(() => columns('e\u0301')).toThrow(/string-width is not loaded/);
    await stylish.prepare!([result('Agent: 👍 done')]);
    expect(columns('e\u0301 👍🏽 ｆｕｌｌ')).toBe(stringWidth('e\u0301 👍🏽 ｆｕｌｌ'));
    // 坐席： is six columns, 这个我不 eight.
    expect(stylish.format([result('坐席：这个我不知道。')], ctx)).toMatch(/1 \| 坐席：这个我不知道。\n +\| {7}\^{8}\n/);
  });
});

describe('stylish: columns of Chinese frames without string-width', () => {
  const known: string[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (KNOWN_COLUMNS.test(ch) && !ONE_COLUMN.test(ch)) known.push(ch);
  }
  const width = (ch: string): number => (ch.match(TWO_COLUMNS) ? 2 : 1);

  it('the class holds CJK text and its punctuation', () => {
    expect(known.length).toBeGreaterThan(20000);
    for (const text of ['坐席：这个我不知道。', '您好，请问有什么可以帮您？', '「客服」『電話』【通知】', 'ｆｕｌｌ　ｗｉｄｔｈ', 'かなカナ', '“quoted” — dash · bullet']) expect(KNOWN_COLUMNS.test(text), text).toBe(true);
    for (const text of ['e\u0301', '👍', '〪', 'か\u3099', '\u200b', 'tab\there']) expect(KNOWN_COLUMNS.test(text), text).toBe(false);
  });

  it('each character is as wide as string-width says', () => {
    const wrong = known.filter((ch) => stringWidth(ch) !== width(ch)).map((ch) => ch.charCodeAt(0).toString(16));
    expect(wrong).toEqual([]);
  });

  it('and next to its neighbours in the class and to letters of other scripts (no grapheme joins two of them)', () => {
    const probes = ['a', 'я', '…', ' ', '中', '，', 'ｆ'];
    const wrong: string[] = [];
    for (let i = 0; i < known.length; i++) {
      const ch = known[i]!;
      for (const other of [...probes, known[i - 1] ?? 'a', known[i + 1] ?? 'a', ch]) {
        const sum = width(ch) + (ONE_COLUMN.test(other) ? 1 : width(other));
        if (stringWidth(ch + other) !== sum || stringWidth(other + ch) !== sum) wrong.push(`${ch.charCodeAt(0).toString(16)}+${other.charCodeAt(0).toString(16)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('columns() of mixed text is string-width\'s', () => {
    for (const text of ['坐席：这个我不知道。', 'Оператор: 您好 — “ok”', '　全角　', '電話番号をお願いします']) expect(columns(text), text).toBe(stringWidth(text));
  });
});
