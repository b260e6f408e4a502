/** JSON Lines: one turn object per line (fields as in json-records.ts); one call per call id. */
import { TranscriptError } from '../errors.js';
import { JsonDoc } from '../json-scan.js';
import { documentOfRecords } from '../records.js';
import { recordOfLine } from './json-records.js';
import { isObject } from './shared.js';
export const jsonl = {
    name: 'jsonl',
    description: 'JSON Lines: one turn object per line (the CSV field names; one call per call id)',
    detect: (text, filePath, probe) => {
        if (filePath !== undefined && /\.(jsonl|ndjson)$/i.test(filePath))
            return true;
        if (probe.json() !== undefined)
            return false;
        const first = probe.firstLine();
        if (!first.startsWith('{'))
            return false;
        try {
            return isObject(JSON.parse(first)) && /\n\s*\{/.test(text);
        }
        catch {
            return false;
        }
    },
    records: jsonlRecords,
    parse: (text, opts) => documentOfRecords(text, 'jsonl', jsonlRecords(text, opts), opts),
};
/** The records of JSON Lines text: one per non-blank line. */
function jsonlRecords(text, opts) {
    // The line index only to place an error (lintDocument makes its own over the same text).
    const lines = () => opts.probe.lines;
    const records = [];
    let start = 0;
    while (start <= text.length) {
        const nl = text.indexOf('\n', start);
        const end = nl === -1 ? text.length : nl;
        const line = text.slice(start, end);
        if (line.trim() !== '') {
            const doc = JsonDoc.parse(line, lines, start);
            if (!isObject(doc.value)) {
                throw TranscriptError.at(lines(), start + (/\S/.exec(line)?.index ?? 0), 'expected one JSON object per line');
            }
            records.push(recordOfLine(doc, opts));
        }
        if (nl === -1)
            break;
        start = nl + 1;
    }
    return records;
}
