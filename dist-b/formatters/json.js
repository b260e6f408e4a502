import { indentedJson } from './shared.js';
export function jsonMessage(d) {
    const m = {
        ruleId: d.ruleId,
        severity: d.severity === 'error' ? 2 : 1,
        level: d.severity,
        message: d.message,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        offset: d.offset,
        endOffset: d.endOffset,
    };
    const fix = d.suggestions.find((s) => s.fixable);
    if (fix)
        m.fix = { range: fix.range, text: fix.text };
    if (d.suggestions.length > 0)
        m.suggestions = d.suggestions.map((s) => ({ desc: s.desc, fix: { range: s.range, text: s.text }, fixable: s.fixable }));
    if (d.matchedText !== undefined)
        m.matchedText = d.matchedText;
    if (d.speaker !== undefined)
        m.speaker = d.speaker;
    if (d.role !== undefined)
        m.role = d.role;
    if (d.turn !== undefined)
        m.turn = d.turn;
    if (d.callId !== undefined)
        m.callId = d.callId;
    if (d.startTime !== undefined)
        m.startTime = d.startTime;
    if (d.endTime !== undefined)
        m.endTime = d.endTime;
    if (d.documentLevel)
        m.documentLevel = true;
    if (d.fingerprint !== undefined)
        m.fingerprint = d.fingerprint;
    return m;
}
export function jsonFileResult(r) {
    const messages = r.diagnostics.map(jsonMessage);
    if (r.fatal)
        messages.unshift({ ruleId: null, fatal: true, severity: 2, level: 'error', message: r.fatal.message, line: r.fatal.line ?? 0, column: r.fatal.column ?? 0 });
    const fixable = (sev) => r.diagnostics.filter((d) => d.severity === sev && d.suggestions.some((s) => s.fixable)).length;
    return {
        filePath: r.filePath,
        messages,
        suppressedMessages: (r.suppressed ?? []).map((d) => ({ ...jsonMessage(d), suppressions: d.suppressions.map((x) => ({ ...x })) })),
        errorCount: r.errorCount + (r.fatal ? 1 : 0),
        fatalErrorCount: r.fatal ? 1 : 0,
        warningCount: r.warningCount + r.infoCount,
        fixableErrorCount: fixable('error'),
        fixableWarningCount: fixable('warning') + fixable('info'),
        infoCount: r.infoCount,
        usedDeprecatedRules: [],
        ...(r.kind !== undefined ? { kind: r.kind } : {}),
        ...(r.format !== undefined ? { format: r.format } : {}),
        ...(r.encoding !== undefined ? { encoding: r.encoding } : {}),
        languages: r.languages,
        notices: r.notices,
        ...(r.baseline ? { baseline: r.baseline } : {}),
        // Per-call records (with --scorecard: each call's score and items; see docs/scorecards.md).
        ...(r.calls ? { calls: r.calls } : {}),
    };
}
/** The report a file at a time, as JSON.stringify(array, null, 2) writes it: each element on its
 * own lines, indented by two more spaces (indentedJson). */
function jsonStream() {
    let first = true;
    return {
        file(r) {
            const piece = (first ? '[\n' : ',\n') + indentedJson(jsonFileResult(r), 1);
            first = false;
            return piece;
        },
        end: () => (first ? '[]\n' : '\n]\n'),
    };
}
export const json = {
    name: 'json',
    usesFingerprints: true,
    description: 'ESLint-compatible JSON array (info findings: severity 1, level "info")',
    format: (results) => JSON.stringify(results.map(jsonFileResult), null, 2) + '\n',
    *formatChunks(results) {
        const s = jsonStream();
        for (const r of results)
            yield s.file(r);
        yield s.end();
    },
    stream: jsonStream,
};
