/** Errors that point at a place in a user's file (a pack, a config), rendered like a compiler's. */
import { LineIndex } from './text/positions.js';
export function codeFrame(text, line, column, context = 1) {
    const index = new LineIndex(text);
    if (line < 1 || line > index.lineCount)
        return '';
    const first = Math.max(1, line - context);
    const last = Math.min(index.lineCount, line + context);
    const width = String(last).length;
    const rows = [];
    for (let l = first; l <= last; l++) {
        const mark = l === line ? '>' : ' ';
        rows.push(`${mark} ${String(l).padStart(width)} | ${index.lineText(l)}`);
        if (l === line)
            rows.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}^`);
    }
    return rows.join('\n');
}
export function formatLocatedError(e) {
    const where = e.line > 0 ? `${e.file}:${e.line}:${e.column}` : e.file;
    return e.frame ? `${where}: ${e.message}\n${e.frame}` : `${where}: ${e.message}`;
}
/** Thrown inside the library for a user's mistake with a location; caught at the API boundary. */
export class LocatedErrors extends Error {
    errors;
    constructor(errors) {
        super(errors.map(formatLocatedError).join('\n'));
        this.errors = errors;
        this.name = 'LocatedErrors';
    }
}
