import { lineStream, oneLine, severityWord, streamAll } from './shared.js';
const unixStream = () => lineStream((r, fatal) => `${r.filePath}:${fatal.line ?? 0}:${fatal.column ?? 0}: ${oneLine(fatal.message)} [Error]`, (r, d) => `${r.filePath}:${d.line}:${d.column}: ${oneLine(d.message)} [${severityWord(d.severity)}/${d.ruleId}]`);
export const unix = {
    name: 'unix',
    usesFingerprints: false,
    description: 'one line per finding: "path:line:col: message [Error/rule]" (ESLint unix)',
    format: (results) => streamAll(unixStream(), results),
    stream: () => unixStream(),
};
