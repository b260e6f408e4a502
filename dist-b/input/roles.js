/**
 * Who is the agent? Every speaker id of a call gets a role, first by what the user said, then by
 * what the format says, then by a documented guess:
 *
 * 1. `speakerRoles` in the config (`{spk_0: agent, "A": customer}`), matched exactly, then
 *    case-insensitively;
 * 2. the role the format carries (Contact Lens `ParticipantRole`, CCAI `role`, a CSV role column);
 * 3. the speaker name itself when it is a known label or role word (`Оператор`, `Agent`, `客服`,
 *    `customer`…);
 * 4. a guess for the rest, reported as a notice: when an agent is already known, the others are
 *    customers; otherwise the agent is the speaker whose opening (first two turns) greets best —
 *    agent phrases ("thank you for calling", «меня зовут», 欢迎致电) count 2, greetings (hello,
 *    здравствуйте, 您好) count 1, ties go to whoever spoke first; when nobody greets, the speaker
 *    on channel 0, else the first speaker. Everyone else is a customer.
 *
 * A call without any speaker labels (Whisper, plain subtitles) is read like a script: every turn
 * is agent speech, with a notice.
 */
import { normalize } from '../text/normalize.js';
import { ownCopy } from '../text/own-copy.js';
const ROLE_WORDS = {
    agent: ['agent', 'human_agent', 'automated_agent', 'any_agent', 'operator', 'representative', 'оператор', 'агент', 'сотрудник', '客服', '坐席', '座席'],
    customer: ['customer', 'end_user', 'enduser', 'client', 'caller', 'user', 'клиент', 'абонент', '客户', '客戶', '顾客', '顧客', '用户', '用戶'],
};
/** The role a label or role word stands for (`AGENT`, `Оператор 2`, `客服（小王）`), if any. */
export function roleOfName(name, labels) {
    // Asked of every turn of a file with a role field (JSON, CSV), with the same few names: answers
    // are kept per label set (bounded; the key is a copy, a name cut from a file is a view of it).
    let memo = ROLE_MEMO.get(labels);
    if (memo === undefined)
        ROLE_MEMO.set(labels, (memo = new Map()));
    const known = memo.get(name);
    if (known !== undefined)
        return known ?? undefined;
    const role = roleOfNameUncached(name, labels);
    if (memo.size < 2000 && name.length <= 64)
        memo.set(ownCopy(name), role ?? null);
    return role;
}
const ROLE_MEMO = new WeakMap();
function roleOfNameUncached(name, labels) {
    const key = name
        .trim()
        .replace(/[\s_#№-]*\d+$/u, '')
        .replace(/\s*[(（][^)）]*[)）]$/u, '')
        .toLowerCase();
    if (key === '')
        return undefined;
    const simplified = normalize(key);
    for (const role of ['agent', 'customer']) {
        if (ROLE_WORDS[role].some((w) => w === key || normalize(w) === simplified))
            return role;
        if (labels[role].some((w) => w.toLowerCase() === key || normalize(w) === simplified))
            return role;
    }
    return undefined;
}
function configRole(speaker, roles) {
    if (!roles)
        return undefined;
    if (Object.hasOwn(roles, speaker))
        return roles[speaker];
    const lower = speaker.toLowerCase();
    for (const [k, v] of Object.entries(roles))
        if (k.toLowerCase() === lower)
            return v;
    return undefined;
}
// Opening phrases, matched on normalised text (lower case, ё→е, Traditional→Simplified).
const AGENT_PHRASES = [
    'thank you for calling', 'thanks for calling', 'thank you for contacting', 'welcome to', 'how can i help', 'how may i help',
    'how can i assist', 'how may i assist', 'what can i do for you', 'my name is', "you're speaking with", 'you are speaking with',
    'чем могу помочь', 'чем я могу вам помочь', 'чем могу быть полезен', 'чем могу быть полезна', 'меня зовут', 'с вами говорит',
    'вы позвонили в', 'вы позвонили', 'слушаю', 'компания',
    '欢迎致电', '欢迎来电', '感谢致电', '感谢您致电', '有什么可以帮', '很高兴为您服务', '我是客服', '工号',
];
const GREETINGS = [
    'hello', 'hi', 'good morning', 'good afternoon', 'good evening',
    'здравствуйте', 'добрый день', 'доброе утро', 'добрый вечер', 'приветствую',
    '您好', '你好',
];
function phraseRegex(list) {
    const alts = list.map((p) => normalize(p).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // Han phrases match anywhere; words of other scripts at letter boundaries.
    return new RegExp(alts.map((a) => (/\p{Script=Han}/u.test(a) ? a : `(?<![\\p{L}\\p{N}])${a}(?![\\p{L}\\p{N}])`)).join('|'), 'gu');
}
// Built on first use: a run whose roles come from labels or the config never needs them.
let agentRe = null;
let greetingRe = null;
/** How much a speaker's opening sounds like an agent's. */
export function greetingScore(opening) {
    const text = normalize(opening);
    const strong = text.match((agentRe ??= phraseRegex(AGENT_PHRASES)))?.length ?? 0;
    const greet = text.match((greetingRe ??= phraseRegex(GREETINGS)))?.length ?? 0;
    return 2 * Math.min(strong, 2) + Math.min(greet, 1);
}
export function assignRoles(turns, opts) {
    if (turns.length === 0)
        return { roles: [] };
    if (turns.every((t) => t.speaker === null)) {
        return { roles: turns.map(() => 'agent'), notice: 'no speaker labels: every turn is read as agent speech' };
    }
    const speakers = [];
    const resolved = new Map();
    for (const t of turns) {
        if (t.speaker === null || speakers.includes(t.speaker))
            continue;
        speakers.push(t.speaker);
        const role = configRole(t.speaker, opts.speakerRoles) ?? t.role ?? roleOfName(t.speaker, opts.labels);
        if (role !== undefined)
            resolved.set(t.speaker, role);
    }
    const unresolved = speakers.filter((s) => !resolved.has(s));
    const guesses = [];
    if (unresolved.length > 0) {
        const knownAgent = [...resolved.values()].includes('agent');
        let agent;
        let reason = '';
        if (!knownAgent) {
            let best = 0;
            for (const s of unresolved) {
                const opening = turns.filter((t) => t.speaker === s).slice(0, 2).map((t) => t.text).join('\n');
                const score = greetingScore(opening);
                if (score > best) {
                    best = score;
                    agent = s;
                }
            }
            if (agent !== undefined)
                reason = 'greets first';
            else {
                agent = unresolved.find((s) => /^ch(?:annel)?[ _]?0$/i.test(s) || turns.some((t) => t.speaker === s && t.channel === 0));
                if (agent !== undefined)
                    reason = 'channel 0';
                else {
                    agent = unresolved[0];
                    reason = 'speaks first';
                }
            }
        }
        if (agent !== undefined)
            guesses.push(`${agent} → agent (${reason})`);
        for (const s of unresolved) {
            resolved.set(s, s === agent ? 'agent' : 'customer');
            if (s !== agent)
                guesses.push(`${s} → customer`);
        }
    }
    const roles = turns.map((t) => (t.speaker === null ? 'unknown' : (resolved.get(t.speaker) ?? 'unknown')));
    return guesses.length > 0 ? { roles, notice: `speaker roles guessed: ${guesses.join(', ')}` } : { roles };
}
