/**
 * ESLint-compatible JSON: an array of `{filePath, messages, errorCount, warningCount, …}`, so tools
 * that read ESLint's JSON read talklint's. ESLint has two severities: talklint's `info` findings
 * appear with `severity: 1` and `level: "info"` (every message has `level`). talklint's own fields
 * are added to each message: speaker, role, turn, callId, startTime, endTime, matchedText, offsets.
 */
import type { Diagnostic, FileResult } from '../types.js';
import type { Formatter, FormatterStream } from './index.js';
import { indentedJson } from './shared.js';

export interface JsonMessage {
  ruleId: string | null;
  severity: 1 | 2;
  level: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fatal?: true;
  fix?: { range: [number, number]; text: string };
  suggestions?: Array<{ desc: string; fix: { range: [number, number]; text: string }; fixable: boolean }>;
  offset?: number;
  endOffset?: number;
  matchedText?: string;
  speaker?: string | null;
  role?: string;
  turn?: number;
  callId?: string | null;
  startTime?: number;
  endTime?: number;
  documentLevel?: boolean;
  /** Stable hash of rule, matched words and context (no line numbers): baselines and SARIF use it. */
  fingerprint?: string;
  /** Why the finding was hidden (`suppressedMessages` only), as ESLint writes it. */
  suppressions?: Array<{ kind: string; justification: string }>;
}

export function jsonMessage(d: Diagnostic): JsonMessage {
  const m: JsonMessage = {
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
  if (fix) m.fix = { range: fix.range, text: fix.text };
  if (d.suggestions.length > 0) m.suggestions = d.suggestions.map((s) => ({ desc: s.desc, fix: { range: s.range, text: s.text }, fixable: s.fixable }));
  if (d.matchedText !== undefined) m.matchedText = d.matchedText;
  if (d.speaker !== undefined) m.speaker = d.speaker;
  if (d.role !== undefined) m.role = d.role;
  if (d.turn !== undefined) m.turn = d.turn;
  if (d.callId !== undefined) m.callId = d.callId;
  if (d.startTime !== undefined) m.startTime = d.startTime;
  if (d.endTime !== undefined) m.endTime = d.endTime;
  if (d.documentLevel) m.documentLevel = true;
  if (d.fingerprint !== undefined) m.fingerprint = d.fingerprint;
  return m;
}

export function jsonFileResult(r: FileResult): Record<string, unknown> {
  const messages: JsonMessage[] = r.diagnostics.map(jsonMessage);
  if (r.fatal) messages.unshift({ ruleId: null, fatal: true, severity: 2, level: 'error', message: r.fatal.message, line: r.fatal.line ?? 0, column: r.fatal.column ?? 0 });
  const fixable = (sev: string): number => r.diagnostics.filter((d) => d.severity === sev && d.suggestions.some((s) => s.fixable)).length;
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
function jsonStream(): FormatterStream {
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

export const json: Formatter = {
  name: 'json',
  usesFingerprints: true,
  description: 'ESLint-compatible JSON array (info findings: severity 1, level "info")',
  format: (results) => JSON.stringify(results.map(jsonFileResult), null, 2) + '\n',
  *formatChunks(results) {
    const s = jsonStream();
    for (const r of results) yield s.file(r);
    yield s.end();
  },
  stream: jsonStream,
};
