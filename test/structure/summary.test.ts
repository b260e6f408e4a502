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

describe('buildSummary rule figures', () => {
  /** The figures as a filter per rule over every call (the first implementation): the reference. */
  function reference(results: FileResult[]): Array<[string, number, number, number, number]> {
    // Re-derive each call as callsOf does: a record per call (checked) or, without records, one call per call id.
    const calls: Array<{ hits: Record<string, number>; checked: string[] | null }> = [];
    for (const r of results) {
      const byCall = new Map<string | null, Diagnostic[]>();
      for (const x of r.diagnostics) byCall.set(x.callId ?? null, [...(byCall.get(x.callId ?? null) ?? []), x]);
      const hitsOf = (ds: Diagnostic[]): Record<string, number> => {
        const h: Record<string, number> = {};
        for (const x of ds) h[x.ruleId] = (h[x.ruleId] ?? 0) + 1;
        return h;
      };
      if (r.calls) for (const c of r.calls) calls.push({ hits: hitsOf(byCall.get(c.id) ?? []), checked: c.checked });
      else if (byCall.size === 0) calls.push({ hits: {}, checked: null });
      else for (const ds of byCall.values()) calls.push({ hits: hitsOf(ds), checked: null });
    }
    const ids = new Set<string>();
    for (const c of calls) {
      for (const id of Object.keys(c.hits)) ids.add(id);
      for (const id of c.checked ?? []) ids.add(id);
    }
    return [...ids]
      .map((ruleId): [string, number, number, number, number] => {
        const relevant = calls.filter((c) => c.checked === null || c.checked.includes(ruleId) || (c.hits[ruleId] ?? 0) > 0);
        const withHit = relevant.filter((c) => (c.hits[ruleId] ?? 0) > 0).length;
        const hits = relevant.reduce((n, c) => n + (c.hits[ruleId] ?? 0), 0);
        return [ruleId, hits, withHit, relevant.length, relevant.length === 0 ? 0 : withHit / relevant.length];
      })
      .sort((a, b) => b[2] - a[2] || b[1] - a[1] || a[0].localeCompare(b[0]));
  }

  it('are those of a filter per rule over every call, on seeded random runs (records or not, rules checked or only reported, repeats)', () => {
    let seed = 20261207;
    const rnd = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const RULES = ['ru/a', 'ru/b', 'ru/c', 'zh/a', 'zh/b', 'en/a'];
    for (let run = 0; run < 40; run++) {
      const results: FileResult[] = [];
      for (let f = 0; f < 1 + rnd(12); f++) {
        const withRecords = rnd(3) > 0;
        const callIds = Array.from({ length: 1 + rnd(4) }, (_, k) => `c${k}`);
        const diagnostics: Diagnostic[] = [];
        for (let k = rnd(8); k > 0; k--) diagnostics.push(d(RULES[rnd(RULES.length)]!, 'warning', callIds[rnd(callIds.length)]));
        // Checked lists: any subset, a rule now and then twice, and rules reported without being checked.
        const records = withRecords ? callIds.map((id) => call(id, Array.from({ length: rnd(5) }, () => RULES[rnd(RULES.length)]!))) : undefined;
        results.push(file(`/w/f${f}.csv`, diagnostics, records));
      }
      const got = buildSummary(results, '/w').rules.map((r): [string, number, number, number, number] => [r.ruleId, r.hits, r.callsWithHit, r.calls, r.rate]);
      expect(got).toEqual(reference(results));
    }
  });
});
