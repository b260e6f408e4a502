/** Helpers shared by the machine-readable formatters (JSON, SARIF, JUnit, Checkstyle, GitHub, compact, unix). */
import { isAbsolute, relative, resolve, sep } from 'node:path';
/** "Error" / "Warning" / "Info", as ESLint's compact and unix formats write severities. */
export function severityWord(s) {
    return s === 'error' ? 'Error' : s === 'warning' ? 'Warning' : 'Info';
}
/** A file's path relative to `cwd` with `/` separators; null when the file is outside `cwd` (or is `<stdin>`). */
export function relativePosix(filePath, cwd) {
    if (filePath.startsWith('<'))
        return null;
    const abs = isAbsolute(filePath) ? filePath : resolve(cwd, filePath);
    const rel = relative(cwd, abs);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel))
        return null;
    return sep === '/' ? rel : rel.split(sep).join('/');
}
/** The path a report shows for a file: relative and posix when inside cwd, else as the result has it. */
export function shownPath(r, cwd) {
    return relativePosix(r.filePath, cwd) ?? r.filePath;
}
/**
 * `value` as JSON.stringify(value, null, 2) writes it `levels` arrays deep (2 spaces a level): its
 * first line indented too, the lines after it by 2 × levels more spaces — an element of a report
 * written a piece at a time. The same text as indenting every line of the plain stringify (a
 * JSON string never holds a raw line break), without a second pass over it: the value is
 * stringified inside `levels` arrays, whose brackets are cut off (~1.5× faster for a JSON
 * report's file part).
 */
export function indentedJson(value, levels) {
    let wrapped = value;
    for (let k = 0; k < levels; k++)
        wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, 2);
    // Each level adds "[\n" + its own indentation before the value and "\n" + indentation + "]" after.
    const frame = levels * (levels + 1);
    return text.slice(frame, text.length - frame);
}
/** One line of text: line breaks become spaces (for line-oriented formats). */
export function oneLine(text) {
    return text.replace(/\r\n|\r|\n/g, ' ');
}
/** Characters XML 1.0 cannot carry at all: C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Escapes text for an XML attribute value or element content (UTF-8 output: letters of any script stay as they are). */
export function xmlEscape(text) {
    return text
        .replace(XML_INVALID, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;')
        .replace(/\r/g, '&#13;')
        .replace(/\n/g, '&#10;')
        .replace(/\t/g, '&#9;');
}
/** Escapes text for XML element content, keeping line breaks as they are. */
export function xmlText(text) {
    return text.replace(XML_INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** `path:line:col` of a finding. */
export function place(path, d) {
    return `${path}:${d.line}:${d.column}`;
}
export function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** Counts for a closing summary line: problems (incl. fatal files) and their split. */
export function totals(results) {
    let errors = 0;
    let warnings = 0;
    let infos = 0;
    let fatal = 0;
    for (const r of results) {
        errors += r.errorCount;
        warnings += r.warningCount;
        infos += r.infoCount;
        if (r.fatal)
            fatal++;
    }
    return { problems: errors + warnings + infos + fatal, errors: errors + fatal, warnings, infos, fatal };
}
/** All of a stream's text for `results` (what `format` returns for a streaming formatter). */
export function streamAll(stream, results) {
    let out = '';
    for (const r of results)
        out += stream.file(r);
    return out + stream.end();
}
/**
 * A report of one line per finding (a file that could not be read is one line too), then a
 * blank line and "N problems" when there was any: ESLint's compact and unix formats.
 */
export function lineStream(fatalLine, findingLine) {
    let total = 0;
    return {
        file(r) {
            let out = '';
            if (r.fatal) {
                out += fatalLine(r, r.fatal) + '\n';
                total++;
            }
            for (const d of r.diagnostics) {
                out += findingLine(r, d) + '\n';
                total++;
            }
            return out;
        },
        end: () => (total > 0 ? `\n${plural(total, 'problem')}\n` : ''),
    };
}
