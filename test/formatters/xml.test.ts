/** JUnit and Checkstyle XML: parsed back with fast-xml-parser, counts and attributes checked. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { checkstyle } from '../../src/formatters/checkstyle.js';
import { junit } from '../../src/formatters/junit.js';
import { xmlEscape, xmlText } from '../../src/formatters/shared.js';
import { summarize } from '../../src/engine/linter.js';
import type { FileResult } from '../../src/types.js';
import { formatterContext, formatterResults } from './results.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'failure', 'file', 'error'].includes(name), parseAttributeValue: false, trimValues: false, htmlEntities: true });

type Attrs = Record<string, string>;
interface JCase extends Attrs { failure?: Array<Attrs & { '#text': string }>; error?: Array<Attrs & { '#text': string }>; 'system-out'?: string }
interface JSuite extends Attrs { testcase: JCase[] }

describe('JUnit XML', () => {
  const xml = junit.format(formatterResults(), formatterContext());
  const doc = parser.parse(xml) as { testsuites: Attrs & { testsuite: JSuite[] } };
  const suites = doc.testsuites.testsuite;

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('has a suite per file, and per call for multi-call files', () => {
    expect(suites.map((s) => s.name)).toEqual(['scripts/a.txt', 'scripts/ru.md', 'calls/zh.txt', 'calls/multi.csv#C-1', 'calls/multi.csv#C-2', 'calls/broken.json', 'scripts/clean.txt', 'scripts/q&a, "draft".txt']);
  });

  it('counts tests, failures and errors at both levels', () => {
    expect(doc.testsuites).toMatchObject({ name: 'talklint', tests: '14', failures: '9', errors: '1' });
    const counts = suites.map((s) => [s.name, s.tests, s.failures, s.errors]);
    expect(counts).toEqual([
      ['scripts/a.txt', '3', '2', '0'],
      ['scripts/ru.md', '2', '2', '0'],
      ['calls/zh.txt', '2', '2', '0'],
      ['calls/multi.csv#C-1', '1', '0', '0'],
      ['calls/multi.csv#C-2', '3', '2', '0'],
      ['calls/broken.json', '1', '0', '1'],
      ['scripts/clean.txt', '1', '0', '0'],
      ['scripts/q&a, "draft".txt', '1', '1', '0'],
    ]);
    for (const s of suites) expect(Number(s.tests)).toBe(s.testcase.length);
  });

  it('one test case per rule that fired, one failure per error/warning finding, info in system-out', () => {
    const a = suites[0]!;
    expect(a.testcase.map((c) => [c.name, c.classname])).toEqual([
      ['t/no-slang', 'scripts/a.txt'],
      ['t/no-dont-know', 'scripts/a.txt'],
      ['t/filler', 'scripts/a.txt'],
    ]);
    expect(a.testcase[0]!.failure).toEqual([{ message: '«gonna» is slang & <careless>. Say: "going to"', type: 'error', '#text': 'scripts/a.txt:1:12: «gonna» is slang & <careless>. Say: "going to" [t/no-slang]\n→ going to' }]);
    expect(a.testcase[1]!.failure![0]!.type).toBe('warning');
    expect(a.testcase[2]!.failure).toBeUndefined();
    expect(a.testcase[2]!['system-out']).toBe('info: scripts/a.txt:2:15: Filler word «basically» [t/filler]');
  });

  it('clean files and calls are one passing test case; unreadable files an error', () => {
    expect(suites[3]!.testcase).toEqual([{ name: 'talklint', classname: 'calls/multi.csv#C-1' }]);
    expect(suites[6]!.testcase).toEqual([{ name: 'talklint', classname: 'scripts/clean.txt' }]);
    expect(suites[5]!.testcase[0]!.error).toEqual([{ message: 'not valid JSON: unexpected end of input', type: 'fatal', '#text': 'calls/broken.json: not valid JSON: unexpected end of input' }]);
  });

  it('keeps Cyrillic and CJK as UTF-8 text and drops control characters', () => {
    expect(xml).toContain('«Щас» is slang');
    expect(xml).toContain('Do not say «不知道»');
    const r: FileResult = summarize({
      filePath: 'x\u0001.txt',
      diagnostics: [{ ruleId: 't/x', severity: 'error', message: 'bell\u0007 tab\t vt\u000b ok — 你好 & <b>', line: 1, column: 1, endLine: 1, endColumn: 2, offset: 0, endOffset: 1, suggestions: [] }],
      notices: [],
      languages: [],
    });
    const out = junit.format([r], formatterContext());
    expect(XMLValidator.validate(out)).toBe(true);
    const parsed = parser.parse(out) as { testsuites: { testsuite: JSuite[] } };
    const failure = parsed.testsuites.testsuite[0]!.testcase[0]!.failure![0]!;
    expect(failure.message).toBe('bell tab\t vt ok — 你好 & <b>');
    expect(parsed.testsuites.testsuite[0]!.name).toBe('x.txt');
  });
});

describe('Checkstyle XML', () => {
  const xml = checkstyle.format(formatterResults(), formatterContext());
  const doc = parser.parse(xml) as { checkstyle: Attrs & { file: Array<Attrs & { error?: Attrs[] }> } };

  it('is well-formed, one <file> per file linted, one <error> per finding', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(doc.checkstyle.version).toBe('4.3');
    expect(doc.checkstyle.file.map((f) => [f.name, f.error?.length ?? 0])).toEqual([
      ['scripts/a.txt', 3],
      ['scripts/ru.md', 2],
      ['calls/zh.txt', 2],
      ['calls/multi.csv', 3],
      ['calls/broken.json', 1],
      ['scripts/clean.txt', 0],
      ['scripts/q&a, "draft".txt', 1],
    ]);
  });

  it('carries line, column, severity (error, warning, info), message and rule id', () => {
    expect(doc.checkstyle.file[0]!.error).toEqual([
      { line: '1', column: '12', severity: 'error', message: '«gonna» is slang & <careless>. Say: "going to"', source: 't/no-slang' },
      { line: '2', column: '1', severity: 'warning', message: "Do not say «I don't know»", source: 't/no-dont-know' },
      { line: '2', column: '15', severity: 'info', message: 'Filler word «basically»', source: 't/filler' },
    ]);
    expect(doc.checkstyle.file[4]!.error).toEqual([{ line: '3', column: '7', severity: 'error', message: 'not valid JSON: unexpected end of input', source: 'talklint/fatal' }]);
  });
});

describe('XML escaping', () => {
  const table: Array<[string, string, string]> = [
    ['a & b', 'a &amp; b', 'a &amp; b'],
    ['<tag attr="v">', '&lt;tag attr=&quot;v&quot;&gt;', '&lt;tag attr="v"&gt;'],
    ["it's", 'it&apos;s', "it's"],
    ['line\nbreak\r\n', 'line&#10;break&#13;&#10;', 'line\nbreak\r\n'],
    ['tab\there', 'tab&#9;here', 'tab\there'],
    ['nul\u0000 bell\u0007 esc\u001b', 'nul bell esc', 'nul bell esc'],
    ['Привет, 你好, 👋', 'Привет, 你好, 👋', 'Привет, 你好, 👋'],
    ['lone \ud800 surrogate \udc00', 'lone  surrogate ', 'lone  surrogate '],
    ['\ufffe\uffff', '', ''],
  ];
  it.each(table)('%j', (input, attr, text) => {
    expect(xmlEscape(input)).toBe(attr);
    expect(xmlText(input)).toBe(text);
  });
});
