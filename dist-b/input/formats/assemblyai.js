import { buildDocument, seconds } from '../document.js';
import { arr, isObject, num, str, textAt } from './shared.js';
export const assemblyai = {
    name: 'assemblyai',
    description: 'AssemblyAI JSON (utterances[] with speaker "A"/"B", times in ms)',
    detect: (_text, _path, probe) => {
        const v = probe.json();
        if (!isObject(v) || !('utterances' in v) || typeof v.text !== 'string' && v.text !== null)
            return false;
        const u = v.utterances;
        if (u === null)
            return 'audio_url' in v || 'words' in v || 'status' in v;
        if (!Array.isArray(u))
            return false;
        const first = u[0];
        return u.length === 0 || (isObject(first) && typeof first.text === 'string' && 'speaker' in first);
    },
    parse: (text, opts) => {
        const doc = opts.probe.jsonWithPositions();
        const root = doc.value;
        const turns = [];
        const utterances = arr(root.utterances);
        if (utterances) {
            utterances.forEach((u, i) => {
                if (!isObject(u) || typeof u.text !== 'string')
                    return;
                const sp = u.speaker;
                const turn = {
                    speaker: typeof sp === 'string' || typeof sp === 'number' ? String(sp) : null,
                    text: u.text,
                    ...textAt(doc, ['utterances', i, 'text'], ['utterances', i]),
                };
                const ch = num(u.channel);
                if (ch !== undefined)
                    turn.channel = ch;
                const start = num(u.start);
                const end = num(u.end);
                if (start !== undefined)
                    turn.startTime = seconds(start, 1000);
                if (end !== undefined)
                    turn.endTime = seconds(end, 1000);
                turns.push(turn);
            });
        }
        else {
            const t = str(root.text);
            if (t !== undefined)
                turns.push({ speaker: null, text: t, ...textAt(doc, ['text'], []) });
        }
        return buildDocument(text, 'assemblyai', [{ id: null, turns }], opts);
    },
};
