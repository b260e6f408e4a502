/**
 * Every transcript format: detection by content, calls, turns, speakers, roles, times (seconds)
 * and exact source offsets (a verbatim turn's text is `source.slice(sourceOffset, …)`; otherwise
 * sourceOffset is null and anchorOffset is the opening quote of the text string).
 */
import { describe, expect, it } from 'vitest';
import { INPUT_FORMATS, selectFormat } from '../../src/input/index.js';
import { at, parse, rows } from './helpers.js';

const j = (v: unknown): string => JSON.stringify(v, null, 2);

describe('AWS Transcribe', () => {
  const item = (content: string, start: string | null, end: string | null, speaker: string, type = 'pronunciation'): Record<string, unknown> => ({
    ...(start !== null ? { start_time: start, end_time: end } : {}),
    alternatives: [{ confidence: '0.99', content }],
    type,
    speaker_label: speaker,
  });

  it('builds a turn per speaker run from items (punctuation attached, no verbatim position)', () => {
    const src = j({
      jobName: 'j',
      results: {
        transcripts: [{ transcript: "Hello. I don't know." }],
        speaker_labels: { speakers: 2, segments: [] },
        items: [
          item('Hello', '0.5', '0.9', 'spk_0'),
          item('.', null, null, 'spk_0', 'punctuation'),
          item('I', '1.5', '1.7', 'spk_1'),
          item("don't", '1.7', '2.0', 'spk_1'),
          item('know', '2.0', '2.44', 'spk_1'),
          item('.', null, null, 'spk_1', 'punctuation'),
        ],
      },
    });
    const doc = parse(src);
    expect(doc.format).toBe('aws-transcribe');
    expect(rows(doc)).toEqual([
      ['spk_0', 'agent', 'Hello.', null, at(src, '"Hello"'), 0.5, 0.9],
      ['spk_1', 'customer', "I don't know.", null, at(src, '"I"'), 1.5, 2.44],
    ]);
    expect(doc.notices).toEqual(['speaker roles guessed: spk_0 → agent (greets first), spk_1 → customer']);
  });

  it('reads speakers from speaker_labels.segments when items carry none (older outputs), compact one-line JSON', () => {
    const items = [
      { start_time: '0.1', end_time: '0.4', alternatives: [{ confidence: '1', content: '您好' }], type: 'pronunciation' },
      { alternatives: [{ confidence: '0', content: '，' }], type: 'punctuation' },
      { start_time: '0.4', end_time: '0.9', alternatives: [{ confidence: '1', content: '欢迎' }], type: 'pronunciation' },
      { start_time: '0.9', end_time: '1.3', alternatives: [{ confidence: '1', content: '致电' }], type: 'pronunciation' },
      { start_time: '2.0', end_time: '2.5', alternatives: [{ confidence: '1', content: '你好' }], type: 'pronunciation' },
    ];
    const segments = [
      { start_time: '0.1', end_time: '1.3', speaker_label: 'spk_1', items: items.slice(0, 4).filter((i) => 'start_time' in i).map((i) => ({ start_time: i.start_time, end_time: i.end_time, speaker_label: 'spk_1' })) },
      { start_time: '2.0', end_time: '2.5', speaker_label: 'spk_0', items: [{ start_time: '2.0', end_time: '2.5', speaker_label: 'spk_0' }] },
    ];
    const src = JSON.stringify({ results: { transcripts: [{ transcript: '您好，欢迎致电 你好' }], speaker_labels: { speakers: 2, segments }, items } });
    const doc = parse(src);
    expect(rows(doc)).toEqual([
      ['spk_1', 'agent', '您好，欢迎致电', null, at(src, '"您好"'), 0.1, 1.3],
      ['spk_0', 'customer', '你好', null, at(src, '"你好"'), 2, 2.5],
    ]);
  });

  it('interleaves channel_labels channels by time (ch_0, ch_1)', () => {
    const ch = (label: string, words: [string, string, string][]): Record<string, unknown> => ({
      channel_label: label,
      items: words.map(([w, s, e]) => ({ channel_label: label, start_time: s, end_time: e, alternatives: [{ confidence: '1', content: w }], type: 'pronunciation' })),
    });
    const src = j({
      results: {
        transcripts: [{ transcript: 'x' }],
        channel_labels: { channels: [ch('ch_0', [['Hi', '0.1', '0.3'], ['again', '3.0', '3.4']]), ch('ch_1', [['Yes', '1.0', '1.2']])], number_of_channels: 2 },
        items: [],
      },
    });
    expect(rows(parse(src))).toEqual([
      ['ch_0', 'agent', 'Hi', null, at(src, '"Hi"'), 0.1, 0.3],
      ['ch_1', 'customer', 'Yes', null, at(src, '"Yes"'), 1, 1.2],
      ['ch_0', 'agent', 'again', null, at(src, '"again"'), 3, 3.4],
    ]);
  });

  it('without speakers, the transcript string is one verbatim turn', () => {
    const src = j({ results: { transcripts: [{ transcript: 'Thank you for calling.' }], items: [item('Thank', '0.2', '0.4', 'x'), item('calling', '1.0', '1.6', 'x')] } });
    expect(rows(parse(src))).toEqual([[null, 'agent', 'Thank you for calling.', at(src, 'Thank you'), at(src, '"Thank you') , 0.2, 1.6]]);
  });
});

describe('Contact Lens', () => {
  it('maps ParticipantId → ParticipantRole, ms offsets → seconds, Content verbatim', () => {
    const src = j({
      Version: '1.1.0',
      Participants: [
        { ParticipantId: 'c-1', ParticipantRole: 'CUSTOMER' },
        { ParticipantId: 'a-1', ParticipantRole: 'AGENT' },
        { ParticipantId: 's-1', ParticipantRole: 'SYSTEM' },
      ],
      Transcript: [
        { BeginOffsetMillis: 0, Content: 'Your call may be recorded.', EndOffsetMillis: 1500, Id: '1', ParticipantId: 's-1' },
        { BeginOffsetMillis: 1710, Content: 'Hello, this is Anna.', EndOffsetMillis: 4020, Id: '2', ParticipantId: 'a-1' },
        { BeginOffsetMillis: 4100, Content: 'My card is [PII].', EndOffsetMillis: 6000, Id: '3', ParticipantId: 'c-1', Redaction: { RedactedTimestamps: [] } },
      ],
    });
    const doc = parse(src);
    expect(doc.format).toBe('contact-lens');
    expect(rows(doc)).toEqual([
      ['SYSTEM', 'unknown', 'Your call may be recorded.', at(src, 'Your call'), at(src, 'Your call') - 1, 0, 1.5],
      ['AGENT', 'agent', 'Hello, this is Anna.', at(src, 'Hello, this'), at(src, 'Hello, this') - 1, 1.71, 4.02],
      ['CUSTOMER', 'customer', 'My card is      .', at(src, 'My card'), at(src, 'My card') - 1, 4.1, 6],
    ]);
    expect(doc.notices).toEqual([]);
  });

  it('reads Transcribe Call Analytics (ParticipantRole on each item)', () => {
    const src = j({ JobName: 'x', Transcript: [{ BeginOffsetMillis: 10, EndOffsetMillis: 900, Content: 'Hi', ParticipantRole: 'CUSTOMER' }] });
    expect(rows(parse(src))).toEqual([['CUSTOMER', 'customer', 'Hi', at(src, 'Hi"'), at(src, '"Hi"'), 0.01, 0.9]]);
  });
});

describe('Deepgram', () => {
  it('one channel: spk_N from integer speakers', () => {
    const src = j({
      metadata: { request_id: 'r' },
      results: {
        channels: [{ alternatives: [{ transcript: 'x', words: [] }] }],
        utterances: [
          { start: 0.32, end: 1.5, confidence: 0.9, channel: 0, transcript: 'Алло?', words: [], speaker: 1, id: 'u1' },
          { start: 1.9, end: 4.25, confidence: 0.9, channel: 0, transcript: 'Здравствуйте, меня зовут Анна.', words: [], speaker: 0, id: 'u2' },
        ],
      },
    });
    const doc = parse(src);
    expect(doc.format).toBe('deepgram');
    expect(rows(doc)).toEqual([
      ['spk_1', 'customer', 'Алло?', at(src, 'Алло'), at(src, 'Алло') - 1, 0.32, 1.5],
      ['spk_0', 'agent', 'Здравствуйте, меня зовут Анна.', at(src, 'Здравствуйте'), at(src, 'Здравствуйте') - 1, 1.9, 4.25],
    ]);
    expect(doc.notices).toEqual(['speaker roles guessed: spk_0 → agent (greets first), spk_1 → customer']);
  });

  it('multichannel: ch_N, channel 0 is the agent when nobody greets', () => {
    const src = j({
      results: {
        channels: [],
        utterances: [
          { start: 0, end: 1, channel: 1, speaker: 0, transcript: 'Yes.' },
          { start: 1, end: 2, channel: 0, speaker: 0, transcript: 'Okay.' },
        ],
      },
    });
    const doc = parse(src);
    expect(rows(doc).map((r) => [r[0], r[1]])).toEqual([
      ['ch_1', 'customer'],
      ['ch_0', 'agent'],
    ]);
    expect(doc.notices).toEqual(['speaker roles guessed: ch_0 → agent (channel 0), ch_1 → customer']);
  });
});

describe('AssemblyAI', () => {
  it('speakers A/B, times in ms', () => {
    const src = j({ id: 't', status: 'completed', text: '…', utterances: [{ speaker: 'A', text: '您好，欢迎致电蓝天保险。', start: 250, end: 2340, confidence: 0.9, words: [] }, { speaker: 'B', text: '你好。', start: 2500, end: 3000, words: [] }] });
    const doc = parse(src);
    expect(doc.format).toBe('assemblyai');
    expect(rows(doc)).toEqual([
      ['A', 'agent', '您好，欢迎致电蓝天保险。', at(src, '您好'), at(src, '您好') - 1, 0.25, 2.34],
      ['B', 'customer', '你好。', at(src, '你好。'), at(src, '你好。') - 1, 2.5, 3],
    ]);
  });

  it('speakerRoles config wins over the guess (no notice)', () => {
    const src = j({ id: 't', status: 'completed', text: '', utterances: [{ speaker: 'A', text: 'Hello, thanks for calling.', start: 0, end: 1 }, { speaker: 'B', text: 'Hi.', start: 1, end: 2 }] });
    const doc = parse(src, { speakerRoles: { a: 'customer', B: 'agent' } });
    expect(rows(doc).map((r) => [r[0], r[1]])).toEqual([
      ['A', 'customer'],
      ['B', 'agent'],
    ]);
    expect(doc.notices).toEqual([]);
  });
});

describe('Whisper', () => {
  it('segments without speakers are agent speech; the leading space is trimmed with the offset', () => {
    const src = j({ text: ' Hello. Bye.', segments: [{ id: 0, seek: 0, start: 0.0, end: 2.5, text: ' Hello, how can I help?', tokens: [1], temperature: 0 }, { id: 1, seek: 0, start: 2.5, end: 4.0, text: ' Bye.', tokens: [2] }], language: 'en' });
    const doc = parse(src);
    expect(doc.format).toBe('whisper');
    expect(rows(doc)).toEqual([
      [null, 'agent', 'Hello, how can I help?', at(src, 'Hello, how'), at(src, ' Hello, how') - 1, 0, 2.5],
      [null, 'agent', 'Bye.', at(src, 'Bye.', 1), at(src, ' Bye.', 1) - 1, 2.5, 4],
    ]);
    expect(doc.notices).toEqual(['no speaker labels: every turn is read as agent speech']);
  });

  it('escaped strings (Python ensure_ascii) have no verbatim position: anchor on the string', () => {
    const src = '{"text": "x", "segments": [{"id": 0, "start": 1.0, "end": 2.0, "text": " \\u042f \\u043d\\u0435 \\u0437\\u043d\\u0430\\u044e"}]}';
    expect(rows(parse(src))).toEqual([[null, 'agent', 'Я не знаю', null, at(src, '" \\u042f'), 1, 2]]);
  });

  it('keeps WhisperX speakers', () => {
    const src = j({ segments: [{ start: 0, end: 1, text: ' Добрый день, чем могу помочь?', speaker: 'SPEAKER_01' }, { start: 1, end: 2, text: ' Здравствуйте.', speaker: 'SPEAKER_00' }] });
    expect(rows(parse(src)).map((r) => [r[0], r[1]])).toEqual([
      ['SPEAKER_01', 'agent'],
      ['SPEAKER_00', 'customer'],
    ]);
  });
});

describe('Contact Center AI Insights', () => {
  it('roles from the file; epoch µs made relative; an entry ends where the next starts', () => {
    const src = j({
      conversation_info: { categories: [{ display_name: 'Billing' }] },
      entries: [
        { start_timestamp_usec: 1710148542000000, text: 'Hello, thanks for calling Acme.', role: 'AGENT', user_id: 1 },
        { start_timestamp_usec: 1710148545250000, text: 'Hi.', role: 'END_USER', user_id: 2 },
        { start_timestamp_usec: 1710148547000000, text: 'How can I help?', role: 'HUMAN_AGENT', user_id: 1 },
      ],
    });
    const doc = parse(src);
    expect(doc.format).toBe('ccai');
    expect(rows(doc)).toEqual([
      ['AGENT', 'agent', 'Hello, thanks for calling Acme.', at(src, 'Hello'), at(src, 'Hello') - 1, 0, 3.25],
      ['END_USER', 'customer', 'Hi.', at(src, 'Hi.'), at(src, 'Hi.') - 1, 3.25, 5],
      ['HUMAN_AGENT', 'agent', 'How can I help?', at(src, 'How can'), at(src, 'How can') - 1, 5, undefined],
    ]);
  });

  it('relative µs stay as they are', () => {
    const src = j({ entries: [{ start_timestamp_usec: 2500000, text: 'Hi', role: 'CUSTOMER', user_id: 2 }] });
    expect(rows(parse(src))[0]!.slice(5)).toEqual([2.5, undefined]);
  });
});

describe('SRT', () => {
  it('a turn per cue; multi-line text kept in place (line breaks read as spaces); labels and tags', () => {
    const src = '1\r\n00:00:01,000 --> 00:00:03,500\r\nОператор: Здравствуйте,\r\nкомпания Ромашка.\r\n\r\n2\r\n00:00:04,000 --> 00:01:06,250\r\n<i>Клиент:</i> Добрый день.\r\n';
    const doc = parse(src);
    expect(doc.format).toBe('srt');
    expect(rows(doc)).toEqual([
      ['Оператор', 'agent', 'Здравствуйте,  компания Ромашка.', at(src, 'Здравствуйте'), 0, 1, 3.5],
      ['Клиент', 'customer', 'Добрый день.', at(src, 'Добрый'), at(src, '2\r\n'), 4, 66.25],
    ]);
  });

  it('generic speaker labels and no labels', () => {
    const src = '1\n00:00:00,500 --> 00:00:02,000\n[SPEAKER_00]: Hi there.\n\n2\n00:00:02,000 --> 00:00:03,000\nNo label here.\n';
    expect(rows(parse(src)).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['SPEAKER_00', 'Hi there.', at(src, 'Hi there')],
      [null, 'No label here.', at(src, 'No label')],
    ]);
  });
});

describe('WebVTT', () => {
  it('voice tags give the speaker; tags are blanked in place; NOTE blocks skipped; hours optional', () => {
    const src = 'WEBVTT - call\n\nNOTE the dialler\n\nc1\n00:01.000 --> 00:03.000 line:85%\n<v Agent>Thank you for calling.</v>\n\n01:00:04.500 --> 01:00:05.000\n<v.loud Bob Smith><b>Hi</b></v>\n';
    const doc = parse(src);
    expect(doc.format).toBe('webvtt');
    expect(rows(doc)).toEqual([
      ['Agent', 'agent', 'Thank you for calling.', at(src, 'Thank'), at(src, 'c1'), 1, 3],
      ['Bob Smith', 'customer', 'Hi', at(src, 'Hi<'), at(src, '01:00:04'), 3604.5, 3605],
    ]);
    expect(doc.notices).toEqual(['speaker roles guessed: Bob Smith → customer']);
  });
});

describe('WebVTT cues with several voices', () => {
  it('give a turn per voice span, each in place', () => {
    const src = 'WEBVTT\n\n00:00.000 --> 00:02.000\n<v Agent>How can I help?</v>\n<v Customer>I need a refund.</v>\n';
    expect(rows(parse(src))).toEqual([
      ['Agent', 'agent', 'How can I help?', at(src, 'How'), at(src, '00:00.000'), 0, 2],
      ['Customer', 'customer', 'I need a refund.', at(src, 'I need'), at(src, '00:00.000'), 0, 2],
    ]);
  });
});

describe('CSV / TSV', () => {
  it('finds columns by name, groups calls by id in first-appearance order, keeps agent names', () => {
    const src = 'call_id,agent_name,speaker,transcript,start_time,end_time\n' + 'B7,Ann,Agent,"Hello, thank you for calling.",00:00:01.5,00:00:03\n' + 'A1,Bob,Agent,Hi,0,1\n' + 'B7,Ann,Customer,"I said ""no"".",4,5.25\n';
    const doc = parse(src, { filePath: 'calls.csv' });
    expect(doc.format).toBe('csv');
    expect(doc.calls.map((c) => [c.id, c.agent, c.turns.length])).toEqual([
      ['B7', 'Ann', 2],
      ['A1', 'Bob', 1],
    ]);
    expect(rows(doc, 0)).toEqual([
      ['Agent', 'agent', 'Hello, thank you for calling.', at(src, 'Hello'), at(src, '"Hello'), 1.5, 3],
      ['Customer', 'customer', 'I said "no".', null, at(src, '"I said'), 4, 5.25],
    ]);
  });

  it('is detected by its header without an extension; ; delimiter; Russian names; comma decimals', () => {
    const src = 'ID звонка;Оператор;Роль;Текст;Начало, с;Конец, мс\n77;Анна;оператор;Здравствуйте!;0,5;2100\n77;Анна;клиент;Добрый день;2,5;4000\n';
    const doc = parse(src);
    expect(doc.format).toBe('csv');
    expect(doc.calls[0]!.id).toBe('77');
    expect(doc.calls[0]!.agent).toBe('Анна');
    expect(rows(doc)).toEqual([
      ['оператор', 'agent', 'Здравствуйте!', at(src, 'Здравствуйте'), at(src, 'Здравствуйте'), 0.5, 2.1],
      ['клиент', 'customer', 'Добрый день', at(src, 'Добрый'), at(src, 'Добрый'), 2.5, 4],
    ]);
  });

  it('TSV with Chinese headers and millisecond columns', () => {
    const src = '通话ID\t坐席姓名\t角色\t内容\tstart_ms\tend_ms\nZ1\t王丽\t客服\t您好，请问有什么可以帮您？\t0\t2500\nZ1\t王丽\t客户\t你好\t2600\t3000\n';
    const doc = parse(src, { filePath: 'x.tsv' });
    expect(doc.format).toBe('tsv');
    expect(rows(doc)).toEqual([
      ['客服', 'agent', '您好，请问有什么可以帮您？', at(src, '您好'), at(src, '您好'), 0, 2.5],
      ['客户', 'customer', '你好', at(src, '你好\t'), at(src, '你好\t'), 2.6, 3],
    ]);
  });

  it('without a speaker column, a label at the start of the text gives the speaker (and time)', () => {
    const src = 'call_id,text\n7,"[00:03] Оператор: Добрый день, слушаю вас."\n7,Клиент: Здравствуйте\n';
    expect(rows(parse(src, { filePath: 'a.csv' }))).toEqual([
      ['Оператор', 'agent', 'Добрый день, слушаю вас.', at(src, 'Добрый'), at(src, '"[00:03]'), 3, undefined],
      ['Клиент', 'customer', 'Здравствуйте', at(src, 'Здравствуйте'), at(src, 'Клиент'), undefined, undefined],
    ]);
  });

  it('column overrides (csv option) and date-time columns relative to the call start', () => {
    const src = 'Ticket,Who,Said,When\nT1,op,Hello there,2024-03-11 09:15:40\nT1,cl,Hi,2024-03-11 09:15:43.5\n';
    const doc = parse(src, { filePath: 'x.csv', csv: { callId: 'Ticket', speaker: 'Who', text: 'Said', start: 'When' }, speakerRoles: { op: 'agent', cl: 'customer' } });
    expect(rows(doc)).toEqual([
      ['op', 'agent', 'Hello there', at(src, 'Hello'), at(src, 'Hello'), 0, undefined],
      ['cl', 'customer', 'Hi', at(src, 'Hi,'), at(src, 'Hi,'), 3.5, undefined],
    ]);
    expect(doc.calls[0]!.id).toBe('T1');
  });
});

describe('JSON Lines and JSON records', () => {
  it('JSONL: one turn per line, calls by id; escaped strings have no verbatim position', () => {
    const src = '{"conversation_id":"a","speaker":"agent","text":"Hello there","start":0,"end":1.2}\n{"conversation_id":"b","speaker":"agent","text":"Привет","start":0}\n{"conversation_id":"a","speaker":"customer","text":"Hi \\"x\\"","start":1.5}\n';
    const doc = parse(src);
    expect(doc.format).toBe('jsonl');
    expect(doc.calls.map((c) => c.id)).toEqual(['a', 'b']);
    expect(rows(doc, 0)).toEqual([
      ['agent', 'agent', 'Hello there', at(src, 'Hello'), at(src, 'Hello') - 1, 0, 1.2],
      ['customer', 'customer', 'Hi "x"', null, at(src, '"Hi'), 1.5, undefined],
    ]);
  });

  it('JSON: an array of calls holding turns', () => {
    const src = j([{ call_id: 'TW-1', agent: '陳美玲', turns: [{ role: 'agent', text: '您好，歡迎致電', start: 0.5, end: 2 }] }, { call_id: 'TW-2', turns: [] }]);
    const doc = parse(src, { filePath: 'calls.json' });
    expect(doc.format).toBe('json');
    expect(doc.calls.map((c) => [c.id, c.agent, c.turns.length])).toEqual([
      ['TW-1', '陳美玲', 1],
      ['TW-2', undefined, 0],
    ]);
    expect(rows(doc)).toEqual([['agent', 'agent', '您好，歡迎致電', at(src, '您好'), at(src, '您好') - 1, 0.5, 2]]);
  });

  it('JSON: calls without an id are numbered by position', () => {
    const src = j([{ turns: [{ speaker: 'agent', text: 'Hello' }] }, { messages: [{ speaker: 'agent', text: 'Hi' }] }]);
    expect(parse(src).calls.map((c) => [c.id, c.turns[0]!.text])).toEqual([
      ['1', 'Hello'],
      ['2', 'Hi'],
    ]);
  });

  it('JSON: a plain array of turn objects is one call', () => {
    const src = j([{ speaker: 'A', text: 'Hello, my name is Kim.' }, { speaker: 'B', text: 'Hi' }]);
    const doc = parse(src);
    expect(doc.calls.map((c) => c.id)).toEqual([null]);
    expect(rows(doc).map((r) => [r[0], r[1]])).toEqual([
      ['A', 'agent'],
      ['B', 'customer'],
    ]);
  });
});

describe('plain text with numbered speakers', () => {
  it('reads `Speaker 1:` / `SPEAKER_00:` / `Спикер 2:` as labels and guesses their roles', () => {
    const src = 'Speaker 1: Hi, I have a question.\nSpeaker 2: Thank you for calling Acme, my name is Kim.\nSpeaker 1: ok\n';
    const doc = parse(src, { filePath: 'a.txt' });
    expect([doc.format, doc.kind]).toEqual(['text', 'transcript']);
    expect(rows(doc).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['Speaker 1', 'customer', at(src, 'Hi,')],
      ['Speaker 2', 'agent', at(src, 'Thank')],
      ['Speaker 1', 'customer', at(src, 'ok')],
    ]);
    expect(doc.notices).toEqual(['speaker roles guessed: Speaker 2 → agent (greets first), Speaker 1 → customer']);
  });

  it('known labels keep their roles; speakerRoles names the others', () => {
    const doc = parse('Оператор: Добрый день.\nСпикер 2: Здравствуйте.\n', { speakerRoles: { 'спикер 2': 'customer' } });
    expect(rows(doc).map((r) => [r[0], r[1]])).toEqual([
      ['Оператор', 'agent'],
      ['Спикер 2', 'customer'],
    ]);
    expect(doc.notices).toEqual([]);
  });
});

describe('detection', () => {
  const cases: [string, string, string | undefined][] = [
    ['{"results":{"items":[],"transcripts":[]}}', 'aws-transcribe', undefined],
    ['{"Participants":[],"Transcript":[]}', 'contact-lens', undefined],
    ['{"results":{"utterances":[]}}', 'deepgram', undefined],
    ['{"utterances":[{"speaker":"A","text":"x","start":0,"end":1}],"text":"x"}', 'assemblyai', undefined],
    ['{"entries":[{"text":"x","role":"AGENT","user_id":1,"start_timestamp_usec":0}]}', 'ccai', undefined],
    ['{"text":"x","segments":[{"start":0,"end":1,"text":"x"}]}', 'whisper', undefined],
    ['{"speaker":"a","text":"x"}\n{"speaker":"b","text":"y"}\n', 'jsonl', undefined],
    ['[{"speaker":"a","text":"x"}]', 'json', undefined],
    ['{"broken": ', 'json', undefined],
    ['WEBVTT\n\n00:01.000 --> 00:02.000\nx\n', 'webvtt', undefined],
    ['1\n00:00:01,000 --> 00:00:02,000\nx\n', 'srt', undefined],
    ['speaker,text\na,x\n', 'csv', undefined],
    ['x', 'tsv', 'a.tsv'],
    ['x', 'markdown', 'a.md'],
    ['[00:12] Оператор: Здравствуйте', 'text', undefined],
    ['{{PHONE}} is not JSON', 'text', undefined],
    ['Оператор: Здравствуйте, слушаю вас.', 'text', 'a.txt'],
  ];
  it.each(cases)('%j → %s', (text, name, filePath) => {
    expect(selectFormat(text, filePath !== undefined ? { filePath } : {}).name).toBe(name);
  });

  it('forces a format by name', () => {
    expect(selectFormat('{"a":1}', { format: 'text' }).name).toBe('text');
    expect(() => selectFormat('x', { format: 'nope' })).toThrow(/unknown input format "nope"; known: aws-transcribe, contact-lens/);
  });

  it('registers each format once, text last', () => {
    const names = INPUT_FORMATS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.at(-1)).toBe('text');
  });
});
