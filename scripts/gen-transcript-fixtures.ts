/**
 * Writes fixtures/transcripts/**: the same handful of calls (ru, zh Simplified, zh Traditional,
 * en; with agent violations the shipped rules catch, and clean ones) in the shapes the services
 * document — Amazon Transcribe, Contact Lens, Deepgram, AssemblyAI, Whisper, CCAI Insights, SRT,
 * WebVTT, CSV/TSV, JSON Lines, JSON — plus legacy and UTF-16 encodings (bytes written with
 * iconv-lite) and broken files. Deterministic: run it again and nothing changes. It only writes
 * the fixtures: the golden CLI outputs beside them (`*.expected`) are left alone.
 *
 *   npx tsx scripts/gen-transcript-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';

// TALKLINT_FIXTURES_OUT: write somewhere else (the reproducibility test compares the two).
const ROOT = process.env.TALKLINT_FIXTURES_OUT ?? join(new URL('..', import.meta.url).pathname, 'fixtures', 'transcripts');

type Who = 'A' | 'C';
interface Dialogue {
  lang: 'ru' | 'zh' | 'zh-tw' | 'en';
  id: string;
  agent: string;
  turns: [Who, string][];
}

// ---------------------------------------------------------------------------------------- calls

const RU_BAD: Dialogue = {
  lang: 'ru',
  id: 'RU-20240311-0017',
  agent: 'Анна Петрова',
  turns: [
    ['A', 'Здравствуйте, компания Ромашка, меня зовут Анна. Чем могу помочь?'],
    ['C', 'Добрый день. У меня третий день не работает интернет.'],
    ['A', 'Я не знаю, когда починят. Ты перезвони завтра.'],
    ['C', 'Как это не знаете? Я плачу каждый месяц!'],
    ['A', 'Щас посмотрю. Вы должны перезагрузить роутер.'],
    ['C', 'Я уже перезагружал.'],
    ['A', 'Тогда я передам заявку технику. Всего доброго.'],
  ],
};

const RU_GOOD: Dialogue = {
  lang: 'ru',
  id: 'RU-20240311-0018',
  agent: 'Ольга Смирнова',
  turns: [
    ['A', 'Добрый день, компания Ромашка, меня зовут Ольга. Чем могу помочь?'],
    ['C', 'Здравствуйте, хочу узнать, когда придёт счёт.'],
    ['A', 'Разрешите, я уточню эту информацию. Назовите, пожалуйста, номер договора.'],
    ['C', 'Четыре пять один два.'],
    ['A', 'Благодарю. Счёт придёт на электронную почту до пятого числа.'],
    ['C', 'Понятно, спасибо.'],
    ['A', 'Спасибо за звонок, всего доброго!'],
  ],
};

const ZH_BAD: Dialogue = {
  lang: 'zh',
  id: 'ZH-0301',
  agent: '王丽',
  turns: [
    ['A', '您好，欢迎致电蓝天保险，我是客服小王，请问有什么可以帮您？'],
    ['C', '你好，我想问一下我的理赔进度。'],
    ['A', '这个我不知道，你必须先填写投保单。'],
    ['C', '我已经填过了，你们太差了！'],
    ['A', '公司规定就是这样，没办法。'],
    ['C', '那我要投诉。'],
    ['A', '好的，再见。'],
  ],
};

const ZH_GOOD: Dialogue = {
  lang: 'zh',
  id: 'ZH-0302',
  agent: '李娜',
  turns: [
    ['A', '您好，欢迎致电蓝天保险，我是客服小李，工号八零二，请问有什么可以帮您？'],
    ['C', '你好，我想查一下保单状态。'],
    ['A', '好的，请允许我为您确认一下。您的保单已经生效了。'],
    ['C', '好的，谢谢。'],
    ['A', '感谢您的来电，祝您生活愉快，再见。'],
  ],
};

const ZHTW_BAD: Dialogue = {
  lang: 'zh-tw',
  id: 'TW-0401',
  agent: '陳美玲',
  turns: [
    ['A', '您好，歡迎致電藍天保險，我是客服小陳，請問有什麼可以幫您？'],
    ['C', '你好，我的保單怎麼還沒寄到？'],
    ['A', '這個我不知道，你必須自己去郵局查。'],
    ['C', '你們這樣服務太差了，我很不滿意。'],
    ['A', '這是規定，沒辦法。'],
    ['C', '好吧。'],
    ['A', '再見。'],
  ],
};

const ZHTW_GOOD: Dialogue = {
  lang: 'zh-tw',
  id: 'TW-0402',
  agent: '林志明',
  turns: [
    ['A', '您好，歡迎致電藍天保險，我是客服小林，請問有什麼可以幫您？'],
    ['C', '你好，我想更改聯絡電話。'],
    ['A', '好的，請允許我為您確認一下身分。請問您的保單號碼是？'],
    ['C', '是八八六一二三。'],
    ['A', '已經為您更新完成。感謝您的來電，祝您生活愉快，再見。'],
  ],
};

const EN_BAD: Dialogue = {
  lang: 'en',
  id: 'EN-5501',
  agent: 'John Miller',
  turns: [
    ['A', 'Thank you for calling Acme Energy, my name is John. How can I help you?'],
    ['C', 'Hi, my bill is twice as high as last month.'],
    ['A', "I don't know why. You have to check your meter yourself."],
    ['C', "That's not helpful at all."],
    ['A', "That's not my job. You need to call the billing team."],
    ['C', 'Fine.'],
    ['A', 'Have a great day.'],
  ],
};

const EN_GOOD: Dialogue = {
  lang: 'en',
  id: 'EN-5502',
  agent: 'Maria Lopez',
  turns: [
    ['A', 'Good morning, thank you for calling Acme Energy, my name is Maria. How can I help you today?'],
    ['C', 'Hello, I would like to update my address.'],
    ['A', 'Of course. Let me find that out for you. Could you confirm your account number?'],
    ['C', 'It is four four one nine.'],
    ['A', 'Thank you, the address is updated. Thank you for calling, have a great day!'],
  ],
};

/** No greeting, no name, no company, no farewell: the required rules fire. */
const RU_NO_GREETING: Dialogue = {
  lang: 'ru',
  id: 'RU-20240311-0019',
  agent: 'Дмитрий Орлов',
  turns: [
    ['A', 'Да, слушаю.'],
    ['C', 'Здравствуйте, я по поводу возврата денег.'],
    ['A', 'Номер заказа какой?'],
    ['C', 'Семь семь один.'],
    ['A', 'Деньги вернутся в течение трёх дней.'],
  ],
};

const EN_NO_GREETING: Dialogue = {
  lang: 'en',
  id: 'EN-5503',
  agent: 'Sam Reed',
  turns: [
    ['A', 'Yeah, go ahead.'],
    ['C', 'Hello, I was charged twice for March.'],
    ['A', 'Okay, the second charge is cancelled now.'],
    ['C', 'Thanks.'],
    ['A', 'Bye.'],
  ],
};

// ------------------------------------------------------------------------------------- timing

interface TimedWord {
  /** The word as spoken (no punctuation), and its trailing punctuation. */
  word: string;
  punct: string;
  start: number;
  end: number;
  confidence: number;
}

interface TimedTurn {
  who: Who;
  text: string;
  start: number;
  end: number;
  words: TimedWord[];
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;
const r2 = (x: number): number => Math.round(x * 100) / 100;

const HAN = /\p{Script=Han}/u;
const PUNCT = /^[\p{P}]+$/u;

/** Splits a turn into spoken words with trailing punctuation (Chinese: two-character words). */
function words(text: string): { word: string; punct: string }[] {
  const out: { word: string; punct: string }[] = [];
  const tokens = text.match(/\p{Script=Han}+|[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}]/gu) ?? [];
  for (const tok of tokens) {
    if (PUNCT.test(tok)) {
      const last = out[out.length - 1];
      if (last) last.punct += tok;
      continue;
    }
    if (HAN.test(tok)) for (let i = 0; i < tok.length; i += 2) out.push({ word: tok.slice(i, i + 2), punct: '' });
    else out.push({ word: tok, punct: '' });
  }
  return out;
}

/** A deterministic timeline: words take time by length, turns are separated by short pauses. */
function timeline(d: Dialogue, startAt = 0.42): TimedTurn[] {
  let t = startAt;
  let seed = d.id.length * 7;
  return d.turns.map(([who, text]) => {
    const ws: TimedWord[] = [];
    const start = t;
    for (const w of words(text)) {
      const dur = 0.12 + 0.055 * [...w.word].length * (HAN.test(w.word) ? 2.4 : 1);
      seed = (seed * 31 + 7) % 97;
      ws.push({ ...w, start: r3(t), end: r3(t + dur), confidence: r3(0.9 + (seed % 10) / 100) });
      t += dur + (w.punct !== '' ? 0.18 : 0.03);
    }
    const turn: TimedTurn = { who, text, start: r3(start), end: r3(t - 0.03), words: ws };
    t += 0.65;
    return turn;
  });
}

// ------------------------------------------------------------------------------------- writers

function write(rel: string, data: string | Uint8Array): void {
  const file = join(ROOT, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
}

const json = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;
/** Python's json.dumps default (ensure_ascii): every non-ASCII character escaped. */
const asciiJson = (v: unknown): string => `${JSON.stringify(v, null, 2).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;

const LANG_CODE = { ru: 'ru-RU', zh: 'zh-CN', 'zh-tw': 'zh-TW', en: 'en-US' } as const;
const joinWords = (ws: TimedWord[]): string => ws.reduce((acc, w) => (acc === '' ? w.word + w.punct : HAN.test(w.word) && HAN.test(acc[acc.length - 1] ?? '') ? acc + w.word + w.punct : `${acc} ${w.word}${w.punct}`), '');

function awsTranscribe(d: Dialogue, mode: 'speakers' | 'channels'): string {
  const tl = timeline(d);
  const label = (who: Who): string => (mode === 'speakers' ? (who === 'A' ? 'spk_0' : 'spk_1') : who === 'A' ? 'ch_0' : 'ch_1');
  const key = mode === 'speakers' ? 'speaker_label' : 'channel_label';
  const itemsOf = (turn: TimedTurn, ids: { n: number }): Record<string, unknown>[] => {
    const out: Record<string, unknown>[] = [];
    for (const w of turn.words) {
      out.push({ id: ids.n++, type: 'pronunciation', alternatives: [{ confidence: w.confidence.toFixed(3), content: w.word }], start_time: w.start.toFixed(3), end_time: w.end.toFixed(3), [key]: label(turn.who) });
      for (const p of w.punct.replace(/[«»"“”]/g, '')) out.push({ id: ids.n++, type: 'punctuation', alternatives: [{ confidence: '0.0', content: p }], [key]: label(turn.who) });
    }
    return out;
  };
  const ids = { n: 0 };
  const results: Record<string, unknown> = { transcripts: [{ transcript: tl.map((t) => joinWords(t.words)).join(' ') }] };
  if (mode === 'speakers') {
    const items = tl.flatMap((t) => itemsOf(t, ids));
    results.speaker_labels = {
      channel_label: 'ch_0',
      speakers: 2,
      segments: tl.map((t) => ({
        start_time: t.start.toFixed(3),
        speaker_label: label(t.who),
        end_time: t.end.toFixed(3),
        items: t.words.map((w) => ({ start_time: w.start.toFixed(3), speaker_label: label(t.who), end_time: w.end.toFixed(3) })),
      })),
    };
    results.items = items;
  } else {
    const perChannel = (['A', 'C'] as Who[]).map((who) => ({ channel_label: label(who), items: tl.filter((t) => t.who === who).flatMap((t) => itemsOf(t, ids)) }));
    results.channel_labels = { channels: perChannel, number_of_channels: 2 };
    results.items = tl.flatMap((t) => itemsOf(t, { n: 0 }).map(({ id: _id, ...rest }) => rest)).map((it, i) => ({ id: i, ...it }));
  }
  const job = { jobName: `call-${d.id.toLowerCase()}`, accountId: '111122223333', status: 'COMPLETED', results };
  // Transcribe itself writes one compact line; the documentation shows it indented, and so do
  // these fixtures (a one-line file is covered by test/input).
  return json(job);
}

function contactLens(d: Dialogue, redact: RegExp | null): string {
  const tl = timeline(d, 1.1);
  const agentId = 'f36a545d-67b2-4fd4-89fb-896136b609a7';
  const customerId = 'e9b36a6d-12aa-4c21-9745-1881648ecfc8';
  const ms = (s: number): number => Math.round(s * 1000);
  const transcript = tl.map((t, i) => {
    let content = t.text;
    const entry: Record<string, unknown> = {
      BeginOffsetMillis: ms(t.start),
      EndOffsetMillis: ms(t.end),
      Id: `${(i + 1).toString(16).padStart(8, '0')}-4c21-4f2b-9a7e-${(0x1881648ecfc8 + i).toString(16)}`,
      ParticipantId: t.who === 'A' ? agentId : customerId,
      Sentiment: t.who === 'C' && i === 1 ? 'NEGATIVE' : 'NEUTRAL',
      LoudnessScore: t.words.slice(0, 4).map((_, k) => 70 + ((i * 7 + k * 3) % 15)),
    };
    if (redact && redact.test(content)) {
      content = content.replace(redact, '[PII]');
      entry.Redaction = { RedactedTimestamps: [{ BeginOffsetMillis: ms(t.start) + 900, EndOffsetMillis: ms(t.start) + 1900 }] };
    }
    return { BeginOffsetMillis: entry.BeginOffsetMillis, Content: content, ...entry };
  });
  const last = tl[tl.length - 1]!;
  const out = {
    Version: '1.1.0',
    AccountId: '111122223333',
    Channel: 'VOICE',
    ContentMetadata: { Output: redact ? 'Redacted' : 'Raw', RedactionTypes: redact ? ['PII'] : undefined },
    JobStatus: 'COMPLETED',
    LanguageCode: LANG_CODE[d.lang],
    CustomerMetadata: { InputS3Uri: `s3://connect-recordings/2024/03/11/${d.id}.wav`, ContactId: `a1b2c3d4-${d.id.toLowerCase()}`, InstanceId: '3f7c1b52-0d1e-4a8b-9c3d-1e2f3a4b5c6d' },
    Participants: [
      { ParticipantId: customerId, ParticipantRole: 'CUSTOMER' },
      { ParticipantId: agentId, ParticipantRole: 'AGENT' },
    ],
    Categories: { MatchedCategories: [], MatchedDetails: {} },
    ConversationCharacteristics: {
      TotalConversationDurationMillis: ms(last.end + 0.8),
      Sentiment: { OverallSentiment: { AGENT: 0, CUSTOMER: redact ? 1.2 : -1.5 } },
      Interruptions: { InterruptionsByInterrupter: {}, TotalCount: 0, TotalTimeMillis: 0 },
      NonTalkTime: { TotalTimeMillis: 2310, Instances: [] },
      TalkSpeed: { DetailsByParticipant: { AGENT: { AverageWordsPerMinute: 152 }, CUSTOMER: { AverageWordsPerMinute: 139 } } },
      TalkTime: { TotalTimeMillis: ms(last.end - tl[0]!.start), DetailsByParticipant: { AGENT: { TotalTimeMillis: 0 }, CUSTOMER: { TotalTimeMillis: 0 } } },
    },
    CustomModels: [],
    Transcript: transcript,
  };
  return json(out);
}

function deepgram(d: Dialogue, multichannel: boolean): string {
  const tl = timeline(d, 0.24);
  const dgWord = (w: TimedWord, speaker: number): Record<string, unknown> => ({
    word: w.word.toLowerCase(),
    start: w.start,
    end: w.end,
    confidence: w.confidence,
    ...(multichannel ? {} : { speaker, speaker_confidence: r2(w.confidence - 0.2) }),
    punctuated_word: w.word + w.punct,
  });
  const spk = (who: Who): number => (who === 'A' ? 0 : 1);
  const utterances = tl.map((t, i) => ({
    start: t.start,
    end: t.end,
    confidence: r3(t.words.reduce((a, w) => a + w.confidence, 0) / t.words.length),
    channel: multichannel ? spk(t.who) : 0,
    transcript: joinWords(t.words),
    words: t.words.map((w) => dgWord(w, spk(t.who))),
    speaker: multichannel ? 0 : spk(t.who),
    id: `${(0x3f2a9c10 + i * 0x111).toString(16)}-7b1e-4c6d-9f0a-${(0x2b3c4d5e6f70 + i).toString(16)}`,
  }));
  const channelTurns = multichannel ? [tl.filter((t) => t.who === 'A'), tl.filter((t) => t.who === 'C')] : [tl];
  const out = {
    metadata: {
      transaction_key: 'deprecated',
      request_id: `5d3f1c2a-8e4b-4a6c-9d7e-${d.id.length.toString(16).padStart(12, '0')}`,
      sha256: '8f14e45fceea167a5a36dedd4bea2543b8b8a2b1c9a0f5d6e7c8b9a0d1e2f3a4',
      created: '2024-03-11T09:15:42.117Z',
      duration: r3(tl[tl.length - 1]!.end + 0.9),
      channels: channelTurns.length,
      models: ['1ed36bac-f71c-4f3f-a31f-02fd6525c489'],
      model_info: { '1ed36bac-f71c-4f3f-a31f-02fd6525c489': { name: 'general-nova-2', version: '2024-01-09.29447', arch: 'nova-2' } },
    },
    results: {
      channels: channelTurns.map((turns) => ({
        alternatives: [
          {
            transcript: turns.map((t) => joinWords(t.words)).join(' '),
            confidence: 0.97,
            words: turns.flatMap((t) => t.words.map((w) => dgWord(w, spk(t.who)))),
          },
        ],
        detected_language: d.lang === 'zh-tw' ? 'zh-TW' : d.lang,
      })),
      utterances,
    },
  };
  return json(out);
}

function assemblyai(d: Dialogue): string {
  const tl = timeline(d, 0.3);
  const ms = (s: number): number => Math.round(s * 1000);
  const sp = (who: Who): string => (who === 'A' ? 'A' : 'B');
  const aaWord = (w: TimedWord, who: Who): Record<string, unknown> => ({ text: w.word + w.punct, start: ms(w.start), end: ms(w.end), confidence: w.confidence, speaker: sp(who) });
  const out = {
    id: `6rlr37h7zk-${d.id.toLowerCase()}`,
    language_model: 'assemblyai_default',
    acoustic_model: 'assemblyai_default',
    language_code: d.lang === 'zh-tw' ? 'zh' : d.lang,
    status: 'completed',
    audio_url: `https://storage.example.com/calls/${d.id}.mp3`,
    text: tl.map((t) => t.text).join(' '),
    words: tl.flatMap((t) => t.words.map((w) => aaWord(w, t.who))),
    utterances: tl.map((t) => ({
      confidence: r3(t.words.reduce((a, w) => a + w.confidence, 0) / t.words.length),
      end: ms(t.end),
      speaker: sp(t.who),
      start: ms(t.start),
      text: t.text,
      words: t.words.map((w) => aaWord(w, t.who)),
    })),
    confidence: 0.93,
    audio_duration: Math.ceil(tl[tl.length - 1]!.end + 1),
    punctuate: true,
    format_text: true,
    speaker_labels: true,
    speakers_expected: 2,
  };
  return json(out);
}

function whisper(d: Dialogue, style: 'cli' | 'api'): string {
  const tl = timeline(d, 0);
  const segments = tl.map((t, i) => ({
    id: i,
    seek: Math.floor(t.start / 30) * 3000,
    start: r2(t.start),
    end: r2(t.end),
    text: ` ${t.text}`,
    tokens: [50364 + i, 2421 + i * 13, 11, 50414 + i],
    temperature: 0.0,
    avg_logprob: -0.2 - i / 100,
    compression_ratio: 1.31,
    no_speech_prob: 0.01,
  }));
  const lang = d.lang === 'zh-tw' ? 'zh' : d.lang;
  if (style === 'cli') return asciiJson({ text: tl.map((t) => ` ${t.text}`).join(''), segments, language: lang });
  return json({ task: 'transcribe', language: { ru: 'russian', zh: 'chinese', en: 'english' }[lang], duration: r2(tl[tl.length - 1]!.end + 0.5), text: tl.map((t) => t.text).join(' '), segments });
}

function ccai(d: Dialogue, epoch: boolean): string {
  const tl = timeline(d, 0);
  const origin = epoch ? 1710148542000000 : 0;
  const out = {
    conversation_info: { categories: [{ display_name: d.lang === 'en' ? 'Billing' : d.lang === 'ru' ? 'Интернет' : '保单查询' }] },
    entries: tl.map((t) => ({
      start_timestamp_usec: origin + Math.round(t.start * 1_000_000),
      text: t.text,
      role: t.who === 'A' ? 'AGENT' : 'CUSTOMER',
      user_id: t.who === 'A' ? 1 : 2,
    })),
  };
  return json(out);
}

const srtTime = (s: number): string => {
  const ms = Math.round(s * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const sec = Math.floor((ms % 60_000) / 1000);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')},${String(ms % 1000).padStart(3, '0')}`;
};
const vttTime = (s: number): string => srtTime(s).replace(',', '.').replace(/^00:/, '');

/** Subtitle cues break long turns into two lines, as captioning tools do. */
function cueLines(text: string): string {
  if ([...text].length < 34) return text;
  const mid = Math.floor(text.length / 2);
  const space = text.indexOf(' ', mid);
  const han = text.slice(mid).search(/[，,。]/u);
  const cut = HAN.test(text) ? (han === -1 ? -1 : mid + han + 1) : space;
  return cut <= 0 || cut >= text.length ? text : `${text.slice(0, cut).trimEnd()}\n${text.slice(cut).trimStart()}`;
}

function srt(d: Dialogue, labels: [string, string]): string {
  const tl = timeline(d, 0.5);
  return tl.map((t, i) => `${i + 1}\n${srtTime(t.start)} --> ${srtTime(t.end)}\n${t.who === 'A' ? labels[0] : labels[1]}${d.lang === 'en' || d.lang === 'ru' ? ': ' : '：'}${cueLines(t.text)}\n`).join('\n');
}

function webvtt(d: Dialogue, voices: [string, string], crlf = false): string {
  const tl = timeline(d, 0.5);
  const body = [`WEBVTT - ${d.id}`, '', `NOTE exported by the recording platform; speaker names from the dialler`, ''];
  tl.forEach((t, i) => {
    body.push(`cue-${i + 1}`, `${vttTime(t.start)} --> ${vttTime(t.end)} line:85%`, `<v ${t.who === 'A' ? voices[0] : voices[1]}>${cueLines(t.text)}</v>`, '');
  });
  const text = body.join('\n');
  return crlf ? text.replace(/\n/g, '\r\n') : text;
}

function csvField(v: string, delim: string): string {
  return /["\n\r]/.test(v) || v.includes(delim) ? `"${v.replace(/"/g, '""')}"` : v;
}

function table(header: string[], rows: string[][], delim: string): string {
  return `${[header, ...rows].map((r) => r.map((f) => csvField(f, delim)).join(delim)).join('\r\n')}\r\n`;
}

const roleWord = { ru: ['оператор', 'клиент'], zh: ['客服', '客户'], 'zh-tw': ['客服', '客戶'], en: ['agent', 'customer'] } as const;

// -------------------------------------------------------------------------------------- output

write('aws-transcribe/ru-violations.json', awsTranscribe(RU_BAD, 'speakers'));
write('aws-transcribe/zh-violations.json', awsTranscribe(ZH_BAD, 'speakers'));
write('aws-transcribe/en-channels-clean.json', awsTranscribe(EN_GOOD, 'channels'));

write('contact-lens/en-redacted-clean.json', contactLens(EN_GOOD, /\bfour four one nine\b/));
write('contact-lens/ru-violations.json', contactLens(RU_BAD, null));
write('contact-lens/zh-tw-clean.json', contactLens(ZHTW_GOOD, /八八六一二三/));

write('deepgram/ru-clean.json', deepgram(RU_GOOD, false));
write('deepgram/en-multichannel-violations.json', deepgram(EN_BAD, true));
write('deepgram/zh-violations.json', deepgram(ZH_BAD, false));

write('assemblyai/zh-tw-violations.json', assemblyai(ZHTW_BAD));
write('assemblyai/en-clean.json', assemblyai(EN_GOOD));
write('assemblyai/ru-violations.json', assemblyai(RU_BAD));

write('whisper/ru-violations-escaped.json', whisper(RU_BAD, 'cli'));
// No speakers in Whisper: the customer's 你好 is read as the agent's (see docs/inputs.md).
write('whisper/zh-no-speakers.json', whisper(ZH_GOOD, 'api'));
write('whisper/en-violations.json', whisper(EN_BAD, 'api'));

write('ccai/zh-violations.json', ccai(ZH_BAD, true));
write('ccai/zh-tw-clean.json', ccai(ZHTW_GOOD, false));
write('ccai/en-violations.json', ccai(EN_BAD, false));

write('srt/ru-violations.srt', srt(RU_BAD, ['Оператор', 'Клиент']));
write('srt/zh-clean.srt', srt(ZH_GOOD, ['客服', '客户']));
write('srt/en-speaker-numbers.srt', srt(EN_BAD, ['Speaker 1', 'Speaker 2']));

write('webvtt/en-violations.vtt', webvtt(EN_BAD, ['Agent', 'Customer']));
write('webvtt/zh-tw-violations.vtt', webvtt(ZHTW_BAD, ['客服', '客戶']));
write('webvtt/ru-names-clean.vtt', webvtt(RU_GOOD, ['Ольга', 'Игорь Васильевич']));

// CSV exported from a Russian call-recording system: Windows-1251, ';', comma decimals, two calls.
{
  const rows: string[][] = [];
  for (const d of [RU_BAD, RU_GOOD, RU_NO_GREETING]) {
    for (const t of timeline(d, 0.8)) {
      rows.push([d.id, d.agent, t.who === 'A' ? roleWord.ru[0] : roleWord.ru[1], t.text, t.start.toFixed(2).replace('.', ','), t.end.toFixed(2).replace('.', ',')]);
    }
  }
  write('csv/ru-calls-cp1251.csv', iconv.encode(table(['ID звонка', 'Оператор', 'Роль', 'Текст', 'Начало, с', 'Конец, с'], rows, ';'), 'windows-1251'));
}
{
  const rows: string[][] = [];
  for (const d of [EN_BAD, EN_GOOD]) {
    for (const t of timeline(d, 0)) rows.push([d.id, d.agent, t.who === 'A' ? 'Agent' : 'Customer', t.who === 'C' && t.text.startsWith('Hi') ? `${t.text} I said "twice".` : t.text, srtTime(t.start).replace(',', '.'), srtTime(t.end).replace(',', '.')]);
  }
  write('csv/en-calls.csv', table(['call_id', 'agent_name', 'speaker', 'transcript', 'start_time', 'end_time'], rows, ','));
}
{
  const rows: string[][] = [];
  for (const d of [ZH_BAD, ZHTW_GOOD]) {
    for (const t of timeline(d, 0)) rows.push([d.id, d.agent, t.who === 'A' ? roleWord[d.lang][0] : roleWord[d.lang][1], t.text, String(Math.round(t.start * 1000)), String(Math.round(t.end * 1000))]);
  }
  write('tsv/zh-calls.tsv', table(['通话ID', '坐席姓名', '角色', '内容', 'start_ms', 'end_ms'], rows, '\t'));
}

// JSON Lines from a speech-analytics export: one utterance per line, two calls interleaved by time.
{
  const lines: string[] = [];
  const a = timeline(EN_BAD, 0).map((t) => ({ d: EN_BAD, t }));
  const b = timeline(RU_GOOD, 0).map((t) => ({ d: RU_GOOD, t }));
  const c = timeline(EN_NO_GREETING, 0).map((t) => ({ d: EN_NO_GREETING, t }));
  for (let i = 0; i < Math.max(a.length, b.length, c.length); i++) {
    for (const x of [a[i], b[i], c[i]]) {
      if (!x) continue;
      lines.push(JSON.stringify({ conversation_id: x.d.id, agent: x.d.agent, speaker: x.t.who === 'A' ? 'agent' : 'customer', text: x.t.text, start: x.t.start, end: x.t.end }));
    }
  }
  write('jsonl/en-ru-calls.jsonl', `${lines.join('\n')}\n`);
}

// A JSON export of calls, each holding its turns.
write(
  'json/zh-tw-calls.json',
  json(
    [ZHTW_BAD, ZHTW_GOOD].map((d) => ({
      call_id: d.id,
      agent: d.agent,
      channel: 'phone',
      turns: timeline(d, 0).map((t) => ({ role: t.who === 'A' ? 'agent' : 'customer', text: t.text, start: t.start, end: t.end })),
    })),
  ),
);

// Legacy and UTF-16 encodings (plain "Speaker: text" transcripts and subtitles).
const plainTranscript = (d: Dialogue, labels: [string, string], sep: string): string => d.turns.map(([who, text]) => `${who === 'A' ? labels[0] : labels[1]}${sep}${text}`).join('\n') + '\n';
write('encodings/ru-koi8r.txt', iconv.encode(plainTranscript(RU_BAD, ['Оператор', 'Клиент'], ': '), 'koi8-r'));
write('encodings/ru-cp1251.txt', iconv.encode(plainTranscript(RU_GOOD, ['Оператор', 'Клиент'], ': '), 'windows-1251'));
write('encodings/zh-gbk.txt', iconv.encode(plainTranscript(ZH_BAD, ['客服', '客户'], '：'), 'gbk'));
write('encodings/zh-tw-big5.txt', iconv.encode(plainTranscript(ZHTW_BAD, ['客服', '客戶'], '：'), 'big5'));
write('encodings/en-utf16le-bom.vtt', iconv.encode(webvtt(EN_BAD, ['Agent', 'Customer'], true), 'utf-16le', { addBOM: true }));
write('encodings/ru-utf16le-no-bom.srt', iconv.encode(srt(RU_BAD, ['Оператор', 'Клиент']), 'utf-16le'));
write('encodings/zh-utf16be-bom.txt', iconv.encode(plainTranscript(ZH_GOOD, ['客服', '客户'], '：'), 'utf-16be', { addBOM: true }));
write('encodings/en-utf8-bom.csv', `\uFEFF${table(['conversation_id', 'role', 'utterance'], timeline(EN_BAD).map((t) => [EN_BAD.id, t.who === 'A' ? 'AGENT' : 'END_USER', t.text]), ',')}`);

// Broken files: each must be reported with its line (where there is one), never crash.
write('broken/malformed.json', json({ results: { utterances: [] } }).replace('"utterances": []', '"utterances": [\n      {"start": 0.5, "end": 2.1 "transcript": "Hello"}\n    ]'));
write('broken/truncated-deepgram.json', deepgram(EN_BAD, false).slice(0, 1400));
write('broken/unknown-shape.json', json({ call: 'EN-1', lines: ['Hello', 'Hi'] }));
write('broken/bad-line.jsonl', ['{"call_id": "1", "speaker": "agent", "text": "Hello, thank you for calling."}', '{"call_id": "1", "speaker": "customer", "text": "Hi"', '{"call_id": "1", "speaker": "agent", "text": "How can I help?"}', ''].join('\n'));
write('broken/ragged.csv', table(['call_id', 'speaker', 'text'], [['1', 'agent', 'Hello'], ['1', 'customer', 'Hi']], ',') + '1,agent,How can I help,extra\r\n');
write('broken/no-text-column.csv', table(['call_id', 'speaker', 'duration'], [['1', 'agent', '12']], ','));
write('broken/bad-timing.srt', '1\n00:00:01,000 --> 00:00:03,500\nОператор: Здравствуйте!\n\n2\n00:00:04,000 -> 00:00:06,000\nКлиент: Добрый день.\n');
write('broken/bad-timing.vtt', 'WEBVTT\n\n00:01.000 --> 00:03.000\n<v Agent>Hello.\n\n00:04.000 --> 00:03.500\n<v Customer>Hi.\n');
write('broken/no-header.vtt', '00:01.000 --> 00:03.000\nHello.\n');
write('broken/empty.txt', '');
write('broken/binary.txt', Uint8Array.from({ length: 256 }, (_, i) => (i * 37 + 11) % 256));

if (process.env.TALKLINT_FIXTURES_OUT === undefined) console.log(`fixtures written to ${ROOT}`);
