/**
 * `required`: at least one pattern must match in the speaker's turns, optionally only within the
 * first or last N of them (`within: {first: 2}`). Missing → one finding for the call, placed at
 * the start of the window (the first turn it covers).
 */
import { applyWindow, describeWindow, readWindow } from './window.js';
export const required = {
    type: 'required',
    description: 'Reports a call in which none of the phrases occurs (optionally within the first/last N turns of the speaker).',
    optionKeys: ['within'],
    placeholders: ['window'],
    needsPatterns: true,
    readOptions(r) {
        const within = readWindow(r);
        return within ? { within } : {};
    },
    check(rule, call) {
        const scoped = call.scopedTurns(rule);
        const window = applyWindow(scoped, rule.def.options.within, call);
        if (window.some((turn) => call.matches(rule, turn).length > 0))
            return;
        call.reportCall(rule, window[0] ?? null, { window: describeWindow(rule.def.options.within) });
    },
};
