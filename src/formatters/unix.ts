/**
 * ESLint's `unix` format, like compilers print: `path:line:col: message [Error/rule-id]`, then a
 * blank line and "N problems". Severities are Error, Warning and Info; a file that could not be
 * read is `[Error]` without a rule id. Messages are kept on one line.
 */
import type { Formatter, FormatterStream } from './index.js';
import { lineStream, oneLine, severityWord, streamAll } from './shared.js';

const unixStream = (): FormatterStream =>
  lineStream(
    (r, fatal) => `${r.filePath}:${fatal.line ?? 0}:${fatal.column ?? 0}: ${oneLine(fatal.message)} [Error]`,
    (r, d) => `${r.filePath}:${d.line}:${d.column}: ${oneLine(d.message)} [${severityWord(d.severity)}/${d.ruleId}]`,
  );

export const unix: Formatter = {
  name: 'unix',
  usesFingerprints: false,
  description: 'one line per finding: "path:line:col: message [Error/rule]" (ESLint unix)',
  format: (results) => streamAll(unixStream(), results),
  stream: () => unixStream(),
};
