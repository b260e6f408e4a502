import { buildDocument, seconds } from '../document.js';
import { TranscriptError } from '../errors.js';
import { SourceMapBuilder } from '../source-map.js';
import { arr, isObject, num, str, textAt } from './shared.js';
const NO_SPACE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
/** Whether a space goes between the turn so far and the next word. */
function needsSpace(prev, word, punctuation) {
    if (prev === '' || punctuation)
        return false;
    return !(NO_SPACE.test(prev[prev.length - 1]) && NO_SPACE.test(word[0] ?? ''));
}
function readItem(raw, path, speaker, channel) {
    if (!isObject(raw))
        return undefined;
    const alt = arr(raw.alternatives)?.[0];
    const content = isObject(alt) ? str(alt.content) : undefined;
    if (content === undefined)
        return undefined;
    return {
        path,
        speaker,
        start: num(raw.start_time),
        end: num(raw.end_time),
        content,
        punctuation: raw.type === 'punctuation',
        channel,
    };
}
function turnsOf(items, doc) {
    const turns = [];
    let cur = null;
    const append = (turn, it) => {
        if (needsSpace(turn.text, it.content, it.punctuation)) {
            turn.text += ' ';
            turn.map.none(1);
        }
        const contentPath = [...it.path, 'alternatives', 0, 'content'];
        const at = doc.stringOffset(contentPath);
        const escaped = doc.stringMap(contentPath);
        if (at !== null)
            turn.map.verbatim(it.content, at);
        else if (escaped && escaped.starts.length === it.content.length)
            for (let i = 0; i < it.content.length; i++)
                turn.map.unit(escaped.starts[i], escaped.ends[i]);
        else
            turn.map.none(it.content.length);
        turn.text += it.content;
    };
    for (const it of items) {
        if (!(it.punctuation && cur) && (!cur || it.speaker !== cur.speaker)) {
            const anchor = doc.offsetOf([...it.path, 'alternatives', 0, 'content']) ?? doc.offsetOf(it.path) ?? 0;
            cur = { speaker: it.speaker, text: '', sourceOffset: null, anchorOffset: anchor, startTime: it.start, channel: it.channel, map: new SourceMapBuilder() };
            turns.push(cur);
        }
        append(cur, it);
        if (it.end !== undefined)
            cur.endTime = it.end;
    }
    return turns.map(({ startTime, endTime, map, ...t }) => ({
        ...t,
        sourceMap: map.build(),
        ...(startTime !== undefined ? { startTime: seconds(startTime) } : {}),
        ...(endTime !== undefined ? { endTime: seconds(endTime) } : {}),
    }));
}
export const awsTranscribe = {
    name: 'aws-transcribe',
    description: 'Amazon Transcribe JSON (speaker_labels spk_0… or channel_labels ch_0…)',
    detect: (_text, _path, probe) => {
        const v = probe.json();
        return isObject(v) && isObject(v.results) && (Array.isArray(v.results.items) || Array.isArray(v.results.transcripts));
    },
    parse: (text, opts) => {
        const doc = opts.probe.jsonWithPositions();
        const root = doc.value;
        if (!isObject(root) || !isObject(root.results))
            throw TranscriptError.at(text, doc.offsetOf([]) ?? 0, 'not an Amazon Transcribe result: "results" object missing');
        const results = root.results;
        let items = [];
        const channels = isObject(results.channel_labels) ? arr(results.channel_labels.channels) : undefined;
        if (channels && channels.length > 0) {
            channels.forEach((ch, c) => {
                if (!isObject(ch))
                    return;
                const label = str(ch.channel_label) ?? `ch_${c}`;
                const channel = Number(/\d+$/.exec(label)?.[0] ?? c);
                arr(ch.items)?.forEach((raw, i) => {
                    const it = readItem(raw, ['results', 'channel_labels', 'channels', c, 'items', i], label, channel);
                    if (it)
                        items.push(it);
                });
            });
            // Channels are listed one after the other: interleave them by time, punctuation staying
            // behind its word.
            let lastStart = 0;
            const keyed = items.map((it, order) => {
                if (it.start !== undefined)
                    lastStart = it.start;
                return { it, key: it.start ?? lastStart, order };
            });
            keyed.sort((a, b) => a.key - b.key || a.order - b.order);
            items = keyed.map((k) => k.it);
        }
        else {
            const segments = isObject(results.speaker_labels) ? arr(results.speaker_labels.segments) : undefined;
            // Older outputs put speaker_label only on the segments' items: look them up by start time.
            const byStart = new Map();
            for (const seg of segments ?? []) {
                if (!isObject(seg))
                    continue;
                for (const si of arr(seg.items) ?? []) {
                    if (isObject(si) && typeof si.start_time === 'string' && typeof si.speaker_label === 'string')
                        byStart.set(si.start_time, si.speaker_label);
                }
            }
            const diarized = segments !== undefined;
            let last = null;
            arr(results.items)?.forEach((raw, i) => {
                if (!isObject(raw))
                    return;
                let speaker = null;
                if (diarized) {
                    speaker = str(raw.speaker_label) ?? (typeof raw.start_time === 'string' ? byStart.get(raw.start_time) : undefined) ?? last;
                    last = speaker;
                }
                const it = readItem(raw, ['results', 'items', i], speaker);
                if (it)
                    items.push(it);
            });
            if (!diarized) {
                // One speaker: the full transcript string stands verbatim in the file.
                const transcripts = arr(results.transcripts);
                const t0 = transcripts?.[0];
                if (isObject(t0) && typeof t0.transcript === 'string') {
                    const first = items.find((i) => i.start !== undefined);
                    const lastTimed = [...items].reverse().find((i) => i.end !== undefined);
                    const turn = { speaker: null, text: t0.transcript, ...textAt(doc, ['results', 'transcripts', 0, 'transcript'], ['results', 'transcripts', 0]) };
                    if (first?.start !== undefined)
                        turn.startTime = seconds(first.start);
                    if (lastTimed?.end !== undefined)
                        turn.endTime = seconds(lastTimed.end);
                    return buildDocument(text, 'aws-transcribe', [{ id: null, turns: [turn] }], opts);
                }
            }
        }
        return buildDocument(text, 'aws-transcribe', [{ id: null, turns: turnsOf(items, doc) }], opts);
    },
};
