/** Speaker ids → roles: config, format, label words, then the documented greeting heuristic. */
import { describe, expect, it } from 'vitest';
import { assignRoles, greetingScore, roleOfName, type RoleTurn } from '../../src/input/roles.js';
import { DEFAULT_SPEAKER_LABELS } from '../../src/input/speakers.js';
import type { Role } from '../../src/types.js';
import { fixture } from './helpers.js';

const labels = DEFAULT_SPEAKER_LABELS;
const t = (speaker: string | null, text: string, extra: Partial<RoleTurn> = {}): RoleTurn => ({ speaker, text, ...extra });

describe('the greeting heuristic', () => {
  const cases: [string, RoleTurn[], Role[], string | undefined][] = [
    ['ru: the agent greets', [t('spk_0', 'Алло?'), t('spk_1', 'Здравствуйте, компания Ромашка, меня зовут Анна.'), t('spk_0', 'Да, здравствуйте.')], ['customer', 'agent', 'customer'], 'speaker roles guessed: spk_1 → agent (greets first), spk_0 → customer'],
    ['ru: «Да, слушаю» answers the phone; the caller greets', [t('spk_1', 'Да, слушаю.'), t('spk_0', 'Здравствуйте, я по поводу возврата.')], ['agent', 'customer'], 'speaker roles guessed: spk_1 → agent (greets first), spk_0 → customer'],
    ['ru outbound: the customer picks up, the agent names the company', [t('spk_0', 'Алло, слушаю.'), t('spk_1', 'Здравствуйте, это компания Ромашка, меня зовут Анна.')], ['customer', 'agent'], 'speaker roles guessed: spk_1 → agent (greets first), spk_0 → customer'],
    ['zh Simplified', [t('A', '您好，欢迎致电蓝天保险，请问有什么可以帮您？'), t('B', '你好。')], ['agent', 'customer'], 'speaker roles guessed: A → agent (greets first), B → customer'],
    ['zh Traditional (normalised before matching)', [t('B', '喂？'), t('A', '您好，歡迎致電藍天保險，請問有什麼可以幫您？')], ['customer', 'agent'], 'speaker roles guessed: A → agent (greets first), B → customer'],
    ['en: both say hello, the agent phrase wins', [t('1', 'Hello?'), t('2', 'Hi, thank you for calling Acme, my name is Kim.')], ['customer', 'agent'], 'speaker roles guessed: 2 → agent (greets first), 1 → customer'],
    ['equal scores: the earlier speaker', [t('x', 'Hello.'), t('y', 'Hello.')], ['agent', 'customer'], 'speaker roles guessed: x → agent (greets first), y → customer'],
    ['nobody greets: channel 0', [t('ch_1', 'Yes.'), t('ch_0', 'Okay.')], ['customer', 'agent'], 'speaker roles guessed: ch_0 → agent (channel 0), ch_1 → customer'],
    ['nobody greets, channel from the format', [t('B', 'Yes.', { channel: 1 }), t('A', 'Okay.', { channel: 0 })], ['customer', 'agent'], 'speaker roles guessed: A → agent (channel 0), B → customer'],
    ['nobody greets, no channels: the first speaker', [t('B', 'Yes.'), t('A', 'Okay.')], ['agent', 'customer'], 'speaker roles guessed: B → agent (speaks first), A → customer'],
    ['a known agent makes the others customers', [t('Оператор', 'Да.'), t('Игорь', 'Здравствуйте!')], ['agent', 'customer'], 'speaker roles guessed: Игорь → customer'],
    ['all known: no notice', [t('Agent', 'Hi'), t('Customer', 'Hello')], ['agent', 'customer'], undefined],
    ['no labels at all: agent speech', [t(null, 'Hello'), t(null, 'Hi')], ['agent', 'agent'], 'no speaker labels: every turn is read as agent speech'],
  ];
  it.each(cases)('%s', (_name, turns, roles, notice) => {
    const r = assignRoles(turns, { labels });
    expect(r.roles).toEqual(roles);
    expect(r.notice).toBe(notice);
  });

  it('config speakerRoles win over everything, matched case-insensitively', () => {
    const r = assignRoles([t('SPK_0', 'Hello, thanks for calling'), t('spk_1', 'Hi'), t('AGENT', 'x', { role: 'agent' })], { labels, speakerRoles: { spk_0: 'customer', spk_1: 'agent', AGENT: 'unknown' } });
    expect(r).toEqual({ roles: ['customer', 'agent', 'unknown'] });
  });

  it('a role given by the format is kept (SYSTEM → unknown is not guessed over)', () => {
    const r = assignRoles([t('SYSTEM', 'Hello, your call is recorded', { role: 'unknown' }), t('u1', 'Hi')], { labels });
    expect(r).toEqual({ roles: ['unknown', 'agent'], notice: 'speaker roles guessed: u1 → agent (greets first)' });
  });

  it.each([
    ['Здравствуйте, компания Ромашка, меня зовут Анна. Чем могу помочь?', 5],
    ['Добрый день.', 1],
    ['您好，欢迎致电', 3],
    ['Thank you for calling, how can I help?', 4],
    ['Hi', 1],
    ['Hill', 0],
    ['Алло?', 0],
  ])('greetingScore(%j) = %i', (text, score) => {
    expect(greetingScore(text)).toBe(score);
  });

  it.each([
    ['AGENT', 'agent'],
    ['Оператор 2', 'agent'],
    ['客服（小王）', 'agent'],
    ['客戶', 'customer'],
    ['END_USER', 'customer'],
    ['клиент', 'customer'],
    ['spk_0', undefined],
    ['Anna', undefined],
  ])('roleOfName(%j) = %s', (name, role) => {
    expect(roleOfName(name, labels)).toBe(role);
    // Again, from the memo of answers (per label set: other labels, other answers).
    expect(roleOfName(name, labels)).toBe(role);
  });

  it('remembers answers per label set', () => {
    const custom = { ...labels, agent: [...labels.agent, 'Anna'] };
    expect([roleOfName('Anna', labels), roleOfName('Anna', custom), roleOfName('Anna', labels)]).toEqual([undefined, 'agent', undefined]);
  });
});

describe('roles in the fixtures', () => {
  it.each([
    ['aws-transcribe/ru-violations.json', { spk_0: 'agent', spk_1: 'customer' }, 'speaker roles guessed: spk_0 → agent (greets first), spk_1 → customer'],
    ['aws-transcribe/en-channels-clean.json', { ch_0: 'agent', ch_1: 'customer' }, 'speaker roles guessed: ch_0 → agent (greets first), ch_1 → customer'],
    ['deepgram/en-multichannel-violations.json', { ch_0: 'agent', ch_1: 'customer' }, 'speaker roles guessed: ch_0 → agent (greets first), ch_1 → customer'],
    ['assemblyai/zh-tw-violations.json', { A: 'agent', B: 'customer' }, 'speaker roles guessed: A → agent (greets first), B → customer'],
    ['contact-lens/ru-violations.json', { AGENT: 'agent', CUSTOMER: 'customer' }, undefined],
    ['ccai/zh-violations.json', { AGENT: 'agent', CUSTOMER: 'customer' }, undefined],
    ['webvtt/ru-names-clean.vtt', { Ольга: 'agent', 'Игорь Васильевич': 'customer' }, 'speaker roles guessed: Ольга → agent (greets first), Игорь Васильевич → customer'],
    ['srt/en-speaker-numbers.srt', { 'Speaker 1': 'agent', 'Speaker 2': 'customer' }, 'speaker roles guessed: Speaker 1 → agent (greets first), Speaker 2 → customer'],
    ['csv/ru-calls-cp1251.csv', { оператор: 'agent', клиент: 'customer' }, undefined],
    ['tsv/zh-calls.tsv', { 客服: 'agent', 客户: 'customer', 客戶: 'customer' }, undefined],
  ])('%s', (rel, expected, notice) => {
    const doc = fixture(rel);
    const seen: Record<string, Role> = {};
    for (const c of doc.calls) for (const turn of c.turns) seen[turn.speaker!] = turn.role;
    expect(seen).toEqual(expected);
    expect(doc.notices).toEqual(notice === undefined ? [] : [notice]);
  });

  it('speakerRoles from the config replace the guess (and its notice)', () => {
    const doc = fixture('deepgram/ru-clean.json', { speakerRoles: { spk_0: 'customer', spk_1: 'agent' } });
    expect([doc.calls[0]!.turns[0]!.speaker, doc.calls[0]!.turns[0]!.role, doc.notices]).toEqual(['spk_0', 'customer', []]);
  });
});
