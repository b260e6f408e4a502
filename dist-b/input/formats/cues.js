import { TranscriptError } from '../errors.js';
import { compileLabels } from '../speakers.js';
function splitLines(text) {
    const out = [];
    let start = 0;
    for (let no = 1;; no++) {
        const nl = text.indexOf('\n', start);
        const end = nl === -1 ? text.length : nl;
        const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
        out.push({ start, end: lineEnd, text: text.slice(start, lineEnd), no });
        if (nl === -1)
            return out;
        start = nl + 1;
    }
}
/** `hh:mm:ss,mmm` / `mm:ss.mmm` → seconds, or undefined. */
function timestamp(s, vtt) {
    const m = vtt ? /^(?:(\d+):)?([0-5]\d):([0-5]\d)\.(\d{3})$/.exec(s) : /^(\d{1,3}):([0-5]?\d):([0-5]?\d)[,.](\d{1,3})$/.exec(s);
    if (!m)
        return undefined;
    return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4].padEnd(3, '0')) / 1000;
}
const TIMING = /^(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t]+.*)?$/;
/** `s` as spaces, its line breaks kept (offsets stay exact). */
function blank(s) {
    return s.includes('\n') || s.includes('\r') ? s.replace(/[^\n\r]/g, ' ') : ' '.repeat(s.length);
}
// Markup inside cue text: HTML-like tags, ASS overrides ({\an8}).
const TAGS = /<\/?[A-Za-z][^>\n]*>|<\d{1,2}:\d{2}(?::\d{2})?\.\d{3}>|\{\\[^}\n]*\}/g;
const VOICES = /<v(?:\.[^\s>]+)*[ \t]+([^>\n]+)>/g;
const GENERIC_SPEAKER = /^[ \t]*(?:-[ \t]*)?(\[?(?:SPEAKER[ _]?\d+|Speaker[ _]?\d+|spk_\d+|Спикер[ _]?\d+|Говорящий[ _]?\d+|说话人[ _]?\d+|說話人[ _]?\d+)\]?)[ \t]*[:：][ \t]?/iu;
/** `raw` with every tag blanked (TAGS), as `raw.replace(TAGS, blank)` gives it, by an exec loop (no callback a tag). */
function blankTags(raw) {
    let out = '';
    let last = 0;
    TAGS.lastIndex = 0;
    for (let m = TAGS.exec(raw); m !== null; m = TAGS.exec(raw)) {
        out += raw.slice(last, m.index) + blank(m[0]);
        last = m.index + m[0].length;
    }
    return last === 0 ? raw : out + raw.slice(last);
}
const NO_VOICES = [];
/** The voice tags of a cue (VOICES), by an exec loop: matchAll makes a copy of the expression at each call. */
function voiceTags(raw) {
    let out = null;
    VOICES.lastIndex = 0;
    for (let m = VOICES.exec(raw); m !== null; m = VOICES.exec(raw))
        (out ??= []).push({ index: m.index, name: m[1] });
    return out ?? NO_VOICES;
}
const labelCache = new WeakMap();
/** The speaker label at the start of a cue: the label and how many characters it takes. */
function cueLabel(text, labels) {
    let m = labelCache.get(labels);
    if (!m) {
        m = compileLabels(labels);
        labelCache.set(labels, m);
    }
    const dash = /^[ \t]*-[ \t]*/.exec(text)?.[0].length ?? 0;
    const known = m.regex.exec(text.slice(dash));
    if (known)
        return { speaker: known[2], length: dash + known[0].length };
    const g = GENERIC_SPEAKER.exec(text);
    if (g)
        return { speaker: g[1].replace(/^\[|\]$/g, ''), length: g[0].length };
    return undefined;
}
export function parseCues(text, opts, vtt) {
    const lines = splitLines(text);
    const turns = [];
    let i = 0;
    const err = (line, col, message) => new TranscriptError(message, line.no, col + 1);
    if (vtt) {
        const head = lines[0];
        if (!head || !/^(?:\uFEFF)?WEBVTT(?:[ \t].*)?$/.test(head.text))
            throw err(head ?? { start: 0, end: 0, text: '', no: 1 }, 0, 'a WebVTT file must start with "WEBVTT"');
        // Skip the header block.
        while (i < lines.length && lines[i].text.trim() !== '')
            i++;
    }
    while (i < lines.length) {
        while (i < lines.length && lines[i].text.trim() === '')
            i++;
        if (i >= lines.length)
            break;
        const blockStart = i;
        let end = i;
        while (end < lines.length && lines[end].text.trim() !== '')
            end++;
        const block = lines.slice(blockStart, end);
        i = end;
        if (vtt && /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(block[0].text))
            continue;
        // The timing line: the first or (after a cue number / identifier) the second line.
        const t = block.findIndex((l) => l.text.includes('-->'));
        if (t === -1 || t > 1) {
            const at = block[Math.min(1, block.length - 1)];
            if (!vtt && block.length >= 1 && !/^\d+\s*$/.test(block[0].text))
                throw err(block[0], 0, `expected a cue number or a timing line ("00:00:01,000 --> 00:00:04,000"), found ${JSON.stringify(block[0].text.slice(0, 40))}`);
            throw err(at, 0, `expected a cue timing line ("${vtt ? '00:01.000 --> 00:04.000' : '00:00:01,000 --> 00:00:04,000'}")`);
        }
        const timingLine = block[t];
        const m = TIMING.exec(timingLine.text.trim());
        const lead = timingLine.text.length - timingLine.text.trimStart().length;
        if (!m)
            throw err(timingLine, lead, `invalid cue timing ${JSON.stringify(timingLine.text.trim())}`);
        const start = timestamp(m[1], vtt);
        if (start === undefined)
            throw err(timingLine, lead, `invalid start time ${JSON.stringify(m[1])}`);
        const endTime = timestamp(m[2], vtt);
        const endCol = timingLine.text.indexOf(m[2], lead + m[1].length);
        if (endTime === undefined)
            throw err(timingLine, endCol, `invalid end time ${JSON.stringify(m[2])}`);
        if (endTime < start)
            throw err(timingLine, endCol, `cue ends (${m[2]}) before it starts (${m[1]})`);
        const textLines = block.slice(t + 1);
        if (textLines.length === 0)
            continue;
        const from = textLines[0].start;
        const to = textLines[textLines.length - 1].end;
        const raw = text.slice(from, to);
        // (Markup starts with < or {: text without either has none.)
        const markup = raw.includes('<') || raw.includes('{');
        const cueText = markup ? blankTags(raw) : raw;
        const anchor = block[0].start;
        // WebVTT: each voice span is its speaker's turn (a cue may hold several: "<v A>Hi</v> <v B>Hello").
        const voices = vtt && markup ? voiceTags(raw) : NO_VOICES;
        if (voices.length > 0) {
            if (voices[0].index > 0 && cueText.slice(0, voices[0].index).trim() !== '') {
                turns.push({ speaker: null, text: cueText.slice(0, voices[0].index), sourceOffset: from, anchorOffset: anchor, startTime: start, endTime });
            }
            voices.forEach((v, k) => {
                const a = v.index;
                const b = k + 1 < voices.length ? voices[k + 1].index : cueText.length;
                turns.push({ speaker: v.name.trim(), text: cueText.slice(a, b), sourceOffset: from + a, anchorOffset: anchor, startTime: start, endTime });
            });
            continue;
        }
        const label = cueLabel(cueText, opts.labels);
        if (label)
            turns.push({ speaker: label.speaker, text: cueText.slice(label.length), sourceOffset: from + label.length, anchorOffset: anchor, startTime: start, endTime });
        else
            turns.push({ speaker: null, text: cueText, sourceOffset: from, anchorOffset: anchor, startTime: start, endTime });
    }
    return turns;
}
