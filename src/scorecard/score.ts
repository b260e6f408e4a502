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

/** Per scorecard: rule id → indexes of the items whose `rules` take it (worked out once per rule id). */
const itemsByRule = new WeakMap<Scorecard, Map<string, number[]>>();

function itemsOf(scorecard: Scorecard, ruleId: string): number[] {
  let byRule = itemsByRule.get(scorecard);
  if (byRule === undefined) itemsByRule.set(scorecard, (byRule = new Map()));
  let items = byRule.get(ruleId);
  if (items === undefined) {
    items = [];
    scorecard.items.forEach((item, k) => {
      if (refMatches(item.rules, ruleId)) items!.push(k);
    });
    byRule.set(ruleId, items);
  }
  return items;
}

export function scoreCall(scorecard: Scorecard, diagnostics: readonly Diagnostic[], info: CallInfo = {}): CallScore {
  const hitRules = new Set(diagnostics.map((d) => d.ruleId));
  const triggered = new Set([...(info.triggered ?? []), ...hitRules]);
  const said = new Set(info.said ?? []);
  const items: ScoreItemResult[] = [];
  let passedWeight = 0;
  let applicableWeight = 0;
  const autoFailItems: string[] = [];
  // Each item's findings and whether any of its rules was checked, from one pass over the
  // call's findings and checked rules (asking every item about every checked rule took ~4 % of a
  // scored run over the bench's 20,000 calls).
  const n = scorecard.items.length;
  const hitsOf = new Array<number>(n).fill(0);
  for (const d of diagnostics) for (const k of itemsOf(scorecard, d.ruleId)) hitsOf[k]!++;
  let checkedItems: boolean[] | undefined;
  if (info.checked !== undefined) {
    checkedItems = new Array<boolean>(n).fill(false);
    for (const id of info.checked) for (const k of itemsOf(scorecard, id)) checkedItems[k] = true;
  }
  for (let k = 0; k < n; k++) {
    const item = scorecard.items[k]!;
    const hits = hitsOf[k]!;
    const reason = notApplicable(item, checkedItems === undefined ? true : checkedItems[k]!, triggered, hitRules, said);
    if (reason !== null) {
      const na = itemResult(item, hits, 'na');
      na.reason = reason;
      items.push(na);
      continue;
    }
    applicableWeight += item.weight;
    if (hits > 0) {
      items.push(itemResult(item, hits, 'fail'));
      if (item.autoFail) autoFailItems.push(item.id);
    } else {
      passedWeight += item.weight;
      items.push(itemResult(item, hits, 'pass'));
    }
  }
  const autoFailed = autoFailItems.length > 0;
  const score = autoFailed ? 0 : applicableWeight === 0 ? 100 : Math.round((1000 * passedWeight) / applicableWeight) / 10;
  return { scorecard: scorecard.id, score, autoFailed, autoFailItems, items, passedWeight, applicableWeight };
}

/**
 * An item's result, its keys in the order reports show them (object literals, not spreads of a
 * base object: ~20 items a call, and the spreads were most of scoring's time).
 */
function itemResult(item: ScorecardItem, hits: number, status: ScoreItemResult['status']): ScoreItemResult {
  return item.title !== undefined
    ? { id: item.id, section: item.section, title: item.title, weight: item.weight, hits, autoFail: item.autoFail, status }
    : { id: item.id, section: item.section, weight: item.weight, hits, autoFail: item.autoFail, status };
}

function notApplicable(
  item: ScorecardItem,
  /** Whether one of the item's rules was checked on the call (true when the call does not say). */
  checked: boolean,
  triggered: ReadonlySet<string>,
  hit: ReadonlySet<string>,
  said: ReadonlySet<string>,
): string | null {
  if (!checked) return 'none of its rules was checked on this call';
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
