import { SourceMapBuilder } from '../source-map.js';
import { TranscriptError } from '../errors.js';
import { documentOfRecords, FIELD_SLOT, fieldsOf, knownField, mapColumns } from '../records.js';
const DELIMITERS = [',', ';', '\t', '|'];
/** Splits delimited text into rows with field positions (`lines`: the text's line index, asked only to place an error). */
export function splitDelimited(text, delim, lines, from = 0) {
    const rows = [];
    let i = from;
    const n = text.length;
    while (i < n) {
        const rowStart = i;
        const fields = [];
        for (;;) {
            const start = i;
            if (text[i] === '"') {
                let j = i + 1;
                let doubled = false;
                for (;;) {
                    const q = text.indexOf('"', j);
                    if (q === -1)
                        throw TranscriptError.at(lines(), start, 'unterminated quoted field');
                    if (text[q + 1] === '"') {
                        doubled = true;
                        j = q + 2;
                        continue;
                    }
                    j = q;
                    break;
                }
                const raw = text.slice(i + 1, j);
                if (doubled) {
                    const map = new SourceMapBuilder();
                    for (let k = i + 1; k < j; k++) {
                        map.unit(k, text[k] === '"' ? k + 2 : k + 1);
                        if (text[k] === '"')
                            k++;
                    }
                    fields.push({ start, verbatim: null, value: raw.replace(/""/g, '"'), map: map.build() });
                }
                else
                    fields.push({ start, verbatim: i + 1, value: raw });
                i = j + 1;
                const c = text[i];
                if (c !== undefined && c !== delim && c !== '\n' && c !== '\r')
                    throw TranscriptError.at(lines(), i, `unexpected ${JSON.stringify(c)} after a closing quote (expected the delimiter or a line end)`);
            }
            else {
                let j = i;
                while (j < n && text[j] !== delim && text[j] !== '\n' && text[j] !== '\r')
                    j++;
                fields.push({ start, verbatim: i, value: text.slice(i, j) });
                i = j;
            }
            if (text[i] === delim) {
                i++;
                continue;
            }
            break;
        }
        if (text[i] === '\r')
            i++;
        if (text[i] === '\n')
            i++;
        rows.push({ start: rowStart, fields });
    }
    return rows;
}
function headerCells(line, delim) {
    return line.split(delim).map((c) => {
        const t = c.trim();
        // Without its quotes, if quoted (detection runs this on the first line of every plain file).
        return t.length >= 2 && t.charCodeAt(0) === 0x22 && t.charCodeAt(t.length - 1) === 0x22 ? t.slice(1, -1) : t;
    });
}
/** The delimiter that splits the header into the most known column names (text column required). */
export function guessDelimiter(header, filePath) {
    let best = { delim: filePath !== undefined && /\.tsv$/i.test(filePath) ? '\t' : ',', known: 0 };
    for (const d of DELIMITERS) {
        const cells = headerCells(header, d);
        if (cells.length < 2)
            continue;
        const kinds = cells.map(knownField);
        if (!kinds.includes('text'))
            continue;
        const known = new Set(kinds.filter((k) => k !== undefined)).size;
        if (known > best.known)
            best = { delim: d, known };
    }
    return best;
}
/** The records (rows) of delimited text with a header; `forced` is the delimiter, if known. */
export function delimitedRecords(text, opts, forced) {
    // The line index only to place an error (lintDocument makes its own over the same text).
    const lines = () => opts.probe.lines;
    const headerMatch = /^[ \t]*\S[^\r\n]*/m.exec(text);
    if (!headerMatch)
        throw new TranscriptError('empty CSV file (no header row)');
    const headerStart = headerMatch.index;
    const delim = forced ?? guessDelimiter(headerMatch[0], opts.filePath).delim;
    const rows = splitDelimited(text, delim, lines, headerStart);
    const header = rows.shift();
    const names = header.fields.map((f) => f.value.trim());
    const at = (offset, message) => TranscriptError.at(lines(), offset, message);
    const columns = mapColumns(names, opts.csv, (m) => at(header.start, m));
    if (columns.text === undefined) {
        throw at(header.start, `no text column in the header (${names.map((n) => JSON.stringify(n)).join(', ')}); expected one of text, transcript, utterance, content, текст, реплика, 文本, 内容… or name it with the csv.text option`);
    }
    const records = [];
    const wanted = Object.entries(columns);
    for (const row of rows) {
        if (row.fields.length === 1 && row.fields[0].value.trim() === '')
            continue; // blank line
        if (row.fields.length !== names.length) {
            throw at(row.start, `row has ${row.fields.length} field${row.fields.length === 1 ? '' : 's'}, the header has ${names.length}`);
        }
        const found = [];
        for (const [kind, index] of wanted) {
            const f = row.fields[index];
            const value = { value: f.value, verbatimOffset: f.verbatim, offset: f.start, name: names[index] };
            if (f.map)
                value.map = f.map;
            found[FIELD_SLOT[kind]] = value;
        }
        records.push({ start: row.start, fields: fieldsOf(found) });
    }
    return records;
}
export function parseDelimitedDocument(text, opts, forced, format) {
    return documentOfRecords(text, format, delimitedRecords(text, opts, forced), opts);
}
export const csv = {
    name: 'csv',
    description: 'CSV with a header (call id, speaker/role, text, start/end columns; one call per call id); delimiter , ; tab or |',
    detect: (_text, filePath, probe) => {
        if (filePath !== undefined && /\.csv$/i.test(filePath))
            return true;
        if (filePath !== undefined && /\.tsv$/i.test(filePath))
            return false;
        return guessDelimiter(probe.firstLine(), filePath).known >= 2;
    },
    records: (text, opts) => delimitedRecords(text, opts, undefined),
    parse: (text, opts) => parseDelimitedDocument(text, opts, undefined, 'csv'),
};
