import { shownPath, streamAll } from './shared.js';
export const WORST_CALLS = 10;
const round1 = (n) => Math.round(n * 10) / 10;
/** The calls of one file, from its recorded calls or from its diagnostics. */
export function callsOf(r, cwd) {
    const file = shownPath(r, cwd);
    const byCall = new Map();
    for (const d of r.diagnostics) {
        const id = d.callId ?? null;
        const list = byCall.get(id) ?? [];
        list.push(d);
        byCall.set(id, list);
    }
    const make = (id, diagnostics, rec) => {
        const bySeverity = { error: 0, warning: 0, info: 0 };
        const hits = {};
        for (const d of diagnostics) {
            bySeverity[d.severity]++;
            hits[d.ruleId] = (hits[d.ruleId] ?? 0) + 1;
        }
        const c = {
            file,
            id,
            autoFailItems: rec?.score?.autoFailItems ?? [],
            failedItems: rec?.score?.items.filter((i) => i.status === 'fail').map((i) => i.id) ?? [],
            findings: diagnostics.length,
            bySeverity,
            hits,
            checked: rec ? rec.checked : null,
        };
        if (rec?.agent !== undefined)
            c.agent = rec.agent;
        if (rec?.score)
            c.score = rec.score.score;
        return c;
    };
    if (r.calls)
        return r.calls.map((rec) => make(rec.id, byCall.get(rec.id) ?? [], rec));
    if (byCall.size === 0)
        return [make(null, [])];
    return [...byCall.entries()].map(([id, ds]) => make(id, ds));
}
/** The summary of `results` (all the files of a run). */
export function buildSummary(results, cwd) {
    const builder = new SummaryBuilder(cwd);
    for (const r of results)
        builder.add(r);
    return builder.build();
}
/**
 * What a summary needs from each file, gathered as the results arrive (a streamed report keeps
 * each file's calls as SummaryCalls, not the file's whole result).
 */
class SummaryBuilder {
    cwd;
    calls = [];
    files = 0;
    filesSkipped = 0;
    scorecard = '';
    constructor(cwd) {
        this.cwd = cwd;
    }
    add(r) {
        this.files++;
        if (r.fatal) {
            this.filesSkipped++;
            return;
        }
        for (const c of callsOf(r, this.cwd))
            this.calls.push(c);
        if (this.scorecard === '')
            this.scorecard = r.calls?.find((c) => c.score)?.score?.scorecard ?? '';
    }
    build() {
        return summaryOf(this.calls, this.files, this.filesSkipped, this.scorecard);
    }
}
function summaryOf(calls, files, filesSkipped, scorecard) {
    const bySeverity = { error: 0, warning: 0, info: 0 };
    for (const c of calls)
        for (const s of ['error', 'warning', 'info'])
            bySeverity[s] += c.bySeverity[s];
    const ruleIds = new Set();
    for (const c of calls) {
        for (const id of Object.keys(c.hits))
            ruleIds.add(id);
        for (const id of c.checked ?? [])
            ruleIds.add(id);
    }
    const rules = [...ruleIds].map((ruleId) => {
        const relevant = calls.filter((c) => c.checked === null || c.checked.includes(ruleId) || (c.hits[ruleId] ?? 0) > 0);
        const withHit = relevant.filter((c) => (c.hits[ruleId] ?? 0) > 0).length;
        const hits = relevant.reduce((n, c) => n + (c.hits[ruleId] ?? 0), 0);
        return { ruleId, hits, callsWithHit: withHit, calls: relevant.length, rate: relevant.length === 0 ? 0 : withHit / relevant.length };
    });
    rules.sort((a, b) => b.callsWithHit - a.callsWithHit || b.hits - a.hits || a.ruleId.localeCompare(b.ruleId));
    const scored = calls.filter((c) => c.score !== undefined);
    let scores = null;
    if (scored.length > 0) {
        const values = scored.map((c) => c.score).sort((a, b) => a - b);
        const mid = Math.floor(values.length / 2);
        const median = values.length % 2 === 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
        const buckets = [];
        for (let lo = 0; lo < 100; lo += 10)
            buckets.push({ label: `${lo}–${lo + 9}`, min: lo, max: lo + 10, calls: 0 });
        buckets.push({ label: '100', min: 100, max: 100, calls: 0 });
        for (const v of values) {
            const b = v >= 100 ? buckets[10] : buckets[Math.floor(v / 10)];
            b.calls++;
        }
        scores = {
            scorecard,
            scored: values.length,
            mean: round1(values.reduce((a, b) => a + b, 0) / values.length),
            median: round1(median),
            min: values[0],
            max: values[values.length - 1],
            autoFailed: scored.filter((c) => c.autoFailItems.length > 0).length,
            buckets,
        };
    }
    const worst = calls
        .filter((c) => c.findings > 0 || (c.score !== undefined && c.score < 100))
        .sort((a, b) => (a.score ?? 101) - (b.score ?? 101) ||
        b.bySeverity.error - a.bySeverity.error ||
        b.bySeverity.warning - a.bySeverity.warning ||
        b.findings - a.findings ||
        a.file.localeCompare(b.file) ||
        String(a.id).localeCompare(String(b.id)))
        .slice(0, WORST_CALLS);
    const agentNames = [...new Set(calls.map((c) => c.agent).filter((a) => a !== undefined))].sort((a, b) => a.localeCompare(b));
    const agents = agentNames.map((agent) => {
        const mine = calls.filter((c) => c.agent === agent);
        const scoredMine = mine.filter((c) => c.score !== undefined);
        return {
            agent,
            calls: mine.length,
            callsWithFindings: mine.filter((c) => c.findings > 0).length,
            findings: mine.reduce((n, c) => n + c.findings, 0),
            meanScore: scoredMine.length === 0 ? null : round1(scoredMine.reduce((n, c) => n + c.score, 0) / scoredMine.length),
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
const pct = (n) => `${(n * 100).toFixed(1)}%`;
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function table(rows, rightAligned) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
    return rows.map((r) => r
        .map((cell, i) => (rightAligned.has(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
        .join('  ')
        .trimEnd());
}
function callName(c) {
    return c.id !== null ? `${c.file}#${c.id}` : c.file;
}
export function summaryText(s) {
    const out = [];
    const skipped = s.filesSkipped > 0 ? ` (${plural(s.filesSkipped, 'file')} skipped)` : '';
    out.push(`talklint summary: ${plural(s.calls, 'call')} in ${plural(s.files, 'file')}${skipped}`);
    out.push(`  ${plural(s.findings, 'finding')} (${plural(s.bySeverity.error, 'error')}, ${plural(s.bySeverity.warning, 'warning')}, ${s.bySeverity.info} info) in ${plural(s.callsWithFindings, 'call')}` +
        (s.calls > 0 ? ` (${pct(s.callsWithFindings / s.calls)} of calls)` : ''));
    out.push('');
    if (s.rules.length > 0) {
        out.push('Rules');
        const rows = [['  rule', 'hits', 'calls with a hit', 'rate']];
        for (const r of s.rules)
            rows.push([`  ${r.ruleId}`, String(r.hits), `${r.callsWithHit}/${r.calls}`, pct(r.rate)]);
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
function csvCell(v) {
    if (v === null)
        return '';
    const s = String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
/** One table in long form: `table,key,calls,calls_with_hit,hits,rate,score`. */
export function summaryCsv(s) {
    const rows = [['table', 'key', 'calls', 'calls_with_hit', 'hits', 'rate', 'score']];
    rows.push(['total', 'all', s.calls, s.callsWithFindings, s.findings, s.calls ? round4(s.callsWithFindings / s.calls) : 0, s.scores ? s.scores.mean : null]);
    for (const r of s.rules)
        rows.push(['rule', r.ruleId, r.calls, r.callsWithHit, r.hits, round4(r.rate), null]);
    if (s.scores)
        for (const b of s.scores.buckets)
            rows.push(['score', b.label, b.calls, null, null, null, null]);
    for (const a of s.agents)
        rows.push(['agent', a.agent, a.calls, a.callsWithFindings, a.findings, round4(a.callsWithFindings / a.calls), a.meanScore]);
    for (const c of s.worst)
        rows.push(['worst', callName(c), 1, c.findings > 0 ? 1 : 0, c.findings, null, c.score ?? null]);
    return rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}
const round4 = (n) => Math.round(n * 10000) / 10000;
/** A summary report written at the end of a stream that keeps only each file's calls. */
function summaryStream(render) {
    return (ctx) => {
        const builder = new SummaryBuilder(ctx.cwd);
        return {
            file(r) {
                builder.add(r);
                return '';
            },
            end: () => render(builder.build()),
        };
    };
}
function summaryFormatter(name, description, render) {
    const stream = summaryStream(render);
    return { name, description, usesFingerprints: false, stream, format: (results, ctx) => streamAll(stream(ctx), results) };
}
export const summary = summaryFormatter('summary', 'Figures over all calls: per-rule hit rates, score distribution, worst calls, per-agent figures', summaryText);
export const summaryJson = summaryFormatter('summary-json', 'The summary figures as JSON', (s) => JSON.stringify(s, null, 2) + '\n');
export const summaryCsvFormatter = summaryFormatter('summary-csv', 'The summary figures as one CSV table in long form (table,key,calls,calls_with_hit,hits,rate,score)', summaryCsv);
