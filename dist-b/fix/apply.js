export const MAX_FIX_PASSES = 10;
/** The fixes a lint result offers: per diagnostic, its first fixable suggestion, if the filter allows it. */
export function fixesOf(result, filter = {}, ruleType = () => undefined) {
    const out = [];
    for (const d of result.diagnostics) {
        if (filter.rules && !filter.rules.has(d.ruleId))
            continue;
        if (filter.types) {
            const type = ruleType(d.ruleId);
            if (type === undefined || !filter.types.has(type))
                continue;
        }
        const s = d.suggestions.find((x) => x.fixable);
        if (!s)
            continue;
        out.push({ ruleId: d.ruleId, range: [s.range[0], s.range[1]], text: s.text });
    }
    return out;
}
/**
 * Applies non-overlapping fixes to `text`. Fixes are sorted by start (then end); a fix that starts
 * before the end of the last applied one is skipped, as is a second insertion at the same point.
 * A fix whose range lies outside the text, or that would not change anything, is skipped.
 */
export function applyFixes(text, fixes) {
    const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
    const applied = [];
    const skipped = [];
    const parts = [];
    let cursor = 0;
    let last = null;
    for (const fix of sorted) {
        const [start, end] = fix.range;
        const overlaps = last !== null && (start < last.range[1] || (start === last.range[0] && start === end && last.range[0] === last.range[1]));
        const invalid = start < 0 || end < start || end > text.length;
        if (overlaps || invalid || text.slice(start, end) === fix.text) {
            skipped.push(fix);
            continue;
        }
        parts.push(text.slice(cursor, start), fix.text);
        cursor = end;
        applied.push(fix);
        last = fix;
    }
    if (applied.length === 0)
        return { output: text, applied, skipped };
    parts.push(text.slice(cursor));
    return { output: parts.join(''), applied, skipped };
}
/**
 * Fixes `text` in passes: apply, re-lint with `lint`, repeat. When a pass would produce a text
 * seen before (rules undoing each other), the rules whose fixes made up the cycle are left out
 * and fixing starts over from `text`; each restart leaves out at least one more rule, so this
 * ends.
 */
export function fixText(text, lint, opts = {}) {
    const maxPasses = opts.maxPasses ?? MAX_FIX_PASSES;
    const initial = opts.initial ?? lint(text);
    const excluded = new Set();
    for (;;) {
        const attempt = fixPasses(text, initial, lint, opts, maxPasses, excluded);
        if (attempt.cycleRules.length === 0)
            return { ...attempt, cycleRules: [...excluded].sort() };
        for (const id of attempt.cycleRules)
            excluded.add(id);
    }
}
function fixPasses(text, initial, lint, opts, maxPasses, excluded) {
    /** Texts in order (texts[0] = the input) and the rules applied in the pass that produced each. */
    const texts = [text];
    const rulesOfPass = [new Set()];
    let current = text;
    let result = initial;
    let passes = 0;
    let applied = 0;
    let exhausted = false;
    const appliedByRule = {};
    for (;;) {
        const fixes = fixesOf(result, opts.filter, opts.ruleType).filter((f) => !excluded.has(f.ruleId));
        if (fixes.length === 0)
            break;
        if (passes >= maxPasses) {
            exhausted = true;
            break;
        }
        const pass = applyFixes(current, fixes);
        if (pass.applied.length === 0)
            break;
        const rules = new Set(pass.applied.map((f) => f.ruleId));
        const back = texts.indexOf(pass.output);
        if (back !== -1) {
            // texts[back] → … → current → texts[back]: the passes after `back` and this one form the cycle.
            const cycle = new Set(rules);
            for (const r of rulesOfPass.slice(back + 1))
                for (const id of r)
                    cycle.add(id);
            return { output: current, result, passes, appliedByRule, applied, exhausted, cycleRules: [...cycle].filter((id) => !excluded.has(id)) };
        }
        texts.push(pass.output);
        rulesOfPass.push(rules);
        current = pass.output;
        result = lint(current);
        passes++;
        applied += pass.applied.length;
        for (const f of pass.applied)
            appliedByRule[f.ruleId] = (appliedByRule[f.ruleId] ?? 0) + 1;
    }
    return { output: current, result, passes, appliedByRule, applied, exhausted, cycleRules: [] };
}
