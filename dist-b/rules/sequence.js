/**
 * `sequence`: named stages of a call that must appear in the declared order (greeting → need →
 * information → decision → closing). A stage is found by its phrases in its speaker's turns;
 * the stage's patterns are compiled once into the shared matcher (RuleKind.patternSets).
 *
 * What is checked, in this order (a stage is reported at most once):
 * 1. missing   — a stage that is not `optional` has no match;
 * 2. notFirst  — a `position: first` stage whose first match comes after another stage's match;
 *    notLast   — a `position: last` stage whose last match comes before another stage's match;
 * 3. early / late — the other stages are ordered by their first match; the longest run in the
 *    declared order is kept (ties keep the earlier-declared stages), and each stage outside it
 *    is out of order: `early` when it comes before a stage it should follow, `late` when it comes
 *    after one it should precede;
 * 4. repeated  — a stage without `repeat: true` that comes back after a later stage has begun.
 * Words belong to one stage: where matches of different stages overlap, the leftmost-longest
 * one counts. Out-of-place stages are reported at their match (the first one; for notLast the
 * last one); a missing stage at the start of the turn where it was expected (for a first / last
 * stage: the first / last turn of its speaker).
 */
import { isMap, isScalar } from 'yaml';
import { readPatternSet } from '../packs/load.js';
import { describe, MapReader } from '../packs/yaml-reader.js';
export const SEQUENCE_PROBLEMS = ['missing', 'notFirst', 'notLast', 'early', 'late', 'repeated'];
const PLACEHOLDERS = ['stage', 'other', 'problem'];
const PROBLEM_TEXT = {
    missing: (s) => `stage "${s}" is missing`,
    notFirst: (s, o) => `stage "${s}" must come first, but "${o}" comes before it`,
    notLast: (s, o) => `stage "${s}" must come last, but "${o}" comes after it`,
    early: (s, o) => `stage "${s}" comes before "${o}", which should precede it`,
    late: (s, o) => `stage "${s}" comes after "${o}", which should follow it`,
    repeated: (s, o) => `stage "${s}" comes back after "${o}" has begun`,
};
export const sequence = {
    type: 'sequence',
    description: 'Reports stages of the call that are missing, out of order, not first/last as required, or repeated.',
    optionKeys: ['stages', 'messages'],
    placeholders: PLACEHOLDERS,
    needsPatterns: false,
    readOptions(r) {
        const stages = [];
        const names = new Set();
        for (const node of r.list('stages', { required: true, nonEmpty: true }) ?? []) {
            const stage = readStage(r, node);
            if (!stage)
                continue;
            if (names.has(stage.name))
                r.y.error(node, `duplicate stage name "${stage.name}" in ${r.where}`);
            names.add(stage.name);
            stages.push(stage);
        }
        if (stages.filter((s) => s.position === 'first').length > 1)
            r.y.error(r.value('stages'), `only one stage of ${r.where} can be "position: first"`);
        if (stages.filter((s) => s.position === 'last').length > 1)
            r.y.error(r.value('stages'), `only one stage of ${r.where} can be "position: last"`);
        const messages = {};
        const m = r.map('messages');
        if (m) {
            const mr = new MapReader(r.y, m, `"messages" of ${r.where}`, SEQUENCE_PROBLEMS);
            for (const key of mr.keys()) {
                const text = mr.string(key);
                if (text === undefined)
                    continue;
                checkMessage(mr, key, text, PLACEHOLDERS);
                messages[key] = text;
            }
        }
        if (r.has('patterns'))
            r.y.error(r.keyNode('patterns'), `${r.where}: a sequence rule's phrases go in its stages ("stages: [{name, patterns}]"), not in "patterns"`);
        return { stages, messages };
    },
    patternSets: (options) => options.stages.map((s) => s.patterns),
    patternSetScopes: (options, speaker) => options.stages.map((s) => s.speaker ?? speaker),
    check(rule, call) {
        const stages = rule.def.options.stages;
        const found = [];
        stages.forEach((stage, i) => {
            const group = rule.extraGroups?.[i];
            if (group === undefined)
                return;
            for (const turn of call.turnsWith(group, stage.speaker ?? rule.def.speaker, rule.def.within)) {
                for (const match of call.setMatches(rule, i, turn))
                    found.push({ stage: i, turn, match, pos: turn.turn.index * 1e7 + match.start });
            }
        });
        // Words belong to one stage: where matches of two stages overlap, the leftmost-longest wins
        // (on a tie the earlier-declared stage), so 还有什么可以帮您 is the closing, not a need.
        found.sort((a, b) => a.pos - b.pos || b.match.end - b.match.start - (a.match.end - a.match.start) || a.stage - b.stage);
        const occ = stages.map(() => []);
        let claimedTurn = -1;
        let claimedEnd = -1;
        for (const o of found) {
            if (o.turn.turn.index === claimedTurn && o.match.start < claimedEnd)
                continue;
            if (o.turn.turn.index !== claimedTurn)
                claimedEnd = -1;
            claimedTurn = o.turn.turn.index;
            claimedEnd = Math.max(claimedEnd, o.match.end);
            occ[o.stage].push(o);
        }
        const first = (i) => occ[i][0];
        const last = (i) => occ[i][occ[i].length - 1];
        const present = stages.map((_, i) => occ[i].length > 0);
        const flagged = new Set();
        const report = (i, problem, at, other = '') => {
            flagged.add(i);
            const data = { stage: stages[i].name, other, problem: PROBLEM_TEXT[problem](stages[i].name, other) };
            const custom = rule.def.options.messages[problem];
            const target = custom !== undefined ? { ...rule, def: { ...rule.def, message: custom } } : rule;
            if (at && 'match' in at)
                call.reportMatch(target, at.turn, at.match, data);
            else
                call.reportCall(target, at, data);
        };
        // 1. Missing stages, placed where they were expected.
        stages.forEach((stage, i) => {
            if (present[i] || stage.optional)
                return;
            let at = null;
            const own = call.speakerTurns(stage.speaker ?? rule.def.speaker);
            if (stage.position === 'first')
                at = own[0] ?? call.turns[0] ?? null;
            else if (stage.position === 'last')
                at = own[own.length - 1] ?? call.turns[call.turns.length - 1] ?? null;
            else {
                const next = stages.findIndex((_, j) => j > i && present[j]);
                at = next !== -1 ? first(next).turn : (call.turns[call.turns.length - 1] ?? null);
            }
            report(i, 'missing', at);
        });
        // 2. First and last.
        stages.forEach((stage, i) => {
            if (!present[i] || !stage.position)
                return;
            if (stage.position === 'first') {
                const mine = first(i).pos;
                let before = -1;
                stages.forEach((_, j) => {
                    if (j !== i && present[j] && first(j).pos < mine && (before === -1 || first(j).pos < first(before).pos))
                        before = j;
                });
                if (before !== -1)
                    report(i, 'notFirst', first(i), stages[before].name);
            }
            else {
                const mine = last(i).pos;
                let after = -1;
                stages.forEach((_, j) => {
                    if (j !== i && present[j] && last(j).pos > mine && (after === -1 || last(j).pos > last(after).pos))
                        after = j;
                });
                if (after !== -1)
                    report(i, 'notLast', last(i), stages[after].name);
            }
        });
        // 3. Order of the rest by first match: keep the longest run in declared order.
        const candidates = stages.map((_, i) => i).filter((i) => present[i] && !flagged.has(i));
        const keep = longestOrderedRun(candidates.map((i) => first(i).pos));
        const kept = new Set(keep.map((k) => candidates[k]));
        for (const i of candidates) {
            if (kept.has(i))
                continue;
            const p = first(i).pos;
            const shouldPrecede = [...kept].filter((j) => j < i && first(j).pos > p).sort((a, b) => a - b)[0];
            if (shouldPrecede !== undefined)
                report(i, 'early', first(i), stages[shouldPrecede].name);
            else {
                const shouldFollow = [...kept].filter((j) => j > i && first(j).pos < p).sort((a, b) => b - a)[0];
                report(i, 'late', first(i), shouldFollow !== undefined ? stages[shouldFollow].name : '');
            }
        }
        // 4. Stages that come back after a later stage has begun.
        stages.forEach((stage, i) => {
            if (stage.repeat || !present[i] || flagged.has(i))
                return;
            let laterStart = Infinity;
            let laterStage = -1;
            stages.forEach((_, j) => {
                if (j > i && present[j] && !flagged.has(j) && first(j).pos < laterStart) {
                    laterStart = first(j).pos;
                    laterStage = j;
                }
            });
            const again = occ[i].find((o) => o.pos > laterStart);
            if (again)
                report(i, 'repeated', again, stages[laterStage].name);
        });
    },
};
/**
 * Indices of a longest non-decreasing subsequence of `values`; among equally long ones, the one
 * that keeps the earliest indices.
 */
export function longestOrderedRun(values) {
    const n = values.length;
    if (n === 0)
        return [];
    // best[i]: length of the longest run starting at i; next[i]: the index after i in it.
    const best = new Array(n).fill(1);
    const next = new Array(n).fill(-1);
    for (let i = n - 1; i >= 0; i--) {
        for (let j = i + 1; j < n; j++) {
            if (values[j] >= values[i] && best[j] + 1 > best[i]) {
                best[i] = best[j] + 1;
                next[i] = j;
            }
        }
    }
    let start = 0;
    for (let i = 1; i < n; i++)
        if (best[i] > best[start])
            start = i;
    const out = [];
    for (let i = start; i !== -1; i = next[i])
        out.push(i);
    return out;
}
function readStage(r, node) {
    const nameNode = isMap(node) ? node.get('name', true) : undefined;
    const label = isScalar(nameNode) ? `stage "${String(nameNode.value)}" of ${r.where}` : `a stage of ${r.where}`;
    if (!isMap(node)) {
        r.y.error(node, `each stage of ${r.where} must be a mapping {name, patterns, …}, found ${describe(node)}`);
        return null;
    }
    const s = new MapReader(r.y, node, label, ['name', 'patterns', 'speaker', 'optional', 'repeat', 'position']);
    const name = s.string('name', { required: true });
    const patterns = readPatternSet(s, 'patterns', true);
    const speaker = s.has('speaker') ? s.oneOf('speaker', ['agent', 'customer', 'any']) : undefined;
    const optional = s.bool('optional', false);
    const repeat = s.bool('repeat', false);
    const position = s.has('position') ? s.oneOf('position', ['first', 'last']) : undefined;
    if (name === undefined)
        return null;
    return { name, patterns, ...(speaker ? { speaker } : {}), optional, repeat, ...(position ? { position } : {}) };
}
/** Placeholders of a per-problem message must be known ones (same rule as the rule's message). */
export function checkMessage(r, key, text, known) {
    const all = new Set(['match', 'suggestion', ...known]);
    for (const m of text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
        if (!all.has(m[1])) {
            r.y.error(r.value(key), `unknown placeholder {{${m[1]}}} in "${key}" of ${r.where}; known: ${[...all].map((k) => `{{${k}}}`).join(', ')}`);
        }
    }
}
