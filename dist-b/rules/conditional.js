/**
 * `conditional`: "if A happens, then B must (or must not) happen within N turns / N seconds
 * after (or before, or around) it". Ships as "a complaint needs an apology in the agent's next
 * two turns" and "a promised call-back needs a confirmed number or time".
 *
 *   if:   {speaker: customer, patterns: {zh: [投诉, 不满意]}}
 *   then: {speaker: agent, patterns: {zh: [抱歉, 对不起]}, must: occur, within: {turns: 2}, direction: after}
 *
 * Every turn of the `if` speaker with a trigger match is a trigger (its first match). The window
 * of a trigger is the rest of the trigger turn (after the match for `after`, before it for
 * `before`, both for `around`) when the trigger turn belongs to the `then` speaker, plus:
 * - `turns: N`   — the next (previous, both) N turns of the `then` speaker;
 * - `seconds: N` — the turns of the `then` speaker that start within N seconds after the trigger
 *   turn ends (that end within N seconds before it starts). Needs turn times: on a call without
 *   them, `turns` is used when given too, otherwise the rule is not checked and the file gets a
 *   notice.
 * `must: occur` (default): a trigger with no `then` match in its window is reported at the
 * trigger. `must: not-occur`: every `then` match inside a trigger's window is reported there.
 * The rule's own `speaker` is not used; `within` (a position window) limits the triggers.
 */
import { isMap } from 'yaml';
import { readPatternSet } from '../packs/load.js';
import { describe, MapReader } from '../packs/yaml-reader.js';
import { applyWindow } from './window.js';
const SPEAKERS = ['agent', 'customer', 'any'];
export const conditional = {
    type: 'conditional',
    description: 'Reports a trigger (A) not followed — or preceded — by a response (B) within N turns or seconds, or a B that must not follow A.',
    optionKeys: ['if', 'then'],
    placeholders: ['trigger', 'window'],
    needsPatterns: false,
    readOptions(r) {
        const ifNode = r.value('if');
        const thenNode = r.value('then');
        if (ifNode === undefined)
            r.y.error(r.node, `${r.where}: missing "if" ({speaker, patterns}: what triggers the rule)`);
        if (thenNode === undefined)
            r.y.error(r.node, `${r.where}: missing "then" ({speaker, patterns, must, within}: what has to follow)`);
        if (r.has('patterns'))
            r.y.error(r.keyNode('patterns'), `${r.where}: a conditional rule's phrases go in "if" and "then", not in "patterns"`);
        const trig = part(r, ifNode, '"if"', ['speaker', 'patterns']);
        const resp = part(r, thenNode, '"then"', ['speaker', 'patterns', 'must', 'within', 'direction']);
        const trigger = { speaker: trig?.oneOf('speaker', SPEAKERS, 'customer') ?? 'customer', patterns: trig ? readPatternSet(trig, 'patterns', true) : [] };
        const within = {};
        if (resp) {
            const w = resp.value('within');
            if (w === undefined)
                r.y.error(thenNode, `"then" of ${r.where}: missing "within" ({turns: N} and/or {seconds: N})`);
            else if (!isMap(w))
                r.y.error(w ?? resp.keyNode('within'), `"within" of "then" in ${r.where} must be {turns: N} and/or {seconds: N}, found ${describe(w)}`);
            else {
                const wr = new MapReader(r.y, w, `"within" of "then" in ${r.where}`, ['turns', 'seconds']);
                const turns = wr.integer('turns', { min: 1 });
                const seconds = wr.integer('seconds', { min: 1 });
                if (turns !== undefined)
                    within.turns = turns;
                if (seconds !== undefined)
                    within.seconds = seconds;
                if (!wr.has('turns') && !wr.has('seconds'))
                    r.y.error(w, `"within" of "then" in ${r.where} needs "turns: N" and/or "seconds: N"`);
            }
        }
        const response = {
            speaker: resp?.oneOf('speaker', SPEAKERS, 'agent') ?? 'agent',
            patterns: resp ? readPatternSet(resp, 'patterns', true) : [],
            must: resp?.oneOf('must', ['occur', 'not-occur'], 'occur') ?? 'occur',
            within,
            direction: resp?.oneOf('direction', ['after', 'before', 'around'], 'after') ?? 'after',
        };
        return { trigger, response };
    },
    patternSets: (o) => [o.trigger.patterns, o.response.patterns],
    patternSetScopes: (o) => [o.trigger.speaker, o.response.speaker],
    applies(rule, call) {
        const w = rule.def.options.response.within;
        if (w.turns !== undefined || call.timed)
            return true;
        const which = call.call.id !== null ? `call ${call.call.id}` : 'this file';
        call.notice(`${rule.def.id} was not checked on ${which}: its window is ${w.seconds} seconds, but the turns have no times (add "turns: N" to its "within")`);
        return false;
    },
    check(rule, call) {
        const o = rule.def.options;
        const triggerTurns = applyWindow(call.speakerTurns(o.trigger.speaker), rule.def.within, call);
        const triggers = [];
        for (const turn of triggerTurns) {
            const m = call.setMatches(rule, 0, turn)[0];
            if (m)
                triggers.push({ turn, match: m });
        }
        if (triggers.length === 0)
            return;
        call.noteTriggered(rule);
        const useSeconds = o.response.within.seconds !== undefined && call.timed;
        const windowText = describeResponseWindow(o, useSeconds);
        const responders = call.speakerTurns(o.response.speaker);
        const reported = new Set();
        for (const t of triggers) {
            const inWindow = responseWindow(responders, t, o, useSeconds);
            const found = [];
            for (const { turn, from, to } of inWindow) {
                for (const m of call.setMatches(rule, 1, turn))
                    if (m.start >= from && m.end <= to)
                        found.push({ turn, match: m });
            }
            const triggerText = t.turn.turn.text.slice(t.match.start, t.match.end);
            const data = { trigger: triggerText, window: windowText };
            if (o.response.must === 'occur') {
                if (found.length === 0)
                    call.reportMatch(rule, t.turn, t.match, data);
            }
            else {
                for (const f of found) {
                    const key = `${f.turn.turn.index}:${f.match.start}`;
                    if (reported.has(key))
                        continue;
                    reported.add(key);
                    call.reportMatch(rule, f.turn, f.match, data);
                }
            }
        }
    },
};
function part(r, node, name, keys) {
    if (node === undefined)
        return null;
    if (!isMap(node)) {
        r.y.error(node ?? r.node, `${name} in ${r.where} must be a mapping {${keys.join(', ')}}, found ${describe(node)}`);
        return null;
    }
    return new MapReader(r.y, node, `${name} of ${r.where}`, keys);
}
/** The turns (with the allowed offset range in each) where a trigger's response is looked for (exported for its test). */
export function responseWindow(responders, t, o, useSeconds) {
    const dir = o.response.direction;
    const idx = t.turn.turn.index;
    const out = [];
    const whole = (turn) => ({ turn, from: 0, to: turn.turn.text.length });
    // `responders` are in call order (turn indexes ascending): the turns before the trigger's are
    // [0, lo), the trigger's own turn (when it is a responder) is at lo, the turns after it start
    // at hi. Found by binary search, so a call of many turns costs a log per trigger, not a scan.
    const lo = firstAtLeast(responders, idx);
    const hi = lo < responders.length && responders[lo].turn.index === idx ? lo + 1 : lo;
    if (hi > lo) {
        if (dir !== 'before')
            out.push({ turn: t.turn, from: t.match.end, to: t.turn.turn.text.length });
        if (dir !== 'after')
            out.push({ turn: t.turn, from: 0, to: t.match.start });
    }
    if (useSeconds) {
        const n = o.response.within.seconds;
        const tStart = t.turn.turn.startTime ?? 0;
        const tEnd = t.turn.turn.endTime ?? tStart;
        // Turn times need not grow with the turn order, so a scan stops only where no turn further
        // on can be in the window: every later start past it (after), every earlier end before it.
        const { minStartFrom, maxEndTo } = timesOf(responders);
        if (dir !== 'before') {
            for (let k = hi; k < responders.length && minStartFrom[k] - tEnd <= n; k++) {
                const x = responders[k];
                if ((x.turn.startTime ?? 0) - tEnd <= n)
                    out.push(whole(x));
            }
        }
        if (dir !== 'after') {
            let first = lo;
            while (first > 0 && tStart - maxEndTo[first - 1] <= n)
                first--;
            for (let k = first; k < lo; k++) {
                const x = responders[k];
                if (tStart - (x.turn.endTime ?? x.turn.startTime ?? 0) <= n)
                    out.push(whole(x));
            }
        }
    }
    else {
        const n = o.response.within.turns;
        if (dir !== 'before')
            for (let k = hi; k < Math.min(responders.length, hi + n); k++)
                out.push(whole(responders[k]));
        if (dir !== 'after')
            for (let k = Math.max(0, lo - n); k < lo; k++)
                out.push(whole(responders[k]));
    }
    return out;
}
/** Index of the first turn of `turns` (ascending turn indexes) whose index is at least `idx`. */
function firstAtLeast(turns, idx) {
    let a = 0;
    let b = turns.length;
    while (a < b) {
        const m = (a + b) >>> 1;
        if (turns[m].turn.index < idx)
            a = m + 1;
        else
            b = m;
    }
    return a;
}
const timesCache = new WeakMap();
/** The turns' times as a seconds window scans them (computed once per speaker's turns of a call). */
function timesOf(turns) {
    let times = timesCache.get(turns);
    if (times === undefined) {
        const n = turns.length;
        const minStartFrom = new Float64Array(n);
        const maxEndTo = new Float64Array(n);
        let latest = -Infinity;
        for (let k = 0; k < n; k++) {
            const x = turns[k].turn;
            latest = Math.max(latest, x.endTime ?? x.startTime ?? 0);
            maxEndTo[k] = latest;
        }
        let earliest = Infinity;
        for (let k = n - 1; k >= 0; k--) {
            earliest = Math.min(earliest, turns[k].turn.startTime ?? 0);
            minStartFrom[k] = earliest;
        }
        times = { minStartFrom, maxEndTo };
        timesCache.set(turns, times);
    }
    return times;
}
function describeResponseWindow(o, useSeconds) {
    const who = o.response.speaker === 'any' ? '' : `${o.response.speaker}'s `;
    const dir = o.response.direction;
    if (useSeconds) {
        const s = o.response.within.seconds;
        return dir === 'around' ? `${s} seconds around it` : `${s} seconds ${dir} it`;
    }
    const n = o.response.within.turns;
    const turns = n === 1 ? 'turn' : `${n} turns`;
    if (dir === 'after')
        return `the ${who}next ${turns}`;
    if (dir === 'before')
        return `the ${who}previous ${turns}`;
    return `the ${who}${turns} before or after it`;
}
