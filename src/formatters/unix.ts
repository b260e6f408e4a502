/**
 * ESLint's `unix` format, like compilers print: `path:line:col: message [Error/rule-id]`, then a
 * blank line and "N problems". Severities are Error, Warning and Info; a file that could not be
 * read is `[Error]` without a rule id. Messages are kept on one line.
 */
import type { FileResult } from '../types.js';
import type { Formatter, FormatterStream } from './index.js';
import { oneLine, plural, severityWord, streamAll } from './shared.js';

function unixStream(): FormatterStream {
  let total = 0;
  return {
    file(r: FileResult): string {
      let out = '';
      if (r.fatal) {
        out += `${r.filePath}:${r.fatal.line ?? 0}:${r.fatal.column ?? 0}: ${oneLine(r.fatal.message)} [Error]\n`;
        total++;
      }
      for (const d of r.diagnostics) {
        out += `${r.filePath}:${d.line}:${d.column}: ${oneLine(d.message)} [${severityWord(d.severity)}/${d.ruleId}]\n`;
        total++;
      }
      return out;
    },
    end: () => (total > 0 ? `\n${plural(total, 'problem')}\n` : ''),
  };
}

export const unix: Formatter = {
  name: 'unix',
  description: 'one line per finding: "path:line:col: message [Error/rule]" (ESLint unix)',
  format: (results) => streamAll(unixStream(), results),
  stream: () => unixStream(),
};
