/** GitHub Actions workflow commands: escaping as @actions/core does it, severities, properties. */
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github, githubCommand } from '../../src/formatters/github.js';
import { summarize } from '../../src/engine/linter.js';
import type { Diagnostic } from '../../src/types.js';
import { formatterContext } from './results.js';

describe('escaping', () => {
  // [input, message (data) escaping, property escaping]
  const table: Array<[string, string, string]> = [
    ['plain', 'plain', 'plain'],
    ['100%', '100%25', '100%25'],
    ['%0A is not a newline', '%250A is not a newline', '%250A is not a newline'],
    ['a\nb', 'a%0Ab', 'a%0Ab'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['key: value', 'key: value', 'key%3A value'],
    ['a, b', 'a, b', 'a%2C b'],
    ['::error::', '::error::', '%3A%3Aerror%3A%3A'],
    ['q&a, "draft".txt', 'q&a, "draft".txt', 'q&a%2C "draft".txt'],
    ['«Щас» 你好', '«Щас» 你好', '«Щас» 你好'],
  ];
  it.each(table)('%j', (input, data, property) => {
    expect(escapeData(input)).toBe(data);
    expect(escapeProperty(input)).toBe(property);
  });

  it('builds a command with escaped properties and message', () => {
    expect(githubCommand('warning', [['file', 'a,b.txt'], ['line', 3], ['title', 'ru/x']], 'x: 50%\ny')).toBe('::warning file=a%2Cb.txt,line=3,title=ru/x::x: 50%25%0Ay');
  });
});

describe('annotations', () => {
  const d = (severity: Diagnostic['severity'], line: number): Diagnostic => ({ ruleId: 'ru/x', severity, message: `m${line}`, line, column: 2, endLine: line, endColumn: 5, offset: 0, endOffset: 3, suggestions: [] });
  it('error → ::error, warning → ::warning, info → ::notice, with the full range and the rule as title', () => {
    const r = summarize({ filePath: 'dir/a.txt', diagnostics: [d('error', 1), d('warning', 2), d('info', 3)], notices: [], languages: [] });
    expect(github.format([r], formatterContext())).toBe(
      '::error file=dir/a.txt,line=1,endLine=1,col=2,endColumn=5,title=ru/x::m1\n' +
        '::warning file=dir/a.txt,line=2,endLine=2,col=2,endColumn=5,title=ru/x::m2\n' +
        '::notice file=dir/a.txt,line=3,endLine=3,col=2,endColumn=5,title=ru/x::m3\n',
    );
  });
  it('a finding over several lines gets no columns (GitHub rejects col/endColumn when line ≠ endLine)', () => {
    const r = summarize({ filePath: 'a.txt', diagnostics: [{ ...d('error', 1), endLine: 2, endColumn: 1 }], notices: [], languages: [] });
    expect(github.format([r], formatterContext())).toBe('::error file=a.txt,line=1,endLine=2,title=ru/x::m1\n');
  });
  it('paths are relative to the working directory with / separators', () => {
    const r = summarize({ filePath: '/project/sub/b.md', diagnostics: [d('error', 1)], notices: [], languages: [] });
    expect(github.format([r], formatterContext())).toBe('::error file=sub/b.md,line=1,endLine=1,col=2,endColumn=5,title=ru/x::m1\n');
  });
});
