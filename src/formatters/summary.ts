/**
 * Summary over a folder of calls: per-rule hit counts and rates, the score distribution, the
 * worst calls and per-agent figures. `summary` is text, `summary-json` the same figures as JSON,
 * `summary-csv` one table in long form (see docs/scorecards.md, "Summary").
 *
 * Calls come from FileResult.calls when the linter recorded them (a scorecard, or
 * `LinterOptions.calls`); otherwise a file's diagnostics are grouped by call id (a file without
 * ids is one call), so a call without findings in a multi-call file is only counted when the
 * calls were recorded.
 */
import type { CallResult, Diagnostic, FileResult, Severity } from '../types.js';
import type { Formatter, FormatterContext, FormatterStream } from './index.js';
import { shownPath, streamAll } from './shared.js';

export interface SummaryCall {
  file: string;
  id: string | null;
  agent?: string;
  score?: number;
  /** Ids of the failed auto-fail items. */
  autoFailItems: string[];
  /** Failed scorecard item ids. */
  failedItems: string[];
  findings: number;
  bySeverity: Record<Severity, number>;
  /** Diagnostics per rule id. */
  hits: Record<string, number>;
  /** Rule ids checked on the call; null when not recorded. */
  checked: string[] | null;
}

export interface RuleFigures {
  ruleId: string;
  hits: number;
  callsWithHit: number;
  /** Calls the rule was checked on (all calls when that was not recorded). */
  calls: number;
  /** callsWithHit / calls, 0–1. */
  rate: number;
}

export interface ScoreBucket {
  /** "0–9", …, "90–99", "100". */
  label: string;
  min: number;
  max: number;
  calls: number;
}

export interface AgentFigures {
  agent: string;
  calls: number;
  callsWithFindings: number;
  findings: number;
  /** Mean score of the agent's scored calls; null when none was scored. */
  meanScore: number | null;
  autoFailed: number;
}

export interface Summary {
  files: number;
  filesSkipped: number;
  calls: number;
  callsWithFindings: number;
  findings: number;
  bySeverity: Record<Severity, number>;
  rules: RuleFigures[];
  scores: null | { scorecard: string; scored: number; mean: number; median: number; min: number; max: number; autoFailed: number; buckets: ScoreBucket[] };
  worst: SummaryCall[];
  agents: AgentFigures[];
}

export const WORST_CALLS = 10;

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** The calls of one file, from its recorded calls or from its diagnostics. */
export function callsOf(r: FileResult, cwd: string): SummaryCall[] {
  const file = shownPath(r, cwd);
  const byCall = new Map<string | null, Diagnostic[]>();
  for (const d of r.diagnostics) {
    const id = d.callId ?? null;
    const list = byCall.get(id) ?? [];
    list.push(d);
    byCall.set(id, list);
  }
  const make = (id: string | null, diagnostics: Diagnostic[], rec?: CallResult): SummaryCall => {
    const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    const hits: Record<string, number> = {};
    for (const d of diagnostics) {
      bySeverity[d.severity]++;
      hits[d.ruleId] = (hits[d.ruleId] ?? 0) + 1;
    }
    const c: SummaryCall = {
      file,
      id,
      autoFailItems: rec?.score?.autoFailItems ?? [],
      failedItems: rec?.score?.items.filter((i) => i.status === 'fail').map((i) => i.id) ?? [],
      findings: diagnostics.length,
      bySeverity,
      hits,
      checked: rec ? rec.checked : null,
    };
    if (rec?.agent !== undefined) c.agent = rec.agent;
    if (rec?.score) c.score = rec.score.score;
    return c;
  };
  if (r.calls) return r.calls.map((rec) => make(rec.id, byCall.get(rec.id) ?? [], rec));
  if (byCall.size === 0) return [make(null, [])];
  return [...byCall.entries()].map(([id, ds]) => make(id, ds));
}

/** The summary of `results` (all the files of a run). */
export function buildSummary(results: readonly FileResult[], cwd: string): Summary {
  const builder = new SummaryBuilder(cwd);
  for (const r of results) builder.add(r);
  return builder.build();
}

/**
 * What a summary needs from each file, gathered as the results arrive (a streamed report keeps
 * each file's calls as SummaryCalls, not the file's whole result).
 */
class SummaryBuilder {
  private readonly calls: SummaryCall[] = [];
  private files = 0;
  private filesSkipped = 0;
  private scorecard = '';

  constructor(private readonly cwd: string) {}

  add(r: FileResult): void {
    this.files++;
    if (r.fatal) {
      this.filesSkipped++;
      return;
    }
    for (const c of callsOf(r, this.cwd)) this.calls.push(c);
    if (this.scorecard === '') this.scorecard = r.calls?.find((c) => c.score)?.score?.scorecard ?? '';
  }

  build(): Summary {
    return summaryOf(this.calls, this.files, this.filesSkipped, this.scorecard);
  }
}

function summaryOf(calls: readonly SummaryCall[], files: number, filesSkipped: number, scorecard: string): Summary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const c of calls) for (const s of ['error', 'warning', 'info'] as const) bySeverity[s] += c.bySeverity[s];

  // A rule's calls are those it was checked on or reported in (every rule's, for a call that does
  // not say what was checked); counted in one pass over the calls (a filter per rule over every
  // call took ~6 % of a summary run over the bench's 20,000 calls).
  const figures = new Map<string, { hits: number; callsWithHit: number; calls: number; lastCall: number }>();
  const figuresOf = (ruleId: string): { hits: number; callsWithHit: number; calls: number; lastCall: number } => {
    let f = figures.get(ruleId);
    if (f === undefined) figures.set(ruleId, (f = { hits: 0, callsWithHit: 0, calls: 0, lastCall: -1 }));
    return f;
  };
  let everyRule = 0;
  calls.forEach((c, i) => {
    if (c.checked === null) everyRule++;
    else {
      for (const id of c.checked) {
        const f = figuresOf(id);
        if (f.lastCall !== i) {
          f.lastCall = i;
          f.calls++;
        }
      }
    }
    for (const id of Object.keys(c.hits)) {
      const f = figuresOf(id);
      const n = c.hits[id] ?? 0;
      if (n <= 0) continue;
      f.hits += n;
      f.callsWithHit++;
      if (c.checked !== null && f.lastCall !== i) {
        f.lastCall = i;
        f.calls++;
      }
    }
  });
  const rules: RuleFigures[] = [...figures].map(([ruleId, f]) => {
    const relevant = f.calls + everyRule;
    return { ruleId, hits: f.hits, callsWithHit: f.callsWithHit, calls: relevant, rate: relevant === 0 ? 0 : f.callsWithHit / relevant };
  });
  rules.sort((a, b) => b.callsWithHit - a.callsWithHit || b.hits - a.hits || a.ruleId.localeCompare(b.ruleId));

  const scored = calls.filter((c) => c.score !== undefined);
  let scores: Summary['scores'] = null;
  if (scored.length > 0) {
    const values = scored.map((c) => c.score as number).sort((a, b) => a - b);
    const mid = Math.floor(values.length / 2);
    const median = values.length % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
    const buckets: ScoreBucket[] = [];
    for (let lo = 0; lo < 100; lo += 10) buckets.push({ label: `${lo}–${lo + 9}`, min: lo, max: lo + 10, calls: 0 });
    buckets.push({ label: '100', min: 100, max: 100, calls: 0 });
    for (const v of values) {
      const b = v >= 100 ? buckets[10]! : buckets[Math.floor(v / 10)]!;
      b.calls++;
    }
    scores = {
      scorecard,
      scored: values.length,
      mean: round1(values.reduce((a, b) => a + b, 0) / values.length),
      median: round1(median),
      min: values[0]!,
      max: values[values.length - 1]!,
      autoFailed: scored.filter((c) => c.autoFailItems.length > 0).length,
      buckets,
    };
  }

  const worst = calls
    .filter((c) => c.findings > 0 || (c.score !== undefined && c.score < 100))
    .sort(
      (a, b) =>
        (a.score ?? 101) - (b.score ?? 101) ||
        b.bySeverity.error - a.bySeverity.error ||
        b.bySeverity.warning - a.bySeverity.warning ||
        b.findings - a.findings ||
        a.file.localeCompare(b.file) ||
        String(a.id).localeCompare(String(b.id)),
    )
    .slice(0, WORST_CALLS);

  const agentNames = [...new Set(calls.map((c) => c.agent).filter((a): a is string => a !== undefined))].sort((a, b) => a.localeCompare(b));
  const agents: AgentFigures[] = agentNames.map((agent) => {
    const mine = calls.filter((c) => c.agent === agent);
    const scoredMine = mine.filter((c) => c.score !== undefined);
    return {
      agent,
      calls: mine.length,
      callsWithFindings: mine.filter((c) => c.findings > 0).length,
      findings: mine.reduce((n, c) => n + c.findings, 0),
      meanScore: scoredMine.length === 0 ? null : round1(scoredMine.reduce((n, c) => n + (c.score as number), 0) / scoredMine.length),
      autoFailed: mine.filter((c) => c.autoFailItems.length > 0).length,
    };
  });

  return {
    files,
    filesSkipped,
    calls: calls.length,
    callsWithFindings: calls.filter((c) => c.findings > 0).length,
    findings: calls.reduce((n, c) => n + c.findings, 0),
    bySeverity,
    rules,
    scores,
    worst,
    agents,
  };
}

const pct = (n: number): string => `${(n * 100).toFixed(1)}%`;
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function table(rows: string[][], rightAligned: ReadonlySet<number>): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) =>
    r
      .map((cell, i) => (rightAligned.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

function callName(c: SummaryCall): string {
  return c.id !== null ? `${c.file}#${c.id}` : c.file;
}

export function summaryText(s: Summary): string {
  const out: string[] = [];
  const skipped = s.filesSkipped > 0 ? ` (${plural(s.filesSkipped, 'file')} skipped)` : '';
  out.push(`talklint summary: ${plural(s.calls, 'call')} in ${plural(s.files, 'file')}${skipped}`);
  out.push(
    `  ${plural(s.findings, 'finding')} (${plural(s.bySeverity.error, 'error')}, ${plural(s.bySeverity.warning, 'warning')}, ${s.bySeverity.info} info) in ${plural(s.callsWithFindings, 'call')}` +
      (s.calls > 0 ? ` (${pct(s.callsWithFindings / s.calls)} of calls)` : ''),
  );
  out.push('');
  if (s.rules.length > 0) {
    out.push('Rules');
    const rows = [['  rule', 'hits', 'calls with a hit', 'rate']];
    for (const r of s.rules) rows.push([`  ${r.ruleId}`, String(r.hits), `${r.callsWithHit}/${r.calls}`, pct(r.rate)]);
    out.push(...table(rows, new Set([1, 2, 3])));
    out.push('');
  }
  if (s.scores) {
    const sc = s.scores;
    out.push(`Scores (scorecard ${sc.scorecard}): ${plural(sc.scored, 'call')} scored, mean ${sc.mean}, median ${sc.median}, min ${sc.min}, max ${sc.max}, ${sc.autoFailed} auto-failed`);
    const most = Math.max(...sc.buckets.map((b) => b.calls), 1);
    const rows = sc.buckets.map((b) => [`  ${b.label}`, String(b.calls), '#'.repeat(Math.round((b.calls / most) * 20))]);
    out.push(...table(rows, new Set([1])));
    out.push('');
  }
  if (s.worst.length > 0) {
    out.push('Worst calls');
    const rows = [['  call', 'agent', 'score', 'errors', 'warnings', 'info', 'failed items']];
    for (const c of s.worst) {
      const failed = c.autoFailItems.length > 0 ? `auto-fail: ${c.autoFailItems.join(', ')}; ${c.failedItems.filter((i) => !c.autoFailItems.includes(i)).join(', ')}` : c.failedItems.join(', ');
      rows.push([`  ${callName(c)}`, c.agent ?? '-', c.score !== undefined ? String(c.score) : '-', String(c.bySeverity.error), String(c.bySeverity.warning), String(c.bySeverity.info), failed.replace(/; $/, '')]);
    }
    out.push(...table(rows, new Set([2, 3, 4, 5])));
    out.push('');
  }
  if (s.agents.length > 0) {
    out.push('Agents');
    const rows = [['  agent', 'calls', 'with findings', 'findings', 'per call', 'mean score', 'auto-failed']];
    for (const a of s.agents) {
      rows.push([`  ${a.agent}`, String(a.calls), String(a.callsWithFindings), String(a.findings), (a.findings / a.calls).toFixed(1), a.meanScore !== null ? String(a.meanScore) : '-', String(a.autoFailed)]);
    }
    out.push(...table(rows, new Set([1, 2, 3, 4, 5, 6])));
    out.push('');
  }
  return out.join('\n');
}

function csvCell(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One table in long form: `table,key,calls,calls_with_hit,hits,rate,score`. */
export function summaryCsv(s: Summary): string {
  const rows: Array<Array<string | number | null>> = [['table', 'key', 'calls', 'calls_with_hit', 'hits', 'rate', 'score']];
  rows.push(['total', 'all', s.calls, s.callsWithFindings, s.findings, s.calls ? round4(s.callsWithFindings / s.calls) : 0, s.scores ? s.scores.mean : null]);
  for (const r of s.rules) rows.push(['rule', r.ruleId, r.calls, r.callsWithHit, r.hits, round4(r.rate), null]);
  if (s.scores) for (const b of s.scores.buckets) rows.push(['score', b.label, b.calls, null, null, null, null]);
  for (const a of s.agents) rows.push(['agent', a.agent, a.calls, a.callsWithFindings, a.findings, round4(a.callsWithFindings / a.calls), a.meanScore]);
  for (const c of s.worst) rows.push(['worst', callName(c), 1, c.findings > 0 ? 1 : 0, c.findings, null, c.score ?? null]);
  return rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

const round4 = (n: number): number => Math.round(n * 10000) / 10000;

/** A summary report written at the end of a stream that keeps only each file's calls. */
function summaryStream(render: (s: Summary) => string): (ctx: FormatterContext) => FormatterStream {
  return (ctx) => {
    const builder = new SummaryBuilder(ctx.cwd);
    return {
      file(r: FileResult): string {
        builder.add(r);
        return '';
      },
      end: () => render(builder.build()),
    };
  };
}

function summaryFormatter(name: string, description: string, render: (s: Summary) => string): Formatter {
  const stream = summaryStream(render);
  return { name, description, usesFingerprints: false, stream, format: (results, ctx) => streamAll(stream(ctx), results) };
}

export const summary = summaryFormatter('summary', 'Figures over all calls: per-rule hit rates, score distribution, worst calls, per-agent figures', summaryText);

export const summaryJson = summaryFormatter('summary-json', 'The summary figures as JSON', (s) => JSON.stringify(s, null, 2) + '\n');

export const summaryCsvFormatter = summaryFormatter('summary-csv', 'The summary figures as one CSV table in long form (table,key,calls,calls_with_hit,hits,rate,score)', summaryCsv);
