import { ownCopy } from '../text/own-copy.js';
export const DEFAULT_SPEAKER_LABELS = {
    agent: [
        'Оператор', 'Агент', 'Менеджер', 'Специалист', 'Сотрудник', 'Консультант',
        '客服', '坐席', '座席', '客服代表', '客服人员', '接线员', '服務員', '业务员',
        '客服人員', '接線員', '業務員', '服务员',
        'Agent', 'Operator', 'Rep', 'Representative', 'Advisor', 'Support',
    ],
    customer: [
        'Клиент', 'Абонент', 'Покупатель', 'Звонящий', 'Собеседник',
        '客户', '顾客', '用户', '来电者', '客人', '投保人',
        '客戶', '顧客', '用戶', '來電者',
        'Customer', 'Caller', 'Client', 'User',
    ],
};
export function mergeLabels(base, extra) {
    if (!extra)
        return base;
    return { agent: [...(extra.agent ?? []), ...base.agent], customer: [...(extra.customer ?? []), ...base.customer] };
}
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Numbered speakers of diarization tools (`Speaker 1`, `SPEAKER_00`, `spk_0`, `Спикер 2`, `说话人1`):
 * labels too, kept whole as the speaker id, with no role of their own (the roles are then guessed,
 * see roles.ts).
 */
export const GENERIC_SPEAKER = String.raw `(?:speaker|спикер|говорящий|участник|说话人|說話人|发言人|發言人)[ _]?\d{1,2}|spk_\d{1,2}`;
/**
 * A line such as `Оператор: …`, `[00:12] Agent 1: …`, `**客服**：…` or `Оператор (Анна): …`.
 * Labels are case-insensitive; the colon may be ASCII or full-width.
 */
export function compileLabels(labels) {
    const all = [GENERIC_SPEAKER, ...[...labels.agent, ...labels.customer].sort((a, b) => b.length - a.length).map(escape)];
    const time = String.raw `[\[(]?(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)[\])]?`;
    const regex = new RegExp(String.raw `^[ \t>]*(?:${time}[ \t]*(?:-[ \t]*)?)?[*_]{0,2}(${all.join('|')})(?:[ \t]*[#№]?\d+)?(?:[ \t]*[(（][^)）\n]{1,40}[)）])?[*_]{0,2}[ \t]*[:：][*_]{0,2}[ \t]?`, 'iu');
    const roles = new Map();
    for (const l of labels.customer)
        roles.set(l.toLowerCase(), 'customer');
    for (const l of labels.agent)
        roles.set(l.toLowerCase(), 'agent');
    // Labels repeat on every line: each distinct spelling is lower-cased once (bounded).
    const seen = new Map();
    const roleOf = (label) => {
        let role = seen.get(label);
        if (role === undefined) {
            role = roles.get(label.toLowerCase()) ?? 'unknown';
            // The key is a copy (a label cut from a line is a view of the whole file).
            if (seen.size < 1000)
                seen.set(ownCopy(label), role);
        }
        return role;
    };
    return { regex, roleOf };
}
/** "01:02:03.5" → seconds. */
export function parseClock(text) {
    // A loop over the characters for the usual forms (digits, colons, one decimal mark at the end);
    // anything else takes the general reading. Same result: the fraction is an exact integer over a
    // power of ten, which is what Number() rounds too.
    let acc = 0;
    let whole = 0;
    let fraction = 0;
    let scale = 0; // 0: no decimal mark yet; else 10^(digits after it)
    let digits = 0; // in the last part
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x30 && c <= 0x39) {
            digits++;
            if (scale === 0)
                whole = whole * 10 + (c - 0x30);
            else {
                fraction = fraction * 10 + (c - 0x30);
                scale *= 10;
            }
        }
        else if (c === 0x3a && scale === 0) {
            acc = acc * 60 + whole;
            whole = 0;
            digits = 0;
        }
        else if ((c === 0x2e || c === 0x2c) && scale === 0)
            scale = 1;
        else
            return parseClockSlowly(text);
    }
    if (scale > 1e15 || whole > 1e15 || (scale > 0 && digits === 0))
        return parseClockSlowly(text); // "." is NaN
    return acc * 60 + (scale <= 1 ? whole : (whole * scale + fraction) / scale);
}
function parseClockSlowly(text) {
    const parts = text.replace(',', '.').split(':').map(Number);
    return parts.reduce((acc, p) => acc * 60 + p, 0);
}
