import { buildDocument, seconds } from '../document.js';
import { arr, isObject, num, textAt } from './shared.js';
export const whisper = {
    name: 'whisper',
    description: 'OpenAI Whisper JSON (segments[] with start/end seconds; WhisperX speaker kept)',
    detect: (_text, _path, probe) => {
        const v = probe.json();
        if (!isObject(v) || !Array.isArray(v.segments))
            return false;
        const first = v.segments[0];
        return v.segments.length === 0 ? typeof v.text === 'string' : isObject(first) && typeof first.text === 'string' && num(first.start) !== undefined;
    },
    parse: (text, opts) => {
        const doc = opts.probe.jsonWithPositions();
        const root = doc.value;
        const turns = [];
        arr(root.segments)?.forEach((s, i) => {
            if (!isObject(s) || typeof s.text !== 'string')
                return;
            const sp = s.speaker;
            const turn = {
                speaker: typeof sp === 'string' || typeof sp === 'number' ? String(sp) : null,
                text: s.text,
                ...textAt(doc, ['segments', i, 'text'], ['segments', i]),
            };
            const start = num(s.start);
            const end = num(s.end);
            if (start !== undefined)
                turn.startTime = seconds(start);
            if (end !== undefined)
                turn.endTime = seconds(end);
            turns.push(turn);
        });
        return buildDocument(text, 'whisper', [{ id: null, turns }], opts);
    },
};
