/**
 * `talklint merge <report.json…>`: joins the JSON reports of several runs (the shards of a
 * `--shard i/n` CI matrix, written with `-f json`) into one report in any format, and exits like
 * a normal run: 0 no errors, 1 lint errors (or more warnings than --max-warnings), 2 a report that
 * cannot be read or a file that was skipped (fatal) in one of the runs.
 *
 * Each JSON entry (ESLint-compatible, see formatters/json.ts) is turned back into a FileResult,
 * so every formatter works on the merged results. Files are put in path order (code units), which
 * is the order of an unsharded run over the same files; a file found in more than one report is
 * kept once (the first report's) and named on stderr.
 *
 * The command reads the reports through a ReportIndex (report-index.ts): every report is checked
 * before anything is written, then the entries are read again one at a time in path order and,
 * with a formatter that streams, written and dropped — a month of shards is never in memory at
 * once. `mergeReports` is the same merge over report texts in memory (library API).
 */
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { parseCommandLine } from './parse.js';
import { setup } from '../api/setup.js';
import { summarize } from '../engine/linter.js';
import { FORMATTERS } from '../formatters/index.js';
import { VERSION } from '../version.js';
import { ReportSink, STREAM_PREPARED_ABOVE, useColor } from './main.js';
import { mergeOrder, ReportIndex } from './report-index.js';
/** A report entry that is not what `talklint -f json` writes. */
export class ReportError extends Error {
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v, fallback) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
function toDiagnostic(m, where) {
    if (typeof m.ruleId !== 'string' || typeof m.message !== 'string' || typeof m.line !== 'number' || typeof m.column !== 'number') {
        throw new ReportError(`${where}: a message needs ruleId, message, line and column`);
    }
    const severity = m.level === 'info' || m.level === 'warning' || m.level === 'error' ? m.level : m.severity === 2 ? 'error' : 'warning';
    const offset = num(m.offset, 0);
    const suggestions = (Array.isArray(m.suggestions) ? m.suggestions : []).map((s) => ({
        desc: String(s.desc),
        text: String(s.fix?.text ?? ''),
        fixable: s.fixable === true,
        range: [num(s.fix?.range?.[0], offset), num(s.fix?.range?.[1], offset)],
    }));
    const d = {
        ruleId: m.ruleId,
        severity,
        message: m.message,
        line: m.line,
        column: m.column,
        endLine: num(m.endLine, m.line),
        endColumn: num(m.endColumn, m.column),
        offset,
        endOffset: num(m.endOffset, offset),
        suggestions,
    };
    if (typeof m.matchedText === 'string')
        d.matchedText = m.matchedText;
    if (m.speaker !== undefined)
        d.speaker = m.speaker;
    if (typeof m.role === 'string')
        d.role = m.role;
    if (typeof m.turn === 'number')
        d.turn = m.turn;
    if (m.callId !== undefined)
        d.callId = m.callId;
    if (typeof m.startTime === 'number')
        d.startTime = m.startTime;
    if (typeof m.endTime === 'number')
        d.endTime = m.endTime;
    if (m.documentLevel === true)
        d.documentLevel = true;
    if (typeof m.fingerprint === 'string')
        d.fingerprint = m.fingerprint;
    return d;
}
/** One entry of a `-f json` report back as a FileResult. */
export function fileResultFromJson(entry, where) {
    if (!isObject(entry) || typeof entry.filePath !== 'string' || !Array.isArray(entry.messages)) {
        throw new ReportError(`${where}: not a talklint/ESLint JSON result (needs filePath and messages)`);
    }
    const diagnostics = [];
    let fatal;
    entry.messages.forEach((raw, i) => {
        if (!isObject(raw))
            throw new ReportError(`${where}, message ${i + 1}: not an object`);
        const m = raw;
        if (m.fatal === true) {
            fatal = { message: String(m.message) };
            if (typeof m.line === 'number' && m.line > 0)
                fatal.line = m.line;
            if (typeof m.column === 'number' && m.column > 0)
                fatal.column = m.column;
        }
        else
            diagnostics.push(toDiagnostic(m, `${where}, message ${i + 1}`));
    });
    const r = summarize({
        filePath: entry.filePath,
        diagnostics,
        notices: Array.isArray(entry.notices) ? entry.notices.map(String) : [],
        languages: Array.isArray(entry.languages) ? entry.languages.map(String) : [],
        ...(entry.kind === 'script' || entry.kind === 'transcript' ? { kind: entry.kind } : {}),
        ...(typeof entry.format === 'string' ? { format: entry.format } : {}),
        ...(typeof entry.encoding === 'string' ? { encoding: entry.encoding } : {}),
        ...(Array.isArray(entry.calls) ? { calls: entry.calls } : {}),
    });
    if (fatal)
        r.fatal = fatal;
    return r;
}
/** Reads JSON reports and merges them: path order, each file once (the first report's; see mergeOrder). */
export function mergeReports(reports) {
    const all = [];
    for (const { name, text } of reports) {
        let data;
        try {
            data = JSON.parse(text);
        }
        catch (e) {
            throw new ReportError(`${name}: not valid JSON (${e.message})`);
        }
        if (!Array.isArray(data))
            throw new ReportError(`${name}: expected a JSON array of file results (talklint -f json)`);
        data.forEach((entry, i) => all.push(fileResultFromJson(entry, `${name}, entry ${i + 1}`)));
    }
    const { order, duplicates } = mergeOrder(all.map((r) => r.filePath));
    return { results: order.map((k) => all[k]), duplicates };
}
function mergeProgram() {
    return new Command('talklint merge')
        .description('Merge the JSON reports of several talklint runs (e.g. --shard i/n) into one report.')
        .argument('<reports...>', 'JSON reports written by talklint -f json')
        .option('-f, --format <name>', 'output format', 'stylish')
        .option('-o, --output-file <path>', 'write the report to a file instead of standard output')
        .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', (v) => {
        if (!/^\d+$/.test(v))
            throw new ReportError(`--max-warnings takes a whole number ≥ 0, got "${v}"`);
        return Number(v);
    })
        .option('--quiet', 'report errors only')
        .addOption(new Option('--color', 'force colours'))
        .addOption(new Option('--no-color', 'no colours'))
        .helpOption('-h, --help', 'show this help')
        .allowExcessArguments(false);
}
/** Rule metadata for formatters (SARIF descriptions…), from the packs the config names, if any. */
function ruleMetadata(cwd) {
    try {
        const s = setup({ cwd });
        if (s.ok)
            return new Map(s.linter.definitions.map((d) => [d.id, d]));
    }
    catch {
        // No usable config: the report is merged without rule metadata.
    }
    return new Map();
}
/** `talklint merge …`: returns the exit code. */
export async function runMerge(argv, io) {
    const program = mergeProgram();
    try {
        const ended = parseCommandLine(program, argv, io, 'talklint merge --help');
        if (ended !== null)
            return ended;
    }
    catch (e) {
        if (e instanceof ReportError) {
            io.stderr(`talklint merge: ${e.message}\n`);
            return 2;
        }
        throw e;
    }
    const opts = program.opts();
    const formatter = FORMATTERS.get(opts.format);
    if (!formatter) {
        io.stderr(`talklint merge: unknown format "${opts.format}"; known: ${[...FORMATTERS.keys()].join(', ')}\n`);
        return 2;
    }
    // Every report is read and checked before anything is written (see report-index.ts).
    const index = new ReportIndex();
    try {
        for (const name of program.args)
            index.add(name, resolve(io.cwd, name));
    }
    catch (e) {
        if (e instanceof ReportError) {
            io.stderr(`talklint merge: ${e.message}\n`);
            return 2;
        }
        throw e;
    }
    const files = index.size;
    for (const p of index.duplicates)
        io.stderr(`talklint merge: ${p} is in more than one report; the first is kept\n`);
    const ctx = {
        cwd: io.cwd,
        color: useColor(opts, io, opts.outputFile !== undefined),
        rules: ruleMetadata(io.cwd),
        version: VERSION,
    };
    const sink = new ReportSink(io, opts.outputFile === undefined ? null : resolve(io.cwd, opts.outputFile), 'talklint merge');
    // As in a run: a formatter that streams writes each file's part as it is read again, so a merge
    // of any number of files keeps only the counts the exit code needs (a formatter that must
    // prepare streams above STREAM_PREPARED_ABOVE files); the others get all results at the end.
    const streaming = formatter.stream !== undefined && (formatter.prepare === undefined || files > STREAM_PREPARED_ABOVE);
    if (streaming)
        await formatter.prepare?.();
    const stream = streaming ? formatter.stream(ctx) : null;
    const results = [];
    let errors = 0;
    let warnings = 0;
    let fatal = false;
    if (!sink.open())
        return 2;
    try {
        for (const r of index.results()) {
            if (opts.quiet) {
                r.diagnostics = r.diagnostics.filter((d) => d.severity === 'error');
                r.warningCount = 0;
                r.infoCount = 0;
            }
            errors += r.errorCount;
            warnings += r.warningCount;
            if (r.fatal)
                fatal = true;
            if (stream)
                sink.write(stream.file(r));
            else
                results.push(r);
        }
    }
    catch (e) {
        if (e instanceof ReportError) {
            io.stderr(`talklint merge: ${e.message}\n`);
            sink.close();
            return 2;
        }
        throw e;
    }
    if (stream)
        sink.write(stream.end());
    else {
        await formatter.prepare?.(results);
        for (const piece of formatter.formatChunks ? formatter.formatChunks(results, ctx) : [formatter.format(results, ctx)])
            sink.write(piece);
    }
    if (!sink.close())
        return 2;
    if (fatal)
        return 2;
    if (errors > 0)
        return 1;
    return opts.maxWarnings !== undefined && warnings > opts.maxWarnings ? 1 : 0;
}
