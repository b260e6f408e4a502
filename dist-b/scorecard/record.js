import { scoreCall } from './score.js';
/** Registers the scorecard's phrase conditions in the linter's matcher (once, at construction). */
export function compileConditions(scorecard, addGroup) {
    return { said: scorecard.said.map((c) => ({ id: c.id, speaker: c.speaker, group: addGroup(c.patterns) })) };
}
export function recordCall(args) {
    const { call, ctx } = args;
    const hits = {};
    for (const d of args.diagnostics)
        hits[d.ruleId] = (hits[d.ruleId] ?? 0) + 1;
    const said = [];
    if (ctx && args.conditions) {
        for (const c of args.conditions.said) {
            if (ctx.speakerTurns(c.speaker).some((t) => (t.groups[c.group]?.length ?? 0) > 0))
                said.push(c.id);
        }
    }
    const triggered = ctx ? [...ctx.triggered].sort() : [];
    const result = {
        id: call.id,
        ...(call.agent !== undefined ? { agent: call.agent } : {}),
        turns: call.turns.length,
        languages: args.languages,
        checked: args.checked,
        triggered,
        said,
        hits,
    };
    if (args.scorecard)
        result.score = scoreCall(args.scorecard, args.diagnostics, { checked: args.checked, triggered, said });
    return result;
}
