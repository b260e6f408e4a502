import { buildDocument, seconds } from '../document.js';
import { arr, isObject, num, str, textAt } from './shared.js';
export function roleOfParticipant(role) {
    if (role === undefined)
        return undefined;
    const r = role.toUpperCase();
    if (r === 'AGENT' || r === 'HUMAN_AGENT' || r === 'AUTOMATED_AGENT' || r === 'ANY_AGENT')
        return 'agent';
    if (r === 'CUSTOMER' || r === 'END_USER')
        return 'customer';
    return 'unknown';
}
export const contactLens = {
    name: 'contact-lens',
    description: 'Amazon Connect Contact Lens / Transcribe Call Analytics JSON (Transcript[], ParticipantRole)',
    detect: (_text, _path, probe) => {
        const v = probe.json();
        if (!isObject(v) || !Array.isArray(v.Transcript))
            return false;
        const first = v.Transcript[0];
        return v.Transcript.length === 0 ? Array.isArray(v.Participants) : isObject(first) && typeof first.Content === 'string';
    },
    parse: (text, opts) => {
        const doc = opts.probe.jsonWithPositions();
        const root = doc.value;
        const roleById = new Map();
        for (const p of arr(root.Participants) ?? []) {
            if (isObject(p) && typeof p.ParticipantId === 'string' && typeof p.ParticipantRole === 'string')
                roleById.set(p.ParticipantId, p.ParticipantRole);
        }
        const turns = [];
        arr(root.Transcript)?.forEach((raw, i) => {
            if (!isObject(raw) || typeof raw.Content !== 'string')
                return;
            const id = str(raw.ParticipantId);
            const roleName = str(raw.ParticipantRole) ?? (id !== undefined ? roleById.get(id) : undefined);
            const begin = num(raw.BeginOffsetMillis);
            const end = num(raw.EndOffsetMillis);
            const turn = {
                speaker: roleName ?? id ?? null,
                text: raw.Content,
                ...textAt(doc, ['Transcript', i, 'Content'], ['Transcript', i]),
                role: roleOfParticipant(roleName),
            };
            if (begin !== undefined)
                turn.startTime = seconds(begin, 1000);
            if (end !== undefined)
                turn.endTime = seconds(end, 1000);
            turns.push(turn);
        });
        return buildDocument(text, 'contact-lens', [{ id: null, turns }], opts);
    },
};
