/**
 * Whole calls through all phrase rules of the shipped packs (forbidden, required, limit): a call
 * that follows the standard gets no diagnostic at all, a call that breaks it gets exactly these
 * diagnostics (line:column, rule, matched text, first suggestion). Guards the packs against false
 * positives that single-rule examples cannot show.
 */
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine/linter.js';
import { loadPacks } from '../../src/packs/load.js';

const loaded = loadPacks(['ru', 'zh', 'en']);
if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
const PHRASE_TYPES = new Set(['forbidden', 'required', 'limit']);
const linter = new Linter({
  packs: loaded.packs,
  only: loaded.packs.flatMap((p) => p.rules.filter((r) => PHRASE_TYPES.has(r.type)).map((r) => r.id)),
  variables: { company: ['Ромашка', 'Acme', '安心保险'] },
});

const lines = (...l: string[]): string => l.join('\n') + '\n';

const CALLS: Array<{ name: string; text: string; expected: string[] }> = [
  {
    name: 'ru: a call by the standard',
    text: lines(
      'Оператор: Добрый день, компания «Ромашка», меня зовут Анна. Чем могу помочь?',
      'Клиент: Здравствуйте. У меня второй день не работает интернет, и я не знаю, что делать.',
      'Оператор: Разрешите, я уточню информацию по вашему адресу. Назовите, пожалуйста, номер договора.',
      'Клиент: 45-12-77. Нет, подождите, 45-12-78.',
      'Оператор: Спасибо. Вижу, что на линии ведутся плановые работы, они закончатся сегодня к шести вечера.',
      'Клиент: А раньше никак нельзя?',
      'Оператор: Я могу вам предложить временно подключить мобильный интернет без доплаты. Вам удобно?',
      'Клиент: Да, давайте. А если к шести не починят?',
      'Оператор: Я вам перезвоню в шесть и проверю вместе с вами. Нет ли у вас других вопросов?',
      'Клиент: Нет, спасибо.',
      'Оператор: Не за что. Спасибо за обращение, всего доброго!',
    ),
    expected: [],
  },
  {
    name: 'ru: an ASR transcript that breaks it',
    text: lines(
      'оператор: алло да',
      'клиент: здравствуйте у меня не работает интернет третий день',
      'оператор: ну щас посмотрим а какой у тебя адрес',
      'клиент: ленина пять квартира двенадцать',
      'оператор: ну я как бы не знаю когда починят это не ко мне вы должны позвонить в техподдержку',
      'клиент: так я и звоню в техподдержку',
      'оператор: короче типа перезвоните завтра',
      'клиент: это ужасно',
    ),
    expected: [
      '1:11 ru/greeting',
      '1:11 ru/greeting-company',
      '1:11 ru/greeting-name',
      '1:11 ru/offer-help',
      '3:14 ru/no-slang «щас» → сейчас',
      '3:38 ru/formal-address «тебя» → вас',
      '5:11 ru/closing',
      '5:14 ru/no-dont-know «я как бы не знаю» → Разрешите, я уточню эту информацию',
      '5:45 ru/no-not-my-job «это не ко мне» → Я передам ваш вопрос специалисту, который этим занимается',
      '5:59 ru/no-pressure «вы должны позвонить в техподдержку» → Я могу вам предложить позвонить в техподдержку',
      '7:11 ru/filler-words «короче»',
      '7:23 ru/agent-calls-back «перезвоните» → Я вам перезвоню',
    ],
  },
  {
    name: 'zh: a call by the standard',
    text: lines(
      '客服：您好，安心保险，工号1024为您服务，请问有什么可以帮您？',
      '客户：你好，我上个月报的理赔怎么还没到账？我也不知道该找谁。',
      '客服：请允许我为您确认一下，麻烦您提供一下保单号。',
      '客户：保单号是8812345。',
      '客服：感谢您的耐心等待。您的理赔已经审核通过，预计三个工作日内到账。',
      '客户：太慢了，能不能快一点？',
      '客服：非常抱歉给您带来不便。您可以在App上申请加急，我会为您备注优先处理。',
      '客户：好的，那我试试。',
      '客服：还有什么可以帮您的吗？',
      '客户：没有了，谢谢。',
      '客服：感谢您的来电，祝您生活愉快，再见！',
    ),
    expected: [],
  },
  {
    name: 'zh: a call that breaks it, partly in Traditional script',
    text: lines(
      '客服：喂？',
      '客户：你好，我的理赔怎么还没到账？太差了！',
      '客服：這個我不知道，你必須先補交病歷。',
      '客户：我上周就交了。',
      '客服：那不归我管，按规定要等审核，我们尽量帮你催一下。',
      '客户：你们能不能快一点？',
      '客服：不行。你有保单号吗？',
      '客户：有，8812345。',
      '客服：對不起讓您久等了，保证没问题。',
    ),
    expected: [
      '1:4 zh/greeting',
      '1:4 zh/greeting-company',
      '1:4 zh/greeting-name',
      '1:4 zh/offer-help',
      '3:7 zh/no-dont-know «不知道» → 請允許我為您確認一下',
      '3:11 zh/polite-you «你» → 您',
      '3:11 zh/no-must «你必須先補交病歷» → 您能先補交病歷嗎',
      '5:5 zh/no-not-my-job «不归我管» → 我帮您转接负责的同事',
      '5:10 zh/no-rules-talk «按规定»',
      '5:18 zh/will-not-try «我们尽量帮你催一下» → 我会为您催一下',
      '5:23 zh/polite-you «你» → 您',
      '7:4 zh/no-flat-refusal «不行» → 您可以……',
      '7:4 zh/closing',
      '7:7 zh/polite-you «你» → 您',
      '7:7 zh/borrow-not-have «你有保单号吗» → 我可以借用一下您的保单号吗',
      '9:4 zh/prefer-thanks «對不起讓您久等» → 感謝您的耐心等待',
      '9:13 zh/no-blind-promise «保证没问题»',
    ],
  },
  {
    name: 'en: a call by the standard',
    text: lines(
      'Agent: Good morning, thank you for calling Acme, my name is Sam. How can I help you today?',
      "Customer: Hi, I don't know why my bill doubled this month.",
      'Agent: Let me find that out for you. Could you confirm your account number?',
      "Customer: It's 55-1023.",
      'Agent: Thank you. I can see a one-off installation fee. What I can do is spread it over three months.',
      "Customer: No, I'd rather pay it now.",
      "Agent: No problem, I'll take the payment now. Is there anything else I can do for you?",
      "Customer: No, that's all.",
      'Agent: Thank you for calling Acme, have a great day!',
    ),
    expected: [],
  },
  {
    name: 'en: a call that breaks it',
    text: lines(
      'Agent: Yeah?',
      'Customer: Hi, my bill doubled this month.',
      "Agent: I don’t know why, that's not my department. You need to call billing.",
      "Customer: Can't you just check?",
      "Agent: No, I can't. Let me transfer you.",
      'Customer: Fine.',
      "Agent: Sorry, they're busy, call back later. I'll put you through to sales instead.",
    ),
    expected: [
      '1:8 en/greeting',
      '1:8 en/greeting-company',
      '1:8 en/greeting-name',
      '1:8 en/offer-help',
      '3:8 en/no-dont-know «I don’t know» → Let me find that out for you',
      '3:33 en/no-not-my-job «not my department» → Let me connect you with the right person',
      '3:52 en/no-pressure «You need to call billing» → Could you call billing?',
      '5:8 en/avoid-negative-forms «No» → Say what can be done (e.g. “What I can do is …”)',
      '5:8 en/closing',
      "5:14 en/avoid-negative-forms «can't» → Say what can be done (e.g. “What I can do is …”)",
      '7:29 en/agent-calls-back «call back later» → I\'ll call you back',
      '7:51 en/max-one-transfer «put you through»',
    ],
  },
];

describe('whole calls through the shipped phrase rules', () => {
  it.each(CALLS)('$name', ({ text, expected }) => {
    const result = linter.lintText(text);
    const got = result.diagnostics.map((d) => {
      let s = `${d.line}:${d.column} ${d.ruleId}`;
      if (d.matchedText !== undefined) s += ` «${d.matchedText}»`;
      if (d.suggestions[0]) s += ` → ${d.suggestions[0].text}`;
      return s;
    });
    expect(got).toEqual(expected);
  });
});
