import { buildDocument, seconds } from '../document.js';
import { roleOfParticipant } from './contact-lens.js';
import { arr, isObject, num, str, textAt } from './shared.js';
const ONE_DAY_USEC = 86_400_000_000;
export const ccai = {
    name: 'ccai',
    description: 'Google Contact Center AI Insights conversation JSON (entries[] with role, start_timestamp_usec)',
    detect: (_text, _path, probe) => {
        const v = probe.json();
        if (!isObject(v) || !Array.isArray(v.entries))
            return false;
        const first = v.entries[0];
        return v.entries.length === 0 || (isObject(first) && typeof first.text === 'string' && ('role' in first || 'user_id' in first || 'start_timestamp_usec' in first));
    },
    parse: (text, opts) => {
        const doc = opts.probe.jsonWithPositions();
        const root = doc.value;
        const entries = arr(root.entries) ?? [];
        const stamps = entries.map((e) => (isObject(e) ? num(e.start_timestamp_usec) : undefined));
        const firstStamp = stamps.find((s) => s !== undefined);
        const origin = firstStamp !== undefined && firstStamp > ONE_DAY_USEC ? firstStamp : 0;
        const next = [];
        for (let i = stamps.length - 1, after; i >= 0; i--) {
            next[i] = after;
            if (stamps[i] !== undefined)
                after = stamps[i];
        }
        const turns = [];
        entries.forEach((e, i) => {
            if (!isObject(e) || typeof e.text !== 'string')
                return;
            const role = str(e.role);
            const user = e.user_id;
            const turn = {
                speaker: role ?? (typeof user === 'number' || typeof user === 'string' ? String(user) : null),
                text: e.text,
                ...textAt(doc, ['entries', i, 'text'], ['entries', i]),
                role: roleOfParticipant(role),
            };
            const s = stamps[i];
            if (s !== undefined)
                turn.startTime = seconds(s - origin, 1_000_000);
            const n = next[i];
            if (s !== undefined && n !== undefined)
                turn.endTime = seconds(n - origin, 1_000_000);
            turns.push(turn);
        });
        return buildDocument(text, 'ccai', [{ id: null, turns }], opts);
    },
};
