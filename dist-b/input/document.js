import { blankRedactions } from './redaction.js';
import { assignRoles } from './roles.js';
import { sliceMap } from './source-map.js';
/**
 * Line breaks inside one turn (a two-line subtitle cue, a CSV field over two lines) are spaces to
 * the matcher and in messages; same length, so offsets are kept.
 */
function blankLineBreaks(text) {
    return text.includes('\n') || text.includes('\r') ? text.replace(/[\r\n\u2028\u2029]/g, ' ') : text;
}
const EDGE_SPACE = /^\s+|\s+$/gu;
function trimmed(t) {
    if (!/^\s|\s$/u.test(t.text))
        return t;
    const lead = /^\s*/u.exec(t.text)[0].length;
    const text = t.text.replace(EDGE_SPACE, '');
    if (text.length === t.text.length)
        return t;
    const out = { ...t, text, sourceOffset: t.sourceOffset === null ? null : t.sourceOffset + lead };
    if (t.sourceMap)
        out.sourceMap = sliceMap(t.sourceMap, lead, lead + text.length);
    return out;
}
export function buildDocument(source, format, rawCalls, opts, notices = []) {
    const calls = [];
    for (const raw of rawCalls) {
        const turns = raw.turns
            .map((t) => trimmed({ ...t, text: blankLineBreaks(blankRedactions(t.text)) }))
            .filter((t) => t.text !== '');
        const assignment = assignRoles(turns, { labels: opts.labels, speakerRoles: opts.speakerRoles });
        if (assignment.notice)
            notices.push(raw.id !== null ? `call ${raw.id}: ${assignment.notice}` : assignment.notice);
        const call = {
            id: raw.id,
            turns: turns.map((t, index) => {
                const turn = { index, speaker: t.speaker, role: assignment.roles[index], text: t.text, sourceOffset: t.sourceOffset, anchorOffset: t.anchorOffset };
                if (t.startTime !== undefined)
                    turn.startTime = t.startTime;
                if (t.endTime !== undefined)
                    turn.endTime = t.endTime;
                if (t.sourceOffset === null && t.sourceMap && t.sourceMap.starts.length === t.text.length)
                    turn.sourceMap = t.sourceMap;
                return turn;
            }),
        };
        if (raw.agent !== undefined && raw.agent !== '')
            call.agent = raw.agent;
        calls.push(call);
    }
    if (calls.every((c) => c.turns.length === 0))
        notices.push('no speech found in the file');
    return { source, kind: 'transcript', format, calls, notices };
}
/** Rounds a time in seconds to milliseconds (avoids 1.2000000000000002 from unit conversions). */
export function seconds(value, divisor = 1) {
    return Math.round((value / divisor) * 1000) / 1000;
}
