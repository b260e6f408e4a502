/**
 * ESLint's `compact` format, one finding per line:
 *   path: line L, col C, Error - message (rule-id)
 * then a blank line and "N problems". Severities are Error, Warning and Info (talklint's third
 * level); a file that could not be read is an Error without a rule id. Messages are kept on one line.
 */
import type { Formatter, FormatterStream } from './index.js';
import { lineStream, oneLine, severityWord, streamAll } from './shared.js';

const compactStream = (): FormatterStream =>
  lineStream(
    (r, fatal) => `${r.filePath}: line ${fatal.line ?? 0}, col ${fatal.column ?? 0}, Error - ${oneLine(fatal.message)}`,
    (r, d) => `${r.filePath}: line ${d.line}, col ${d.column}, ${severityWord(d.severity)} - ${oneLine(d.message)} (${d.ruleId})`,
  );

export const compact: Formatter = {
  name: 'compact',
  usesFingerprints: false,
  description: 'one line per finding: "path: line L, col C, Error - message (rule)" (ESLint compact)',
  format: (results) => streamAll(compactStream(), results),
  stream: () => compactStream(),
};
