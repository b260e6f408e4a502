/**
 * Scoring one call with a scorecard (the formula is in docs/scorecards.md):
 *
 *   item status: na   when none of its rules was checked on the call, or its `na` condition holds;
 *                fail when its rules reported at least one diagnostic in the call;
 *                pass otherwise.
 *   score      = 0 when a failed item is `autoFail`; else
 *                100 × Σ weight(pass) / Σ weight(pass + fail), rounded to one decimal;
 *                100 when no weight is applicable.
 */
import type { CallScore, Diagnostic, ScoreItemResult } from '../types.js';
import { refMatches, type Scorecard, type ScorecardItem } from './definition.js';

/** What is known about a call besides its diagnostics (FileResult.calls gives all of it). */
export interface CallInfo {
  /**
   * Rule ids checked on the call. Items none of whose rules were checked are `na`. When absent,
   * every rule counts as checked.
   */
  checked?: readonly string[];
  /** Rule ids whose condition fired (conditional triggers). Rules with a diagnostic count too. */
  triggered?: readonly string[];
  /** Ids of the scorecard's `unlessSaid` conditions that occurred. */
  said?: readonly string[];
}

export function scoreCall(scorecard: Scorecard, diagnostics: readonly Diagnostic[], info: CallInfo = {}): CallScore {
  const hitRules = new Set(diagnostics.map((d) => d.ruleId));
  const triggered = new Set([...(info.triggered ?? []), ...hitRules]);
  const said = new Set(info.said ?? []);
  const items: ScoreItemResult[] = [];
  let passedWeight = 0;
  let applicableWeight = 0;
  const autoFailItems: string[] = [];
  for (const item of scorecard.items) {
    const hits = diagnostics.filter((d) => refMatches(item.rules, d.ruleId)).length;
    const base: Omit<ScoreItemResult, 'status'> = {
      id: item.id,
      section: item.section,
      ...(item.title !== undefined ? { title: item.title } : {}),
      weight: item.weight,
      hits,
      autoFail: item.autoFail,
    };
    const reason = notApplicable(item, info.checked, triggered, hitRules, said);
    if (reason !== null) {
      items.push({ ...base, status: 'na', reason });
      continue;
    }
    applicableWeight += item.weight;
    if (hits > 0) {
      items.push({ ...base, status: 'fail' });
      if (item.autoFail) autoFailItems.push(item.id);
    } else {
      passedWeight += item.weight;
      items.push({ ...base, status: 'pass' });
    }
  }
  const autoFailed = autoFailItems.length > 0;
  const score = autoFailed ? 0 : applicableWeight === 0 ? 100 : Math.round((1000 * passedWeight) / applicableWeight) / 10;
  return { scorecard: scorecard.id, score, autoFailed, autoFailItems, items, passedWeight, applicableWeight };
}

function notApplicable(
  item: ScorecardItem,
  checked: readonly string[] | undefined,
  triggered: ReadonlySet<string>,
  hit: ReadonlySet<string>,
  said: ReadonlySet<string>,
): string | null {
  if (checked !== undefined && !checked.some((id) => refMatches(item.rules, id))) return 'none of its rules was checked on this call';
  const na = item.na;
  if (!na) return null;
  if (na.kind === 'unlessTriggered' && ![...triggered].some((id) => refMatches(na.rules, id))) {
    return `the condition of ${na.rules.map((r) => r.text).join(', ')} did not occur`;
  }
  if (na.kind === 'unlessHit' && ![...hit].some((id) => refMatches(na.rules, id))) {
    return `${na.rules.map((r) => r.text).join(', ')} reported nothing`;
  }
  if (na.kind === 'unlessSaid' && !said.has(na.condition)) return 'none of its phrases was said';
  return null;
}
