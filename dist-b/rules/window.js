/**
 * Windows of a call by position (`within:`): the first or last N turns of the rule's speaker, the
 * turns in the first or last N seconds of the call, or in the first or last X % of it. Any rule
 * may carry one; `CallContext.scopedTurns` applies it, so every rule type sees only its window.
 *
 * Seconds need turn times (Turn.startTime/endTime, filled by timed transcript formats). On a call
 * without them a seconds window uses its `fallback` (a turn or percent window) when it has one;
 * otherwise the rule is not checked on that call and the file gets a notice saying so
 * (`windowApplies`). Percent windows use times when the call has them and turn positions when
 * it does not, so they always apply.
 */
import { isMap, isScalar } from 'yaml';
import { MapReader, describe } from '../packs/yaml-reader.js';
const WINDOW_KEYS = ['first', 'last', 'firstSeconds', 'lastSeconds', 'firstPercent', 'lastPercent'];
export function readWindow(rule, key = 'within') {
    const node = rule.value(key);
    if (node === undefined)
        return undefined;
    return readWindowNode(rule, node, `"${key}" in ${rule.where}`, true);
}
function readWindowNode(parent, node, where, allowFallback) {
    if (!isMap(node)) {
        parent.y.error(node ?? parent.node, `${where} must be a mapping such as {first: 2}, {last: 2}, {firstSeconds: 15}, {lastSeconds: 30} or {firstPercent: 20}, found ${describe(node)}`);
        return undefined;
    }
    const r = new MapReader(parent.y, node, where, allowFallback ? [...WINDOW_KEYS, 'fallback'] : [...WINDOW_KEYS]);
    const given = WINDOW_KEYS.filter((k) => r.has(k));
    if (given.length === 0) {
        parent.y.error(node, `${where} needs one of: ${WINDOW_KEYS.map((k) => `${k}: N`).join(', ')}`);
        return undefined;
    }
    if (given.length > 1) {
        parent.y.error(node, `${where} takes one of ${given.map((k) => `"${k}"`).join(', ')}, not several`);
        return undefined;
    }
    const k = given[0];
    const value = k.endsWith('Percent') ? percent(r, k) : r.integer(k, { min: 1 });
    if (value === undefined)
        return undefined;
    const window = { [k]: value };
    if (r.has('fallback')) {
        if (!k.endsWith('Seconds')) {
            parent.y.error(r.keyNode('fallback'), `"fallback" in ${where} only goes with a seconds window (firstSeconds/lastSeconds): other windows always apply`);
            return undefined;
        }
        const fb = readWindowNode(r, r.value('fallback') ?? null, `"fallback" of ${where}`, false);
        if (fb && (fb.firstSeconds !== undefined || fb.lastSeconds !== undefined)) {
            parent.y.error(r.value('fallback'), `"fallback" of ${where} must be a turn or percent window ({first: 2}, {lastPercent: 20}), since it is used when the call has no times`);
            return undefined;
        }
        if (fb)
            window.fallback = fb;
    }
    return window;
}
function percent(r, key) {
    const v = r.value(key);
    if (isScalar(v) && typeof v.value === 'number' && v.value > 0 && v.value <= 100)
        return v.value;
    r.y.error(v ?? r.keyNode(key), `"${key}" in ${r.where} must be a number above 0 and at most 100, found ${describe(v)}`);
    return undefined;
}
function isTimed(turns) {
    return turns.length > 0 && turns.every((t) => t.turn.startTime !== undefined);
}
function isSecondsWindow(w) {
    return w.firstSeconds !== undefined || w.lastSeconds !== undefined;
}
/** The window actually used on a call: a seconds window on an untimed call becomes its fallback (or null). */
export function effectiveWindow(window, call) {
    if (!isSecondsWindow(window) || isTimed(call.turns))
        return window;
    return window.fallback ?? null;
}
/**
 * Keeps the turns of `turns` (a speaker's turns of one call) inside the window. `call` is the
 * whole call the window is measured against (defaults to `turns`; pass it for seconds and percent
 * windows). Idempotent: applying a window to turns already inside it changes nothing.
 * A seconds window on an untimed call without a fallback keeps no turn.
 */
export function applyWindow(turns, window, call = { turns }) {
    if (!window)
        return turns;
    const w = effectiveWindow(window, call);
    if (w === null)
        return [];
    if (w.first !== undefined)
        return turns.slice(0, w.first);
    if (w.last !== undefined)
        return turns.slice(Math.max(0, turns.length - w.last));
    const all = call.turns;
    if (all.length === 0)
        return [];
    const timed = isTimed(all);
    const start = (t) => t.turn.startTime ?? 0;
    const end = (t) => t.turn.endTime ?? start(t);
    // Loops, not Math.min(...): spreading the turns of a very long call overflows the stack.
    let callStart = 0;
    let callEnd = 0;
    if (timed) {
        callStart = Infinity;
        callEnd = -Infinity;
        for (const t of all) {
            callStart = Math.min(callStart, start(t));
            callEnd = Math.max(callEnd, end(t));
        }
    }
    if (w.firstSeconds !== undefined)
        return turns.filter((t) => start(t) - callStart < w.firstSeconds);
    if (w.lastSeconds !== undefined)
        return turns.filter((t) => end(t) > callEnd - w.lastSeconds || end(t) === callEnd);
    const share = (w.firstPercent ?? w.lastPercent) / 100;
    if (timed) {
        const span = (callEnd - callStart) * share;
        if (w.firstPercent !== undefined)
            return turns.filter((t) => start(t) - callStart < span || start(t) === callStart);
        return turns.filter((t) => end(t) > callEnd - span || end(t) === callEnd);
    }
    // Untimed: by position among all turns of the call (at least one turn).
    const count = Math.max(1, Math.ceil(all.length * share));
    const position = new Map(all.map((t, i) => [t, i]));
    if (w.firstPercent !== undefined)
        return turns.filter((t) => (position.get(t) ?? Infinity) < count);
    return turns.filter((t) => (position.get(t) ?? -1) >= all.length - count);
}
/**
 * Whether a rule's window can be applied to the call. A seconds window on a call without turn
 * times and without a fallback cannot: the rule is skipped for that call and a notice says so.
 */
export function windowApplies(rule, call) {
    const w = rule.def.within;
    if (!w || effectiveWindow(w, call) !== null)
        return true;
    const which = call.call.id !== null ? `call ${call.call.id}` : 'this file';
    call.notice(`${rule.def.id} was not checked on ${which}: it looks at ${describeWindow(w)}, but the turns have no times (add "fallback: {first: N}" to its "within")`);
    return false;
}
export function describeWindow(window) {
    if (!window)
        return 'the call';
    const plural = (n, one, many) => (n === 1 ? one : `${many.replace('N', String(n))}`);
    if (window.first !== undefined)
        return plural(window.first, 'the first turn', 'the first N turns');
    if (window.last !== undefined)
        return plural(window.last, 'the last turn', 'the last N turns');
    if (window.firstSeconds !== undefined)
        return plural(window.firstSeconds, 'the first second', 'the first N seconds');
    if (window.lastSeconds !== undefined)
        return plural(window.lastSeconds, 'the last second', 'the last N seconds');
    if (window.firstPercent !== undefined)
        return `the first ${window.firstPercent} % of the call`;
    if (window.lastPercent !== undefined)
        return `the last ${window.lastPercent} % of the call`;
    return 'the call';
}
