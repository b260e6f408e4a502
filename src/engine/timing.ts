/**
 * Where a run's time goes, when asked (`talklint --timing`, `RunFilesOptions.timing`): a sink the
 * linter and the file reader add their times to, summed over every file of a thread, and over
 * every thread of a run (a worker thread sends its sink's figures with each batch of results).
 *
 * Nothing is timed unless a sink is set (Linter.timing): a run without it reads one property per
 * call and per `{regex}` pattern tried, and calls no clock.
 *
 * The stages of a file: reading its bytes; decoding and parsing them into calls (for a large
 * export read in pieces or in byte ranges, reading is counted here too); detecting the calls'
 * languages; matching (normalising each turn, the phrase matcher, the `{regex}` patterns); the
 * rules' checks; and finishing (the line index, inline directives, sorting, fingerprints, call
 * records). The matcher tries every pattern of every rule in one pass over a turn, so only its
 * `{regex}` patterns' time can be given per rule (`regexMs`); a rule's `checkMs` is its kind's
 * check.
 */

/** Milliseconds by stage, summed over files (and threads). */
export interface StageTimes {
  read: number;
  parse: number;
  languages: number;
  match: number;
  rules: number;
  finish: number;
}

/** One rule's time, summed over calls (and threads). */
export interface RuleTime {
  /** Calls the rule was checked in. */
  calls: number;
  /** Milliseconds in its kind's check. */
  checkMs: number;
  /** Milliseconds running its `{regex}` patterns (its patterns, exceptions and extra lists). */
  regexMs: number;
}

/** What a run's sink holds: plain data (it crosses from worker threads as it is). */
export interface LintTimes {
  /** Files (and byte ranges of large exports) linted. */
  tasks: number;
  /** Bytes of input read (whole files, pieces and ranges). */
  bytes: number;
  /** Milliseconds from the start to the end of every task (the sum of the stages). */
  taskMs: number;
  stages: StageTimes;
  /** By rule id; `{regex}` patterns of a scorecard's conditions are under `(scorecard)`. */
  rules: Record<string, RuleTime>;
}

export function emptyTimes(): LintTimes {
  return { tasks: 0, bytes: 0, taskMs: 0, stages: { read: 0, parse: 0, languages: 0, match: 0, rules: 0, finish: 0 }, rules: {} };
}

/** Adds `from` into `into` (from a worker thread's batch, or another thread's sink). */
export function addTimes(into: LintTimes, from: LintTimes): void {
  into.tasks += from.tasks;
  into.bytes += from.bytes;
  into.taskMs += from.taskMs;
  for (const k of Object.keys(into.stages) as Array<keyof StageTimes>) into.stages[k] += from.stages[k];
  for (const [id, t] of Object.entries(from.rules)) {
    const r = ruleTime(into, id);
    r.calls += t.calls;
    r.checkMs += t.checkMs;
    r.regexMs += t.regexMs;
  }
}

/** The entry of rule `id` in `times`, made when missing. */
export function ruleTime(times: LintTimes, id: string): RuleTime {
  let r = times.rules[id];
  if (r === undefined) {
    r = { calls: 0, checkMs: 0, regexMs: 0 };
    times.rules[id] = r;
  }
  return r;
}

/** Whether `times` has anything in it (a worker sends nothing for a batch it did not time). */
export function hasTimes(times: LintTimes): boolean {
  return times.tasks > 0 || Object.keys(times.rules).length > 0;
}
