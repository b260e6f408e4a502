import { lineStream, oneLine, severityWord, streamAll } from './shared.js';
const compactStream = () => lineStream((r, fatal) => `${r.filePath}: line ${fatal.line ?? 0}, col ${fatal.column ?? 0}, Error - ${oneLine(fatal.message)}`, (r, d) => `${r.filePath}: line ${d.line}, col ${d.column}, ${severityWord(d.severity)} - ${oneLine(d.message)} (${d.ruleId})`);
export const compact = {
    name: 'compact',
    usesFingerprints: false,
    description: 'one line per finding: "path: line L, col C, Error - message (rule)" (ESLint compact)',
    format: (results) => streamAll(compactStream(), results),
    stream: () => compactStream(),
};
