/**
 * The fixed set of results every formatter golden test formats: small inline texts linted with
 * the inline test pack through the real input pipeline (lintBytes), as a run from /project would.
 */
import { fatalResult, lintBytes } from '../../src/api/lint-files.js';
import type { FormatterContext } from '../../src/formatters/index.js';
import type { FileResult } from '../../src/types.js';
import { testLinter } from './pack.js';

export const CWD = '/project';

/** The inputs, by path relative to CWD. */
export const INPUTS: ReadonlyArray<[string, string]> = [
  // An English script: an error with a fixable suggestion, a warning with advice, an info finding;
  // the message carries & and " (escaping).
  ['scripts/a.txt', 'Hello, I\'m gonna check your order & "status".\nI don\'t know, basically.\n'],
  // A Russian Markdown script: a heading, a directive with a reason hiding one finding.
  ['scripts/ru.md', '# Приветствие\n\nЗдравствуйте! Щас посмотрю.\n<!-- talklint-disable-next-line t/no-slang -- цитата клиента -->\nКлиент сказал «щас», я не знаю почему.\n'],
  // A Chinese transcript: a customer's words are not the agent's.
  ['calls/zh.txt', '坐席：您好，请问有什么可以帮您？\n客户：我不知道我的订单号。\n坐席：这个我不知道。\n'],
  // Two calls in one CSV: one clean, one without a greeting and with slang.
  ['calls/multi.csv', 'call_id,speaker,text,start,end\nC-1,Agent,Good morning! How can I help?,0,3.5\nC-1,Customer,Fine.,3.5,5\nC-2,Agent,Yeah I wanna say basically no.,0,4.25\nC-2,Customer,Ok.,4.25,6\n'],
  // A clean script.
  ['scripts/clean.txt', 'Hello, how can I help you today?\n'],
  // A name with a comma, quotes and an ampersand; CRLF line ends.
  ['scripts/q&a, "draft".txt', 'Good morning.\r\nI wanna help: 100% sure,\r\nreally.\r\n'],
];

export function formatterResults(): FileResult[] {
  const linter = testLinter();
  const results = INPUTS.map(([path, text]) => lintBytes(linter, new TextEncoder().encode(text), path, { input: { labels: linter.labels } }));
  results.splice(4, 0, fatalResult('calls/broken.json', 'not valid JSON: unexpected end of input', 3, 7));
  for (const r of results) delete r.source;
  return results;
}

export function formatterContext(): FormatterContext {
  const linter = testLinter();
  return { cwd: CWD, color: false, rules: new Map(linter.definitions.map((d) => [d.id, d])), version: '0.0.0-test' };
}
