/**
 * The per-call record the linter keeps when asked (FileResult.calls): which rules ran, which
 * conditions fired, which scorecard phrases were said, hits per rule, and the score.
 */
import type { CallContext } from '../engine/call-context.js';
import { matchesOf } from '../pattern/matcher.js';
import type { PatternDef } from '../packs/definition.js';
import type { Call, CallResult, Diagnostic, Language, SpeakerScope } from '../types.js';
import type { Scorecard } from './definition.js';
import { scoreCall } from './score.js';

export interface CompiledConditions {
  said: Array<{ id: string; speaker: SpeakerScope; group: number }>;
}

/** Registers the scorecard's phrase conditions in the linter's matcher (once, at construction). */
export function compileConditions(scorecard: Scorecard, addGroup: (defs: PatternDef[]) => number): CompiledConditions {
  return { said: scorecard.said.map((c) => ({ id: c.id, speaker: c.speaker, group: addGroup(c.patterns) })) };
}

export function recordCall(args: {
  call: Call;
  ctx: CallContext | null;
  languages: Language[];
  checked: string[];
  diagnostics: readonly Diagnostic[];
  conditions: CompiledConditions | null;
  scorecard: Scorecard | undefined;
}): CallResult {
  const { call, ctx } = args;
  const hits: Record<string, number> = {};
  for (const d of args.diagnostics) hits[d.ruleId] = (hits[d.ruleId] ?? 0) + 1;
  const said: string[] = [];
  if (ctx && args.conditions) {
    for (const c of args.conditions.said) {
      if (ctx.speakerTurns(c.speaker).some((t) => (matchesOf(t, c.group)?.length ?? 0) > 0)) said.push(c.id);
    }
  }
  const triggered = ctx ? [...ctx.triggered].sort() : [];
  const result: CallResult = {
    id: call.id,
    ...(call.agent !== undefined ? { agent: call.agent } : {}),
    turns: call.turns.length,
    languages: args.languages,
    checked: args.checked,
    triggered,
    said,
    hits,
  };
  if (args.scorecard) result.score = scoreCall(args.scorecard, args.diagnostics, { checked: args.checked, triggered, said });
  return result;
}
