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
import type { FileResult, Severity } from '../types.js';
import type { Formatter } from './index.js';
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
    scores: null | {
        scorecard: string;
        scored: number;
        mean: number;
        median: number;
        min: number;
        max: number;
        autoFailed: number;
        buckets: ScoreBucket[];
    };
    worst: SummaryCall[];
    agents: AgentFigures[];
}
export declare const WORST_CALLS = 10;
/** The calls of one file, from its recorded calls or from its diagnostics. */
export declare function callsOf(r: FileResult, cwd: string): SummaryCall[];
/** The summary of `results` (all the files of a run). */
export declare function buildSummary(results: readonly FileResult[], cwd: string): Summary;
export declare function summaryText(s: Summary): string;
/** One table in long form: `table,key,calls,calls_with_hit,hits,rate,score`. */
export declare function summaryCsv(s: Summary): string;
export declare const summary: Formatter;
export declare const summaryJson: Formatter;
export declare const summaryCsvFormatter: Formatter;
