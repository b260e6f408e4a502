/**
 * Inline directives: each kind, rule ids and globs, reasons, Markdown and plain text, custom
 * markers, --no-inline-config and unused-directive reports, with exact positions.
 */
import { describe, expect, it } from 'vitest';
import { parseDirectiveBody, ruleMatches } from '../../src/engine/directives.js';
import type { LinterOptions } from '../../src/engine/linter.js';
import { parseDocument } from '../../src/input/index.js';
import { jsonFileResult } from '../../src/formatters/json.js';
import type { Diagnostic, FileResult, SuppressedDiagnostic } from '../../src/types.js';
import { testLinter } from '../formatters/pack.js';

const ONLY = ['t/no-slang', 't/filler', 't/no-dont-know'];

function at(d: Diagnostic): string {
  return `${d.ruleId} ${d.line}:${d.column}-${d.endLine}:${d.endColumn}`;
}
function shown(r: FileResult): { kept: string[]; suppressed: string[] } {
  return {
    kept: r.diagnostics.map((d) => (d.ruleId === 'talklint/unused-directive' ? `${at(d)} ${d.severity} ${d.message}` : at(d))),
    suppressed: (r.suppressed ?? []).map((d: SuppressedDiagnostic) => `${at(d)} «${d.suppressions.map((s) => s.justification).join('|')}»`),
  };
}

interface Case {
  name: string;
  file: string;
  text: string;
  options?: Partial<LinterOptions>;
  kept: string[];
  suppressed: string[];
}

const cases: Case[] = [
  {
    name: 'plain: disable-next-line with a rule id and a reason',
    file: 'a.txt',
    text: 'I wanna go.\n# talklint-disable-next-line t/no-slang -- quoting\nI wanna go.\nI wanna go.\n',
    kept: ['t/no-slang 1:3-1:8', 't/no-slang 4:3-4:8'],
    suppressed: ['t/no-slang 3:3-3:8 «quoting»'],
  },
  {
    name: 'plain: disable-line as a trailing comment; a directive\'s own words are not speech',
    file: 'a.txt',
    text: 'I wanna go. # talklint-disable-line t/no-slang\n# talklint-disable-next-line t/filler -- I wanna note\nBasically, I wanna go.\n',
    kept: ['t/no-slang 3:14-3:19'],
    suppressed: ['t/no-slang 1:3-1:8 «»', 't/filler 3:1-3:10 «I wanna note»'],
  },
  {
    name: 'plain: disable with a glob, enable one rule, enable all',
    file: 'a.txt',
    text: 'I wanna go.\n# talklint-disable t/*\nI wanna go, basically.\n# talklint-enable t/no-slang\nI wanna go, basically.\n# talklint-enable\nI wanna go, basically.\n',
    kept: ['t/no-slang 1:3-1:8', 't/no-slang 5:3-5:8', 't/no-slang 7:3-7:8', 't/filler 7:13-7:22'],
    suppressed: ['t/no-slang 3:3-3:8 «»', 't/filler 3:13-3:22 «»', 't/filler 5:13-5:22 «»'],
  },
  {
    name: 'plain: disable without ids hides every rule to the end',
    file: 'a.txt',
    text: "# talklint-disable\nI don't know. I wanna go.\n",
    kept: [],
    suppressed: ['t/no-dont-know 2:1-2:13 «»', 't/no-slang 2:17-2:22 «»'],
  },
  {
    name: 'plain: comma list without spaces; an id that does not match is no suppression',
    file: 'a.txt',
    text: '# talklint-disable-next-line t/filler,t/no-dont-know\nBasically I wanna go.\n',
    kept: ['t/no-slang 2:13-2:18'],
    suppressed: ['t/filler 2:1-2:10 «»'],
  },
  {
    name: 'plain: a marker inside words is not a directive (#talklint- needs a blank or line start before)',
    file: 'a.txt',
    text: 'order#talklint-disable-line I wanna go.\n',
    kept: ['t/no-slang 1:31-1:36'],
    suppressed: [],
  },
  {
    name: 'plain: a custom marker (//); "#" lines are then speech',
    file: 'a.txt',
    text: '// talklint-disable-next-line t/no-slang\nI wanna go.\n# talklint-disable-next-line t/no-slang\nI wanna go.\n',
    options: { directiveMarker: '//' },
    kept: ['t/no-slang 4:3-4:8'],
    suppressed: ['t/no-slang 2:3-2:8 «»'],
  },
  {
    name: 'plain: --no-inline-config ignores directives',
    file: 'a.txt',
    text: 'I wanna go.\n# talklint-disable-next-line t/no-slang -- quoting\nI wanna go.\nI wanna go.\n',
    options: { inlineConfig: false },
    kept: ['t/no-slang 1:3-1:8', 't/no-slang 3:3-3:8', 't/no-slang 4:3-4:8'],
    suppressed: [],
  },
  {
    name: 'markdown: next-line, line, block disable/enable as HTML comments',
    file: 'a.md',
    text: 'Hello there.\n\n<!-- talklint-disable-next-line t/no-slang -- quoting a customer -->\nI wanna go.\nI wanna go. <!-- talklint-disable-line -->\n<!-- talklint-disable t/filler -->\nBasically yes.\n<!-- talklint-enable t/filler -->\nBasically yes.\n',
    kept: ['t/filler 9:1-9:10'],
    suppressed: ['t/no-slang 4:3-4:8 «quoting a customer»', 't/no-slang 5:3-5:8 «»', 't/filler 7:1-7:10 «»'],
  },
  {
    name: 'markdown: a heading "# talklint-disable" is not a directive',
    file: 'a.md',
    text: '# talklint-disable\n\nI wanna go.\n',
    kept: ['t/no-slang 3:3-3:8'],
    suppressed: [],
  },
  {
    name: 'markdown: comments in fenced or inline code are not directives',
    file: 'a.md',
    text: '```\n<!-- talklint-disable -->\n```\n\n`<!-- talklint-disable -->` I wanna go.\n',
    kept: ['t/no-slang 5:31-5:36'],
    suppressed: [],
  },
  {
    name: 'markdown: a comment over two lines applies to the line after its end',
    file: 'a.md',
    text: '<!-- talklint-disable-next-line\n     t/no-slang -->\nI wanna go.\nI wanna go.\n',
    kept: ['t/no-slang 4:3-4:8'],
    suppressed: ['t/no-slang 3:3-3:8 «»'],
  },
  {
    name: 'unused directives are reported (warning): per unused id, a line directive with nothing, an enable with nothing to enable',
    file: 'a.txt',
    text: '# talklint-disable-next-line t/no-slang, t/filler\nI wanna go.\n# talklint-disable-line\n# talklint-enable\nHello.\n',
    options: { reportUnusedDirectives: 'warning' },
    kept: [
      'talklint/unused-directive 1:1-1:50 warning Unused talklint-disable-next-line directive (no problems were reported from "t/filler")',
      'talklint/unused-directive 3:1-3:24 warning Unused talklint-disable-line directive (no problems were reported)',
      'talklint/unused-directive 4:1-4:18 warning Unused talklint-enable directive (no talklint-disable directive is in force here)',
    ],
    suppressed: ['t/no-slang 2:3-2:8 «»'],
  },
  {
    name: 'unused directives as errors; an enable naming a rule that is not disabled',
    file: 'a.md',
    text: '<!-- talklint-disable t/no-slang -->\nHello.\n<!-- talklint-enable t/filler, t/no-slang -->\n',
    options: { reportUnusedDirectives: 'error' },
    kept: [
      'talklint/unused-directive 1:1-1:37 error Unused talklint-disable directive (no problems were reported from "t/no-slang")',
      'talklint/unused-directive 3:1-3:46 error Unused talklint-enable directive (no talklint-disable directive is in force here for "t/filler")',
    ],
    suppressed: [],
  },
  {
    name: 'unused directives are not reported by default',
    file: 'a.txt',
    text: '# talklint-disable-line\nHello.\n',
    kept: [],
    suppressed: [],
  },
];

describe('directives', () => {
  it.each(cases)('$name', ({ file, text, options, kept, suppressed }) => {
    const r = testLinter({ only: ONLY, ...options }).lintText(text, { filePath: file });
    expect(shown(r)).toEqual({ kept, suppressed });
    expect(r.suppressedCount ?? 0).toBe(suppressed.length);
    expect(r.errorCount + r.warningCount + r.infoCount).toBe(kept.length);
  });

  it('the offsets of suppressed and unused-directive findings point into the source', () => {
    const text = 'I wanna go.\n# talklint-disable-next-line t/no-slang -- quoting\nI wanna go.\n# talklint-disable-line\n';
    const r = testLinter({ only: ONLY, reportUnusedDirectives: 'info' }).lintText(text, { filePath: 'a.txt' });
    const s = r.suppressed![0]!;
    expect([s.offset, s.endOffset, text.slice(s.offset, s.endOffset)]).toEqual([65, 70, 'wanna']);
    const u = r.diagnostics.find((d) => d.ruleId === 'talklint/unused-directive')!;
    expect([u.offset, u.endOffset, u.matchedText, u.severity]).toEqual([75, 98, '# talklint-disable-line', 'info']);
    expect(r.infoCount).toBe(1);
  });

  it('ESLint JSON: suppressedMessages with kind "directive" and the reason as justification', () => {
    const r = testLinter({ only: ONLY }).lintText('# talklint-disable-next-line t/no-slang -- quoting\nI wanna go.\n', { filePath: 'a.txt' });
    const json = jsonFileResult(r);
    expect(json.messages).toEqual([]);
    expect(json.suppressedMessages).toMatchObject([{ ruleId: 't/no-slang', line: 2, column: 3, suppressions: [{ kind: 'directive', justification: 'quoting' }] }]);
  });
});

describe('directive lines are not speech', () => {
  it('plain script: a directive line neither speaks nor splits the paragraph; offsets stay exact', () => {
    const text = 'Hello.\n# talklint-disable-next-line t/no-slang\nI wanna go.\n\nBye.\n';
    const doc = parseDocument(text, { format: 'text' });
    expect(doc.source).toBe(text);
    const turns = doc.calls[0]!.turns;
    expect(turns.map((t) => [t.sourceOffset, t.text.replace(/ +/g, ' ')])).toEqual([
      [0, 'Hello.\n \nI wanna go.'],
      [60, 'Bye.'],
    ]);
    expect(turns[0]!.text.length).toBe(58);
  });

  it('plain transcript: a directive first line does not hide the speaker labels', () => {
    const doc = parseDocument('# talklint-disable t/filler\nAgent: Hello.\n# talklint-disable-next-line\nCustomer: hi\n', { format: 'text' });
    expect(doc.kind).toBe('transcript');
    expect(doc.calls[0]!.turns.map((t) => [t.speaker, t.role, t.text])).toEqual([
      ['Agent', 'agent', 'Hello.'],
      ['Customer', 'customer', 'hi'],
    ]);
  });

  it('directiveMarker null keeps such lines as text', () => {
    const doc = parseDocument('# talklint-disable\nHello.\n', { format: 'text', directiveMarker: null });
    expect(doc.calls[0]!.turns[0]!.text).toBe('# talklint-disable\nHello.');
  });
});

describe('rule patterns and directive bodies', () => {
  const globs: Array<[string, string, boolean]> = [
    ['ru/*', 'ru/no-slang', true],
    ['ru/*', 'en/no-slang', false],
    ['*', 'zh/anything', true],
    ['ru/no-?lang', 'ru/no-slang', true],
    ['ru/no-slang', 'ru/no-slang', true],
    ['ru/no', 'ru/no-slang', false],
    ['ru.*', 'ru/x', false],
    ['*/filler', 'en/filler', true],
  ];
  it.each(globs)('%s matches %s: %s', (pattern, id, expected) => {
    expect(ruleMatches(pattern, id)).toBe(expected);
  });

  const bodies: Array<[string, string[], string]> = [
    [' ru/a, ru/b -- reason here', ['ru/a', 'ru/b'], 'reason here'],
    [' -- only a reason', [], 'only a reason'],
    [' ru/a,ru/b', ['ru/a', 'ru/b'], ''],
    ['', [], ''],
    [' ru/a --', ['ru/a'], ''],
    [' ru/a -- a -- b', ['ru/a'], 'a -- b'],
    [' ru/a--not-a-reason', ['ru/a--not-a-reason'], ''],
  ];
  it.each(bodies)('%j', (body, rules, reason) => {
    expect(parseDirectiveBody(body)).toEqual({ rules, reason });
  });
});
