import { buildDocument, seconds } from '../document.js';
import { arr, isObject, num, str, textAt } from './shared.js';
export const deepgram = {
    name: 'deepgram',
    description: 'Deepgram JSON (results.utterances[] with speaker and channel)',
    detect: (_text, _path, probe) => {
        const v = probe.json();
        return isObject(v) && isObject(v.results) && (Array.isArray(v.results.utterances) || Array.isArray(v.results.channels));
    },
    parse: (text, opts) => {
        const doc = opts.probe.jsonWithPositions();
        const results = doc.value.results;
        const turns = [];
        const utterances = arr(results.utterances);
        if (utterances) {
            const channels = new Set();
            const speakersPerChannel = new Map();
            for (const u of utterances) {
                if (!isObject(u))
                    continue;
                const ch = num(u.channel) ?? 0;
                channels.add(ch);
                const sp = num(u.speaker);
                if (sp !== undefined) {
                    if (!speakersPerChannel.has(ch))
                        speakersPerChannel.set(ch, new Set());
                    speakersPerChannel.get(ch).add(sp);
                }
            }
            const multichannel = channels.size > 1;
            utterances.forEach((u, i) => {
                if (!isObject(u) || typeof u.transcript !== 'string')
                    return;
                const ch = num(u.channel) ?? 0;
                const sp = num(u.speaker);
                let speaker;
                if (multichannel)
                    speaker = (speakersPerChannel.get(ch)?.size ?? 0) > 1 && sp !== undefined ? `ch_${ch}/spk_${sp}` : `ch_${ch}`;
                else
                    speaker = sp !== undefined ? `spk_${sp}` : null;
                const turn = { speaker, text: u.transcript, ...textAt(doc, ['results', 'utterances', i, 'transcript'], ['results', 'utterances', i]), channel: ch };
                const start = num(u.start);
                const end = num(u.end);
                if (start !== undefined)
                    turn.startTime = seconds(start);
                if (end !== undefined)
                    turn.endTime = seconds(end);
                turns.push(turn);
            });
        }
        else {
            const channels = arr(results.channels) ?? [];
            channels.forEach((c, ci) => {
                const alt = isObject(c) ? arr(c.alternatives)?.[0] : undefined;
                const transcript = isObject(alt) ? str(alt.transcript) : undefined;
                if (transcript === undefined)
                    return;
                turns.push({
                    speaker: channels.length > 1 ? `ch_${ci}` : null,
                    text: transcript,
                    ...textAt(doc, ['results', 'channels', ci, 'alternatives', 0, 'transcript'], ['results', 'channels', ci]),
                    channel: ci,
                });
            });
        }
        return buildDocument(text, 'deepgram', [{ id: null, turns }], opts);
    },
};
