/**
 * `limit`: counts the matches in the speaker's turns over the whole call; more than `max` is one
 * finding, placed on the first match over the limit.
 */
import type { RuleKind } from './kind.js';

export interface LimitOptions {
  max: number;
}

export const limit: RuleKind<LimitOptions> = {
  type: 'limit',
  description: 'Reports a call in which the phrases occur more than `max` times.',
  optionKeys: ['max'],
  placeholders: ['count', 'max'],
  needsPatterns: true,
  readOptions(r) {
    return { max: r.integer('max', { min: 0, required: true }) ?? 0 };
  },
  check(rule, call) {
    const max = rule.def.options.max;
    let count = 0;
    let over: { turn: (typeof call.turns)[number]; match: ReturnType<typeof call.matches>[number] } | null = null;
    for (const turn of call.scopedTurns(rule)) {
      for (const match of call.matches(rule, turn)) {
        count++;
        if (count === max + 1) over = { turn, match };
      }
    }
    if (over) call.reportMatch(rule, over.turn, over.match, { count, max });
  },
};
