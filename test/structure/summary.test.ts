/** buildSummary without per-call records, rates over checked calls, agents, worst-call order. */
import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../src/formatters/summary.js';
import type { CallResult, Diagnostic, FileResult } from '../../src/types.js';

const d = (ruleId: string, severity: Diagnostic['severity'], callId?: string): Diagnostic => ({
  ruleId, severity, message: '', line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0, suggestions: [],
  ...(callId !== undefined ? { callId } : {}),
});
const file = (filePath: string, diagnostics: Diagnostic[], calls?: CallResult[]): FileResult => ({
  filePath, diagnostics, notices: [], languages: ['ru'], errorCount: 0, warningCount: 0, infoCount: 0, ...(calls ? { calls } : {}),
});
const call = (id: string | null, checked: string[], agent?: string, score?: number): CallResult => ({
  id, turns: 3, languages: ['ru'], checked, triggered: [], said: [], hits: {},
  ...(agent ? { agent } : {}),
  ...(score !== undefined ? { score: { scorecard: 's', score, autoFailed: false, autoFailItems: [], items: [], passedWeight: 0, applicableWeight: 0 } } : {}),
});

describe('buildSummary', () => {
  it('without records: a file is one call, or one call per call id among its diagnostics', () => {
    const s = buildSummary(
      [
        file('/w/a.txt', [d('ru/x', 'error'), d('ru/y', 'warning')]),
        file('/w/b.txt', []),
        file('/w/c.csv', [d('ru/x', 'warning', 'c1'), d('ru/x', 'info', 'c2'), d('ru/x', 'info', 'c2')]),
        { ...file('/w/d.txt', []), fatal: { message: 'unreadable' } },
      ],
      '/w',
    );
    expect([s.files, s.filesSkipped, s.calls, s.callsWithFindings, s.findings]).toEqual([4, 1, 4, 3, 5]);
    expect(s.bySeverity).toEqual({ error: 1, warning: 2, info: 2 });
    expect(s.rules.map((r) => [r.ruleId, r.hits, r.callsWithHit, r.calls, r.rate])).toEqual([
      ['ru/x', 4, 3, 4, 0.75],
      ['ru/y', 1, 1, 4, 0.25],
    ]);
    expect(s.scores).toBeNull();
    // worst: most errors, then warnings, then findings
    expect(s.worst.map((c) => [c.file, c.id])).toEqual([
      ['a.txt', null],
      ['c.csv', 'c1'],
      ['c.csv', 'c2'],
    ]);
  });

  it('with records: rates over the calls a rule was checked on; agents; score buckets', () => {
    const s = buildSummary(
      [
        file('/w/calls.csv', [d('ru/x', 'error', 'c1')], [call('c1', ['ru/x'], 'Anna', 50), call('c2', ['ru/x'], 'Anna', 100), call('c3', ['zh/x'], 'Li', 95)]),
      ],
      '/w',
    );
    expect(s.rules.map((r) => [r.ruleId, r.callsWithHit, r.calls])).toEqual([
      ['ru/x', 1, 2],
      ['zh/x', 0, 1],
    ]);
    expect(s.agents).toEqual([
      { agent: 'Anna', calls: 2, callsWithFindings: 1, findings: 1, meanScore: 75, autoFailed: 0 },
      { agent: 'Li', calls: 1, callsWithFindings: 0, findings: 0, meanScore: 95, autoFailed: 0 },
    ]);
    expect(s.scores).toMatchObject({ scored: 3, mean: 81.7, median: 95, min: 50, max: 100 });
    expect(s.scores!.buckets.filter((b) => b.calls > 0).map((b) => [b.label, b.calls])).toEqual([
      ['50–59', 1],
      ['90–99', 1],
      ['100', 1],
    ]);
    expect(s.worst.map((c) => [c.id, c.score])).toEqual([
      ['c1', 50],
      ['c3', 95],
    ]);
  });
});
