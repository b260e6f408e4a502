import { buildDocument, seconds } from './document.js';
import { TranscriptError } from './errors.js';
import { roleOfName } from './roles.js';
import { sliceMap } from './source-map.js';
import { compileLabels, parseClock } from './speakers.js';
import { ownCopy } from '../text/own-copy.js';
/** Known names per field, compared after `fieldKey` (lower case, no spaces, _ - . or brackets). */
export const FIELD_NAMES = {
    callId: [
        'call_id', 'callid', 'call', 'conversation_id', 'conversation', 'contact_id', 'session_id', 'interaction_id', 'dialog_id', 'dialogue_id', 'chat_id', 'record_id', 'recording_id', 'ticket_id',
        'id звонка', 'звонок', 'номер звонка', 'идентификатор звонка', 'id разговора', 'разговор', 'диалог', 'id диалога', 'обращение', 'номер обращения',
        '通话id', '通话编号', '通话', '会话id', '会话编号', '对话id', '录音编号', '工单号', '通話id', '通話編號', '會話id', '對話id', '錄音編號',
    ],
    speaker: [
        'speaker', 'speaker_label', 'speaker_id', 'speaker_name', 'participant', 'participant_id', 'channel', 'from', 'author', 'sender', 'who',
        'говорящий', 'спикер', 'участник', 'кто', 'канал', 'собеседник',
        '说话人', '说话者', '发言人', '讲话人', '說話人', '說話者', '發言人', '講話人',
    ],
    role: [
        'role', 'speaker_role', 'participant_role', 'side', 'speaker_type',
        'роль', 'сторона', 'роль говорящего',
        '角色', '身份', '说话人角色', '說話人角色',
    ],
    text: [
        'text', 'transcript', 'transcription', 'utterance', 'content', 'message', 'phrase', 'sentence', 'speech', 'body',
        'текст', 'реплика', 'фраза', 'сообщение', 'высказывание', 'расшифровка', 'содержание',
        '文本', '内容', '话语', '对话内容', '发言内容', '转写文本', '识别文本', '文字', '內容', '話語', '對話內容', '發言內容', '轉寫文本',
    ],
    start: [
        'start', 'start_time', 'starttime', 'start_sec', 'start_seconds', 'start_ms', 'start_offset', 'begin', 'begin_time', 'begin_offset', 'begin_offset_millis', 'offset', 'from_time', 'time', 'timestamp', 'start_timestamp',
        'начало', 'время', 'время начала', 'старт', 'начало, с', 'метка времени',
        '开始', '开始时间', '起始时间', '时间', '时间戳', '開始', '開始時間', '起始時間', '時間',
    ],
    end: [
        'end', 'end_time', 'endtime', 'end_sec', 'end_seconds', 'end_ms', 'end_offset', 'end_offset_millis', 'stop', 'stop_time', 'to_time', 'finish',
        'конец', 'окончание', 'время окончания', 'время конца',
        '结束', '结束时间', '終止時間', '結束', '結束時間',
    ],
    agent: [
        'agent', 'agent_name', 'agent_id', 'operator', 'operator_name', 'employee', 'rep', 'representative',
        'оператор', 'имя оператора', 'фио оператора', 'сотрудник', 'агент', 'менеджер',
        '坐席', '客服', '坐席姓名', '客服姓名', '坐席工号', '客服工号', '座席', '客服人員', '客服姓名',
    ],
};
export function fieldKey(name) {
    return name.normalize('NFKC').toLowerCase().replace(/[\s_\-.()（）:：,]+/gu, '');
}
const KNOWN = new Map();
for (const kind of Object.keys(FIELD_NAMES)) {
    for (const n of FIELD_NAMES[kind])
        if (!KNOWN.has(fieldKey(n)))
            KNOWN.set(fieldKey(n), kind);
}
/** The field a column name stands for, by the known names. */
export function knownField(name) {
    // CSV detection asks this of every comma-separated piece of a plain transcript's first line,
    // in every file, and the greeting lines repeat from file to file: answers are kept (bounded).
    // The key is a copy (a name cut from a line is a view of the whole file).
    const memo = KNOWN_FIELD_MEMO.get(name);
    if (memo !== undefined)
        return memo ?? undefined;
    const key = fieldKey(name);
    // `Начало, с`, `start (ms)`, `开始时间(秒)`: the unit does not change what the column is.
    const kind = KNOWN.get(key) ?? KNOWN.get(fieldKey(name.replace(UNIT_SUFFIX, '')));
    if (KNOWN_FIELD_MEMO.size < 2000 && name.length <= 64)
        KNOWN_FIELD_MEMO.set(ownCopy(name), kind ?? null);
    return kind;
}
const KNOWN_FIELD_MEMO = new Map();
const UNIT_SUFFIX = /[\s,_(（\[]*(?:s|sec|secs|seconds|ms|millis|milliseconds|с|сек|мс|秒|毫秒)[)）\]]?\s*$/iu;
/**
 * Chooses one column per field: overrides first (must exist), then known names, first column
 * wins. Returns the index per field.
 */
export function mapColumns(names, overrides, located) {
    const out = {};
    const taken = new Set();
    for (const [kind, name] of Object.entries(overrides ?? {})) {
        if (name === undefined)
            continue;
        const exact = names.indexOf(name);
        const i = exact !== -1 ? exact : names.findIndex((n) => fieldKey(n) === fieldKey(name));
        if (i === -1)
            throw located(`column "${name}" (csv.${kind}) not found; columns: ${names.map((n) => JSON.stringify(n)).join(', ')}`);
        out[kind] = i;
        taken.add(i);
    }
    names.forEach((n, i) => {
        if (taken.has(i))
            return;
        const kind = knownField(n);
        if (kind !== undefined && out[kind] === undefined) {
            out[kind] = i;
            taken.add(i);
        }
    });
    return out;
}
/** Each field kind's place in the order a record's fields are stored (a kind added to FieldKind and not here fails to compile). */
export const FIELD_SLOT = { callId: 0, speaker: 1, role: 2, text: 3, start: 4, end: 5, agent: 6 };
/**
 * A record's fields object from its values by FIELD_SLOT, made with named stores in that one
 * order: stores by a computed key into a fresh object (a JSON turn, a CSV row) made every
 * record's fields a slow object, and reading a JSON turn took most of its time.
 */
export function fieldsOf(found) {
    const f = {};
    if (found[0] !== undefined)
        f.callId = found[0];
    if (found[1] !== undefined)
        f.speaker = found[1];
    if (found[2] !== undefined)
        f.role = found[2];
    if (found[3] !== undefined)
        f.text = found[3];
    if (found[4] !== undefined)
        f.start = found[4];
    if (found[5] !== undefined)
        f.end = found[5];
    if (found[6] !== undefined)
        f.agent = found[6];
    return f;
}
const CLOCK = /^(?:(\d{1,2}):)?(\d{1,2}):(\d{1,2}(?:[.,]\d+)?)$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const MILLIS_COLUMN = new Map();
/** Reads a time field: `12.5` (seconds, or ms when the column says so), `01:02.5`, a date. */
export function readTime(f, located) {
    const v = f.value.trim();
    if (v === '')
        return undefined;
    let millis = MILLIS_COLUMN.get(f.name);
    if (millis === undefined) {
        millis = /(?:^|[^\p{L}])(?:ms|мс)[)）\]]?$|millis|msec|毫秒/iu.test(f.name.trim()) || /ms$/i.test(fieldKey(f.name));
        MILLIS_COLUMN.set(f.name, millis);
    }
    let m;
    if (/^-?\d+(?:[.,]\d+)?$/.test(v)) {
        const n = Number(v.replace(',', '.'));
        return { value: millis ? n / 1000 : n, absolute: false };
    }
    if ((m = /^(\d+(?:[.,]\d+)?)\s*(ms|s|с|мс|秒|毫秒)$/i.exec(v))) {
        const n = Number(m[1].replace(',', '.'));
        return { value: /ms|мс|毫秒/i.test(m[2]) ? n / 1000 : n, absolute: false };
    }
    if ((m = CLOCK.exec(v))) {
        return { value: Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3].replace(',', '.')), absolute: false };
    }
    if (DATE_TIME.test(v)) {
        const t = Date.parse(v.replace(' ', 'T').replace(',', '.'));
        if (!Number.isNaN(t))
            return { value: t / 1000, absolute: true };
    }
    throw located(f.offset, `invalid time ${JSON.stringify(v)} in "${f.name}" (expected seconds, 00:01:02.5 or a date-time)`);
}
const labelCache = new WeakMap();
function labelsOf(labels) {
    let m = labelCache.get(labels);
    if (!m) {
        m = compileLabels(labels);
        labelCache.set(labels, m);
    }
    return m;
}
/** Rows → calls (one per call id, first-appearance order; one call without ids). */
export function rowsToCalls(rows, located, opts) {
    const calls = new Map();
    const order = [];
    for (const row of rows) {
        const f = row.fields;
        const id = f.callId?.value.trim() ?? '';
        const key = f.callId ? id : '\u0000';
        let entry = calls.get(key);
        if (!entry) {
            entry = { call: { id: f.callId ? id : null, turns: [] }, times: [] };
            calls.set(key, entry);
            order.push(entry);
        }
        const agentName = f.agent?.value.trim();
        if (entry.call.agent === undefined && agentName)
            entry.call.agent = agentName;
        const text = f.text;
        if (!text)
            continue;
        const speakerName = f.speaker?.value.trim() || undefined;
        const roleName = f.role?.value.trim() || undefined;
        const turn = {
            speaker: speakerName ?? roleName ?? null,
            text: text.value,
            sourceOffset: text.verbatimOffset,
            anchorOffset: text.offset,
        };
        if (text.verbatimOffset === null && text.map)
            turn.sourceMap = text.map;
        if (roleName !== undefined)
            turn.role = roleOfName(roleName, opts.labels) ?? 'unknown';
        let start = f.start ? readTime(f.start, located) : undefined;
        // No speaker column: the text may carry the label itself ("Оператор: …", "[00:12] Agent: …").
        if (speakerName === undefined && roleName === undefined) {
            const m = labelsOf(opts.labels).regex.exec(turn.text);
            if (m) {
                turn.speaker = m[2];
                turn.text = turn.text.slice(m[0].length);
                if (turn.sourceOffset !== null)
                    turn.sourceOffset += m[0].length;
                if (turn.sourceMap)
                    turn.sourceMap = sliceMap(turn.sourceMap, m[0].length, m[0].length + turn.text.length);
                if (start === undefined && m[1] !== undefined)
                    start = { value: parseClock(m[1]), absolute: false };
            }
        }
        entry.call.turns.push(turn);
        entry.times.push([turn, start, f.end ? readTime(f.end, located) : undefined]);
    }
    for (const { times } of order) {
        // Date-times become seconds from the call's first timed turn.
        let origin = Infinity;
        for (const [, s, e] of times)
            for (const t of [s, e])
                if (t?.absolute)
                    origin = Math.min(origin, t.value);
        const rel = (t) => seconds(t.absolute ? t.value - origin : t.value);
        for (const [turn, s, e] of times) {
            if (s)
                turn.startTime = rel(s);
            if (e)
                turn.endTime = rel(e);
        }
    }
    return order.map((e) => e.call);
}
/** The document of a format of one turn per record (JSON Lines, CSV, TSV): `rows` grouped into calls over `text`. */
export function documentOfRecords(text, format, rows, opts) {
    return buildDocument(text, format, rowsToCalls(rows, (o, m) => TranscriptError.at(opts.probe.lines, o, m), { labels: opts.labels }), opts);
}
