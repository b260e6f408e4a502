import { delimitedRecords, parseDelimitedDocument } from './csv.js';
export const tsv = {
    name: 'tsv',
    description: 'Tab-separated values with a header (the same columns as csv)',
    detect: (_text, filePath) => filePath !== undefined && /\.tsv$/i.test(filePath),
    records: (text, opts) => delimitedRecords(text, opts, '\t'),
    parse: (text, opts) => parseDelimitedDocument(text, opts, '\t', 'tsv'),
};
