/**
 * `talklint --timing`: where a run's time went, printed to standard error after the report (so the
 * report itself is unchanged). The figures come from the run's LintTimes (engine/timing.ts) and
 * from the command line's own clock for what happens in this thread only.
 */
import type { LintTimes, StageTimes } from '../engine/timing.js';

export interface TimingReport {
  times: LintTimes;
  /** Files given to the run (after --shard), and how many of them came from --cache unlinted. */
  files: number;
  fromCache: number;
  /** Threads that linted: this one (if it lints) and the workers that started. */
  workers: number;
  /** Milliseconds of this thread: set-up, finding the files, the run (wall), the report. */
  setupMs: number;
  findMs: number;
  runMs: number;
  reportMs: number;
}

/** Rules shown, the slowest first. */
const TOP_RULES = 10;

const STAGES: ReadonlyArray<[keyof StageTimes, string]> = [
  ['read', 'reading files'],
  ['parse', 'decoding and parsing'],
  ['languages', 'detecting languages'],
  ['match', 'matching (normalising, phrases, {regex})'],
  ['rules', 'rule checks'],
  ['finish', 'directives, sorting, call records'],
];

const ms = (n: number): string => Math.round(n).toLocaleString('en-US');
/** Files a second: whole numbers, but one decimal under ten (one large export in 4.5 s: 0.2). */
const rate = (n: number): string => (n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString('en-US'));
const pct = (part: number, whole: number): string => (whole > 0 ? ((100 * part) / whole).toFixed(1) : '0.0') + ' %';

/** The report as text (lines ending in a newline). */
export function formatTiming(r: TimingReport): string {
  const t = r.times;
  const mb = t.bytes / 1e6;
  const seconds = r.runMs / 1000;
  const threads = r.workers === 0 ? 'this thread only' : `this thread and ${r.workers} worker ${r.workers === 1 ? 'thread' : 'threads'}`;
  const linted = r.files - r.fromCache;
  const out: string[] = [];
  out.push(
    `talklint --timing: ${r.files.toLocaleString('en-US')} ${r.files === 1 ? 'file' : 'files'}` +
      (r.fromCache > 0 ? ` (${r.fromCache.toLocaleString('en-US')} from the cache, ${linted.toLocaleString('en-US')} linted)` : '') +
      `, ${mb.toFixed(1)} MB linted in ${seconds.toFixed(2)} s` +
      (seconds > 0 && linted > 0 ? ` (${(mb / seconds).toFixed(1)} MB/s, ${rate(linted / seconds)} files/s)` : '') +
      `; ${threads}`,
  );
  const rows: Array<[string, number, string]> = [
    ['set-up (config, packs)', r.setupMs, ''],
    ['finding the files', r.findMs, ''],
    ['linting (wall clock)', r.runMs, ''],
    ['  summed over the threads', t.taskMs, pct(t.taskMs, t.taskMs)],
    ...STAGES.map(([k, label]): [string, number, string] => [`    ${label}`, t.stages[k], pct(t.stages[k], t.taskMs)]),
    ['report (this thread: formatting, writing)', r.reportMs, ''],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const numWidth = Math.max(...rows.map(([, n]) => ms(n).length));
  for (const [label, n, share] of rows) out.push(`  ${label.padEnd(width)}  ${ms(n).padStart(numWidth)} ms${share ? `  ${share.padStart(7)}` : ''}`);

  const rules = Object.entries(t.rules).sort((a, b) => b[1].checkMs + b[1].regexMs - (a[1].checkMs + a[1].regexMs) || a[0].localeCompare(b[0]));
  const top = rules.slice(0, TOP_RULES);
  if (top.length > 0) {
    out.push(`  rules by time (check + {regex} patterns), ${top.length < rules.length ? `the ${top.length} slowest of ${rules.length}` : `all ${rules.length}`}:`);
    const cells = top.map(([id, x]) => [ms(x.checkMs + x.regexMs), ms(x.checkMs), ms(x.regexMs), x.calls.toLocaleString('en-US'), id]);
    const head = ['ms', 'check', '{regex}', 'calls', 'rule'];
    const w = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
    const line = (c: string[]): string => `    ${c.slice(0, 4).map((x, i) => x.padStart(w[i]!)).join('  ')}  ${c[4]}`;
    out.push(line(head));
    for (const c of cells) out.push(line(c));
  }
  return out.join('\n') + '\n';
}
