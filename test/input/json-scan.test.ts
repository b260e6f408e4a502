/** JSON positions: where each string and container starts, and syntax errors with their place. */
import { describe, expect, it } from 'vitest';
import { TranscriptError } from '../../src/input/errors.js';
import { JsonDoc, type JsonPath } from '../../src/input/json-scan.js';
import { LineIndex } from '../../src/text/positions.js';

const parse = (text: string, base = 0, whole = text): JsonDoc => JsonDoc.parse(text, new LineIndex(whole), base);

describe('positions', () => {
  const src = '{\n  "a": [ "x", {"b": "Привет"}, "q\\"q", "\\u042f"],\n  "a.b": {"1": "one", "0": "zero"}, "n": -1.5e3, "t": true\n}';
  const cases: [JsonPath, number, number | null][] = [
    [[], 0, null],
    [['a'], src.indexOf('['), null],
    [['a', 0], src.indexOf('"x"'), src.indexOf('x"')],
    [['a', 1], src.indexOf('{"b"'), null],
    [['a', 1, 'b'], src.indexOf('"Привет"'), src.indexOf('Привет')],
    [['a', 2], src.indexOf('"q\\'), null],
    [['a', 3], src.indexOf('"\\u042f'), null],
    // Keys that look like numbers or contain dots keep their own place (no reordering).
    [['a.b', '1'], src.indexOf('"one"'), src.indexOf('one')],
    [['a.b', '0'], src.indexOf('"zero"'), src.indexOf('zero')],
  ];
  it.each(cases)('%j', (path, offset, stringOffset) => {
    const doc = parse(src);
    expect(doc.offsetOf(path)).toBe(offset);
    expect(doc.stringOffset(path)).toBe(stringOffset);
  });

  it('membersOf gives each member what offsetOf / stringOffset / stringMap of its path give', () => {
    const doc = parse(src);
    for (const path of [[], ['a', 1], ['a.b'], ['a', 0], ['missing'], ['a', 9]] as JsonPath[]) {
      const members = doc.membersOf(path);
      expect(members.offset, JSON.stringify(path)).toBe(doc.offsetOf(path));
      for (const key of ['a', 'b', 'a.b', '0', '1', 'n', 't', 'missing']) {
        const m = members.member(key);
        const p = [...path, key];
        expect([m.offset, m.stringOffset, m.map], JSON.stringify(p)).toEqual([doc.offsetOf(p), doc.stringOffset(p), doc.stringMap(p)]);
      }
    }
    // An escaped string's map, through either door.
    const escaped = parse('{"t": "q\\"q"}');
    expect(escaped.membersOf([]).member('t').map).toEqual(escaped.stringMap(['t']));
    expect(escaped.membersOf([]).member('t').map).toBeDefined();
  });

  it('parses the value with JSON.parse', () => {
    expect(parse(src).value).toEqual({ a: ['x', { b: 'Привет' }, 'q"q', 'Я'], 'a.b': { '1': 'one', '0': 'zero' }, n: -1500, t: true });
  });

  it('escaped keys are decoded for paths', () => {
    const doc = parse('{"\\u0074ext": "hi"}');
    expect(doc.stringOffset(['text'])).toBe(15);
  });

  it('offsets of a JSON Lines line are offsets into the whole file', () => {
    const whole = '{"text":"a"}\n{"text":"bc"}';
    expect(parse(whole.slice(13), 13, whole).stringOffset(['text'])).toBe(whole.indexOf('bc'));
  });
});

describe('syntax errors', () => {
  const cases: [string, string, number, number][] = [
    ['', 'invalid JSON: the file is empty', 1, 1],
    ['{"a" 1}', "invalid JSON: expected ':' after property name, found character \"1\"", 1, 6],
    ['{"a": 1,\n "b"}', "invalid JSON: expected ':' after property name, found character \"}\"", 2, 5],
    ['{"a": 1,}', 'invalid JSON: expected a double-quoted property name, found character "}"', 1, 9],
    ['[1 2]', "invalid JSON: expected ',' or ']' after array element, found character \"2\"", 1, 4],
    ['{"a": [1,\n', "invalid JSON: unexpected end of input (a value is missing)", 2, 1],
    ['{"a": tru}', 'invalid JSON: unexpected character "t" (expected a value)', 1, 7],
    ['{"a": "x', 'invalid JSON: unterminated string', 1, 7],
    ['{"a": 01}', "invalid JSON: expected ',' or '}' after property value, found character \"1\"", 1, 8],
    ['{"a": "\\x"}', 'invalid JSON: invalid escape sequence in string', 1, 8],
    ['{"a": "\\u12"}', 'invalid JSON: invalid \\u escape in string', 1, 8],
    ['{"a": "tab\there"}', 'invalid JSON: control character in string', 1, 11],
    ['{"a": [1, 2]', "invalid JSON: unexpected end of input (expected ',' or '}'; the object opened at line 1, column 1 is not closed)", 1, 13],
  ];
  it.each(cases)('%j', (text, message, line, column) => {
    let caught: unknown;
    try {
      parse(text);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(TranscriptError);
    expect(caught).toMatchObject({ reason: message, line, column });
  });
});
