import { compileLabels, parseClock } from './speakers.js';
import { blankPlainDirectives, DEFAULT_DIRECTIVE_MARKER } from '../engine/directives.js';
const matcherCache = new WeakMap();
function matcherFor(labels) {
    let m = matcherCache.get(labels);
    if (!m) {
        m = compileLabels(labels);
        matcherCache.set(labels, m);
    }
    return m;
}
function splitLines(text) {
    const out = [];
    let start = 0;
    for (;;) {
        const nl = text.indexOf('\n', start);
        const end = nl === -1 ? text.length : nl;
        const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
        out.push({ start, end: lineEnd, text: text.slice(start, lineEnd) });
        if (nl === -1)
            return out;
        start = nl + 1;
    }
}
/**
 * Parses `visible` (the text to lint: for Markdown, the source with markup blanked out) whose
 * offsets are those of `source`.
 */
export function parsePlain(source, visible, format, opts) {
    const marker = opts.directiveMarker === undefined ? DEFAULT_DIRECTIVE_MARKER : opts.directiveMarker;
    let directiveLines;
    if (marker !== null)
        ({ text: visible, directiveLines } = blankPlainDirectives(visible, marker));
    const lines = splitLines(visible);
    const labels = matcherFor(opts.labels);
    const labelled = lines.map((l) => labels.regex.exec(l.text));
    const labelledCount = labelled.filter((m) => m !== null).length;
    const firstNonEmpty = lines.findIndex((l) => l.text.trim() !== '');
    const isTranscript = labelledCount >= 2 || (firstNonEmpty !== -1 && labelled[firstNonEmpty] != null);
    const turns = isTranscript ? transcriptTurns(visible, lines, labelled, labels) : paragraphTurns(visible, lines, directiveLines);
    const call = { id: null, turns };
    return { source, kind: isTranscript ? 'transcript' : 'script', format, calls: [call], notices: [] };
}
function makeTurn(visible, index, start, end, speaker, role) {
    // Trim, keeping offsets exact.
    while (start < end && /\s/u.test(visible[start]))
        start++;
    while (end > start && /\s/u.test(visible[end - 1]))
        end--;
    return { index, speaker, role, text: visible.slice(start, end), sourceOffset: start, anchorOffset: start };
}
function transcriptTurns(visible, lines, labelled, labels) {
    const turns = [];
    let cur = null;
    let curEnd = 0;
    const close = () => {
        if (!cur)
            return;
        const t = makeTurn(visible, turns.length, cur.start, curEnd, cur.speaker, cur.role);
        if (cur.time !== undefined)
            t.startTime = cur.time;
        if (t.text !== '' || cur.speaker !== null)
            turns.push(t);
    };
    lines.forEach((line, i) => {
        const m = labelled[i];
        if (m) {
            close();
            const label = m[2];
            cur = { start: line.start + m[0].length, speaker: label, role: labels.roleOf(label) };
            if (m[1] !== undefined)
                cur.time = parseClock(m[1]);
            curEnd = line.end;
        }
        else if (line.text.trim() !== '') {
            if (!cur)
                cur = { start: line.start, speaker: null, role: 'unknown' };
            curEnd = line.end;
        }
    });
    close();
    // End times: the next turn's start, where known.
    for (let i = 0; i + 1 < turns.length; i++) {
        const next = turns[i + 1].startTime;
        if (turns[i].startTime !== undefined && next !== undefined)
            turns[i].endTime = next;
    }
    return turns;
}
/** `directiveLines`: starts of lines that held only a directive comment: no paragraph break. */
function paragraphTurns(visible, lines, directiveLines) {
    const turns = [];
    let start = -1;
    let end = 0;
    const close = () => {
        if (start === -1)
            return;
        turns.push(makeTurn(visible, turns.length, start, end, null, 'agent'));
        start = -1;
    };
    for (const line of lines) {
        if (line.text.trim() === '') {
            if (!directiveLines?.has(line.start))
                close();
        }
        else {
            if (start === -1)
                start = line.start;
            end = line.end;
        }
    }
    close();
    return turns;
}
