import type { Diagnostic, FileResult, Severity } from '../types.js';
import type { FormatterStream } from './index.js';
/** "Error" / "Warning" / "Info", as ESLint's compact and unix formats write severities. */
export declare function severityWord(s: Severity): string;
/** A file's path relative to `cwd` with `/` separators; null when the file is outside `cwd` (or is `<stdin>`). */
export declare function relativePosix(filePath: string, cwd: string): string | null;
/** The path a report shows for a file: relative and posix when inside cwd, else as the result has it. */
export declare function shownPath(r: FileResult, cwd: string): string;
/**
 * `value` as JSON.stringify(value, null, 2) writes it `levels` arrays deep (2 spaces a level): its
 * first line indented too, the lines after it by 2 × levels more spaces — an element of a report
 * written a piece at a time. The same text as indenting every line of the plain stringify (a
 * JSON string never holds a raw line break), without a second pass over it: the value is
 * stringified inside `levels` arrays, whose brackets are cut off (~1.5× faster for a JSON
 * report's file part).
 */
export declare function indentedJson(value: unknown, levels: number): string;
/** One line of text: line breaks become spaces (for line-oriented formats). */
export declare function oneLine(text: string): string;
/** Escapes text for an XML attribute value or element content (UTF-8 output: letters of any script stay as they are). */
export declare function xmlEscape(text: string): string;
/** Escapes text for XML element content, keeping line breaks as they are. */
export declare function xmlText(text: string): string;
/** `path:line:col` of a finding. */
export declare function place(path: string, d: Pick<Diagnostic, 'line' | 'column'>): string;
export declare function plural(n: number, word: string): string;
/** Counts for a closing summary line: problems (incl. fatal files) and their split. */
export declare function totals(results: readonly FileResult[]): {
    problems: number;
    errors: number;
    warnings: number;
    infos: number;
    fatal: number;
};
/** All of a stream's text for `results` (what `format` returns for a streaming formatter). */
export declare function streamAll(stream: FormatterStream, results: readonly FileResult[]): string;
/**
 * A report of one line per finding (a file that could not be read is one line too), then a
 * blank line and "N problems" when there was any: ESLint's compact and unix formats.
 */
export declare function lineStream(fatalLine: (r: FileResult, fatal: NonNullable<FileResult['fatal']>) => string, findingLine: (r: FileResult, d: Diagnostic) => string): FormatterStream;
