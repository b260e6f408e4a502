/**
 * The shipped structure rules (call-structure, apologize-on-complaint, callback-needs-contact)
 * on whole calls, beside the transfer limit — the figures a QA reviewer labels by hand.
 */
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine/linter.js';
import { loadPacks } from '../../src/packs/load.js';

const loaded = loadPacks(['ru', 'zh', 'en']);
if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
const ids = loaded.packs
  .flatMap((p) => p.rules)
  .filter((r) => r.type === 'sequence' || r.type === 'conditional' || r.id.endsWith('/max-one-transfer'))
  .map((r) => r.id);
const linter = new Linter({ packs: loaded.packs, only: ids, calls: true });

const cases: Array<{ name: string; text: string; expected: Array<[string, number, number, string | null]>; triggered: string[] }> = [
  {
    name: 'ru: a timed call in order, complaint answered with an apology',
    text: [
      '[00:00] Оператор: Добрый день, компания «Ромашка», меня зовут Анна. Чем могу помочь?',
      '[00:04] Клиент: Я хочу пожаловаться, заказ потерялся!',
      '[00:09] Оператор: Простите, пожалуйста. Назовите номер заказа.',
      '[00:15] Клиент: 4417.',
      '[00:20] Оператор: Стоимость заказа мы вернём, я оформлю возврат.',
      '[00:31] Клиент: Хорошо, меня устраивает.',
      '[00:35] Оператор: Спасибо за обращение, всего доброго!',
    ].join('\n'),
    expected: [],
    triggered: ['ru/apologize-on-complaint'],
  },
  {
    name: 'ru: no greeting, two transfers',
    text: 'Оператор: Слушаю.\nКлиент: Мне нужно узнать баланс.\nОператор: Соединяю вас со специалистом.\nОператор: Переключаю вас на другой отдел.\nКлиент: Опять?\nОператор: До свидания.',
    expected: [
      ['ru/call-structure', 1, 11, null],
      ['ru/max-one-transfer', 4, 11, 'Переключаю вас'],
    ],
    triggered: [],
  },
  {
    name: 'ru: a call-back promised without a number or time',
    text: 'Оператор: Здравствуйте, Игорь.\nКлиент: Не работает интернет.\nОператор: Я уточню у техников и перезвоню.\nКлиент: Хорошо.\nОператор: До свидания.',
    expected: [['ru/callback-needs-contact', 3, 33, 'перезвоню']],
    triggered: ['ru/callback-needs-contact'],
  },
  {
    name: 'zh (Traditional): farewell first, complaint without apology',
    text: '客服：再見。\n客戶：等一下，我要投訴。\n客服：您好，請講。',
    expected: [
      ['zh/call-structure', 1, 4, '再見'],
      ['zh/apologize-on-complaint', 2, 10, '投訴'],
      ['zh/call-structure', 3, 4, '您好'],
    ],
    triggered: ['zh/apologize-on-complaint'],
  },
  {
    name: 'zh: complaint answered, call-back with a time',
    text: '坐席：您好，请问有什么可以帮您？\n用户：我要投诉你们的快递员！\n坐席：非常抱歉给您带来不便，请问您的订单号是多少？\n用户：12345。\n坐席：已经为您登记，我们会在24小时内给您回电。\n坐席：感谢您的来电，再见！',
    expected: [],
    triggered: ['zh/apologize-on-complaint', 'zh/callback-needs-contact'],
  },
  {
    name: 'en: complaint without apology, two transfers',
    text: "Agent: Hello, thank you for calling Acme.\nCustomer: I want to make a complaint.\nAgent: Let me transfer you to billing.\nAgent: I'll put you through to my manager.\nCustomer: Whatever.\nAgent: Goodbye.",
    expected: [
      ['en/apologize-on-complaint', 2, 28, 'complaint'],
      ['en/max-one-transfer', 4, 13, 'put you through'],
    ],
    triggered: ['en/apologize-on-complaint'],
  },
];

describe('shipped structure rules on whole calls', () => {
  it.each(cases)('$name', ({ text, expected, triggered }) => {
    const r = linter.lintText(text);
    expect(r.diagnostics.map((d) => [d.ruleId, d.line, d.column, d.matchedText ?? null])).toEqual(expected);
    expect(r.calls?.[0]?.triggered).toEqual(triggered);
  });

  it('names the missing stage in the pack’s language', () => {
    const r = linter.lintText('Оператор: Слушаю.\nОператор: До свидания.');
    expect(r.diagnostics.map((d) => d.message)).toEqual(['Структура звонка: нет этапа «приветствие».']);
  });
});
