/** Errors that point at a place in a user's file (a pack, a config), rendered like a compiler's. */
import { LineIndex } from './text/positions.js';

export interface LocatedError {
  file: string;
  /** 1-based; 0 when the error concerns the file as a whole. */
  line: number;
  column: number;
  message: string;
  /** The offending line(s) with a caret, ready to print. */
  frame?: string;
}

export function codeFrame(text: string, line: number, column: number, context = 1): string {
  const index = new LineIndex(text);
  if (line < 1 || line > index.lineCount) return '';
  const first = Math.max(1, line - context);
  const last = Math.min(index.lineCount, line + context);
  const width = String(last).length;
  const rows: string[] = [];
  for (let l = first; l <= last; l++) {
    const mark = l === line ? '>' : ' ';
    rows.push(`${mark} ${String(l).padStart(width)} | ${index.lineText(l)}`);
    if (l === line) rows.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}^`);
  }
  return rows.join('\n');
}

export function formatLocatedError(e: LocatedError): string {
  const where = e.line > 0 ? `${e.file}:${e.line}:${e.column}` : e.file;
  return e.frame ? `${where}: ${e.message}\n${e.frame}` : `${where}: ${e.message}`;
}

/** Thrown inside the library for a user's mistake with a location; caught at the API boundary. */
export class LocatedErrors extends Error {
  constructor(readonly errors: LocatedError[]) {
    super(errors.map(formatLocatedError).join('\n'));
    this.name = 'LocatedErrors';
  }
}
