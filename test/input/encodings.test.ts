/**
 * Bytes → text: a known text is encoded with iconv-lite into each encoding, detected, decoded and
 * compared; BOMs, UTF-16 without a BOM, forced encodings, binary files, uncertain guesses.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseInputBytes } from '../../src/input/load.js';
import { decodeBytes, implausibility, languageScore } from '../../src/input/read.js';
import { fixture } from './helpers.js';

const RU = 'Оператор: Здравствуйте, компания Ромашка, меня зовут Анна. Чем могу помочь?\nКлиент: Добрый день, у меня не работает интернет.\nОператор: Я не знаю, ты перезвони завтра.\n';
const ZH = '客服：您好，欢迎致电蓝天保险，我是小王，请问有什么可以帮您？\n客户：你好，我想问一下保单的事情。\n客服：这个我不知道，你必须先填写投保单。\n';
const ZH_TW = '客服：您好，歡迎致電藍天保險，我是小陳，請問有什麼可以幫您？\n客戶：你好，我的保單怎麼還沒寄到？\n客服：這個我不知道，你必須自己去郵局查。\n';
const EN = "Agent: Thank you for calling Acme Energy, my name is John. How can I help you?\nCustomer: Hi.\nAgent: I don't know.\n";

describe('round trip: encode, detect, decode', () => {
  const cases: [string, string, string, boolean][] = [];
  for (const [name, text] of [['ru', RU], ['zh', ZH], ['zh-TW', ZH_TW], ['en', EN]] as const) {
    for (const enc of ['utf-8', 'utf-16le', 'utf-16be']) for (const bom of [false, true]) cases.push([name, text, enc, bom]);
  }
  cases.push(['ru', RU, 'windows-1251', false], ['ru', RU, 'koi8-r', false], ['zh', ZH, 'gbk', false], ['zh', ZH, 'gb18030', false], ['zh-TW', ZH_TW, 'big5', false], ['en', EN, 'windows-1252', false]);

  it.each(cases)('%s in %s (BOM: %s)', (_name, text, enc, bom) => {
    const bytes = iconv.encode(text, enc, { addBOM: bom });
    const r = decodeBytes(bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).toBe(text);
    const expectedName = enc === 'gbk' ? 'gb18030' : enc;
    // Pure ASCII is also valid UTF-8 (and that is what it is read as).
    expect(r.encoding).toBe(/^(windows-1252)$/.test(enc) && !/[^\x00-\x7f]/.test(text) ? 'utf-8' : expectedName);
    expect(r.notices).toEqual([]);
  });
});

describe('detection details', () => {
  it('strips a UTF-8 BOM; offsets are into the text after it', () => {
    const r = parseInputBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Оператор: Добрый день')]), 'a.txt');
    expect(r.ok && [r.encoding, r.doc.source, r.doc.calls[0]!.turns[0]!.sourceOffset]).toEqual(['utf-8', 'Оператор: Добрый день', 10]);
  });

  it('a forced encoding wins over detection (and counts what it could not decode)', () => {
    const bytes = iconv.encode(RU, 'koi8-r');
    expect(decodeBytes(bytes, { encoding: 'windows-1251' })).toMatchObject({ ok: true, encoding: 'windows-1251', notices: [] });
    const forced = decodeBytes(new Uint8Array([0x41, 0xff, 0xfe]), { encoding: 'utf-8' });
    expect(forced).toMatchObject({ ok: true, notices: ['2 byte sequences could not be decoded as utf-8'] });
    expect(decodeBytes(bytes, { encoding: 'klingon' })).toEqual({ ok: false, reason: 'unknown encoding "klingon"' });
  });

  it('windows-1251 vs KOI8-R: the wrong one swaps letter case, the score tells them apart', () => {
    const line = 'Я не знаю';
    expect(languageScore(iconv.decode(iconv.encode(line, 'windows-1251'), 'windows-1251'))).toBe(1);
    expect(languageScore(iconv.decode(iconv.encode(line, 'windows-1251'), 'koi8-r'))).toBeLessThan(0.6);
    for (const enc of ['windows-1251', 'koi8-r']) {
      for (const phrase of ['Алло', 'Спасибо', 'Добрый день', 'Ты кто', 'Щас гляну', 'хорошо', 'перезвоните позже']) {
        const r = decodeBytes(iconv.encode(phrase, enc));
        expect(r.ok && [r.encoding, r.text]).toEqual([enc, phrase]);
      }
    }
  });

  it('GBK vs Big5: frequent characters (level 1 of either standard) decide', () => {
    for (const phrase of ['请问有什么可以帮您', '我是小王', '不知道', '再见']) {
      const r = decodeBytes(iconv.encode(phrase, 'gbk'));
      expect(r.ok && [r.encoding, r.text]).toEqual(['gb18030', phrase]);
    }
    for (const phrase of ['請問有什麼可以幫您', '我是小陳', '不知道', '再見']) {
      const r = decodeBytes(iconv.encode(phrase, 'big5'));
      expect(r.ok && [r.encoding, r.text]).toEqual(['big5', phrase]);
    }
  });

  it('UTF-8 with a few broken sequences stays UTF-8 (with a notice), never Chinese soup', () => {
    const good = new TextEncoder().encode(RU);
    const damaged = new Uint8Array([...good.subarray(0, 40), 0xff, ...good.subarray(40), 0xd0]);
    const r = decodeBytes(damaged);
    expect(r.ok && [r.encoding, r.notices, r.text.startsWith(RU.slice(0, 20))]).toEqual(['utf-8', ['2 invalid UTF-8 byte sequences replaced by U+FFFD'], true]);
  });

  it('reports an uncertain guess as a notice and lints anyway', () => {
    const r = parseInputBytes(iconv.encode('Клиент: да', 'koi8-r'), 'a.txt');
    expect(r.ok && [r.encoding, r.notices, r.doc.calls[0]!.turns[0]!.text]).toEqual(['koi8-r', ['encoding guessed: koi8-r (confidence 63%)'], 'да']);
  });

  it('UTF-16 without a BOM: by the NUL pattern, or (no NULs at all) by the text it gives', () => {
    for (const enc of ['utf-16le', 'utf-16be']) {
      expect(decodeBytes(iconv.encode(EN, enc))).toMatchObject({ ok: true, text: EN, encoding: enc, notices: [] });
      expect(decodeBytes(iconv.encode('您好欢迎致电蓝天保险请问有什么可以帮您', enc))).toMatchObject({ ok: true, text: '您好欢迎致电蓝天保险请问有什么可以帮您', encoding: enc, notices: [] });
    }
  });

  it('binary files and undecodable bytes are refused', () => {
    expect(decodeBytes(Uint8Array.from({ length: 256 }, (_, i) => (i * 37 + 11) % 256))).toEqual({ ok: false, reason: 'binary file; skipped' });
    expect(decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]))).toEqual({ ok: false, reason: 'binary file; skipped' });
    // UTF-8 text with a stray NUL is not UTF-16.
    expect(decodeBytes(new TextEncoder().encode('Привет\0мир!'))).toEqual({ ok: false, reason: 'binary file; skipped' });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xff]))).toEqual({ ok: false, reason: 'not valid UTF-8 despite its UTF-8 byte order mark; skipped' });
    expect(decodeBytes(new Uint8Array([0x80, 0x80, 0x80, 0x80]))).toEqual({ ok: false, reason: 'cannot tell the text encoding (not UTF-8, and no ru/zh/en encoding decodes it to plausible text); pass --encoding; skipped' });
  });

  it('measures implausible text', () => {
    expect(implausibility('Добрый день')).toBe(0);
    expect(implausibility('a\uFFFDb\u0001')).toBe(0.5);
    expect(implausibility('┌──┐')).toBe(1);
  });
});

describe('encoding fixtures', () => {
  it.each([
    ['encodings/ru-koi8r.txt', 'koi8-r', 'Оператор'],
    ['encodings/ru-cp1251.txt', 'windows-1251', 'Оператор'],
    ['encodings/zh-gbk.txt', 'gb18030', '客服'],
    ['encodings/zh-tw-big5.txt', 'big5', '客服'],
    ['encodings/en-utf16le-bom.vtt', 'utf-16le', 'Agent'],
    ['encodings/ru-utf16le-no-bom.srt', 'utf-16le', 'Оператор'],
    ['encodings/zh-utf16be-bom.txt', 'utf-16be', '客服'],
    ['encodings/en-utf8-bom.csv', 'utf-8', 'AGENT'],
    ['csv/ru-calls-cp1251.csv', 'windows-1251', 'оператор'],
  ])('%s → %s', (rel, encoding, firstSpeaker) => {
    const doc = fixture(rel);
    expect(doc.encoding).toBe(encoding);
    expect(doc.notices).toEqual([]);
    const first = doc.calls[0]!.turns[0]!;
    expect(first.speaker).toBe(firstSpeaker);
    // Line breaks inside a cue read as spaces; otherwise the text stands in the decoded source.
    expect(doc.source.slice(first.sourceOffset!, first.sourceOffset! + first.text.length).replace(/[\r\n]/g, ' ')).toBe(first.text);
  });
});
