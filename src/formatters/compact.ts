/**
 * ESLint's `compact` format, one finding per line:
 *   path: line L, col C, Error - message (rule-id)
 * then a blank line and "N problems". Severities are Error, Warning and Info (talklint's third
 * level); a file that could not be read is an Error without a rule id. Messages are kept on one line.
 */
import type { FileResult } from '../types.js';
import type { Formatter, FormatterStream } from './index.js';
import { oneLine, plural, severityWord, streamAll } from './shared.js';

function compactStream(): FormatterStream {
  let total = 0;
  return {
    file(r: FileResult): string {
      let out = '';
      if (r.fatal) {
        out += `${r.filePath}: line ${r.fatal.line ?? 0}, col ${r.fatal.column ?? 0}, Error - ${oneLine(r.fatal.message)}\n`;
        total++;
      }
      for (const d of r.diagnostics) {
        out += `${r.filePath}: line ${d.line}, col ${d.column}, ${severityWord(d.severity)} - ${oneLine(d.message)} (${d.ruleId})\n`;
        total++;
      }
      return out;
    },
    end: () => (total > 0 ? `\n${plural(total, 'problem')}\n` : ''),
  };
}

export const compact: Formatter = {
  name: 'compact',
  description: 'one line per finding: "path: line L, col C, Error - message (rule)" (ESLint compact)',
  format: (results) => streamAll(compactStream(), results),
  stream: () => compactStream(),
};
