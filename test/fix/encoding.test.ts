import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { codecFor, refusal } from '../../src/fix/fix-file.js';
import { parseInputBytes } from '../../src/input/load.js';

/** Writes `fixed` back in the encoding `bytes` were read in; the refusal text when it cannot. */
function rewrite(bytes: Uint8Array, encoding: string, source: string, fixed: string): Buffer | string {
  const codec = codecFor(bytes, encoding, source);
  if (typeof codec === 'string') return codec;
  return codec.check(fixed) ?? Buffer.from(codec.encode(fixed));
}

describe('writing a fixed text back in the file’s encoding', () => {
  it('UTF-8 without a BOM stays without one', () => {
    const bytes = Buffer.from('Ты здесь?\n');
    expect(rewrite(bytes, 'utf-8', 'Ты здесь?\n', 'Вы здесь?\n')).toEqual(Buffer.from('Вы здесь?\n'));
  });
  it('UTF-8 with a BOM keeps it', () => {
    const bytes = Buffer.from('\ufeffТы здесь?\n');
    expect(rewrite(bytes, 'utf-8', 'Ты здесь?\n', 'Вы здесь?\n')).toEqual(Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('Вы здесь?\n')]));
  });
  const legacy: Array<[string, string, string]> = [
    ['windows-1251', 'Ты щас здесь?\r\n', 'Вы сейчас здесь?\r\n'],
    ['koi8-r', 'Ты здесь?\n', 'Вы здесь?\n'],
    ['gb18030', '你好，你稍等。\n', '您好，您稍等。\n'],
    ['big5', '你好，你稍等。\n', '您好，您稍等。\n'],
  ];
  for (const [encoding, before, after] of legacy) {
    it(`${encoding} is re-encoded in ${encoding}`, () => {
      const bytes = iconv.encode(before, encoding);
      expect(rewrite(bytes, encoding, before, after)).toEqual(iconv.encode(after, encoding));
    });
  }
  it('UTF-16LE with its BOM keeps the BOM', () => {
    const bytes = iconv.encode('\ufeffТы здесь?', 'utf-16le');
    expect(rewrite(bytes, 'utf-16le', 'Ты здесь?', 'Вы здесь?')).toEqual(iconv.encode('\ufeffВы здесь?', 'utf-16le'));
  });
  it('refuses a fix that windows-1251 cannot encode', () => {
    const bytes = iconv.encode('Ты здесь?', 'windows-1251');
    expect(rewrite(bytes, 'windows-1251', 'Ты здесь?', 'Вы здесь? 您')).toBe('the fixed text has characters that windows-1251 cannot encode; the file was left as it is');
  });
  it('refuses a file that does not survive a round trip (the bytes are not what the decoder saw)', () => {
    const bytes = iconv.encode('Ты здесь?', 'windows-1251');
    expect(rewrite(bytes, 'windows-1251', 'Ты тут?', 'Вы тут?')).toMatch(/^the file does not survive a round trip through windows-1251/);
  });
  it('refuses an encoding iconv-lite does not know', () => {
    expect(rewrite(Buffer.from('x'), 'x-martian', 'x', 'y')).toBe('cannot write x-martian (an encoding iconv-lite does not know); the file was left as it is');
  });
  it('uses the encoding the reader reports (what --fix sees is what linting saw)', () => {
    const bytes = Buffer.from('\ufeffТы\n');
    const parsed = parseInputBytes(bytes, 'a.txt');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(rewrite(bytes, parsed.encoding, parsed.doc.source, parsed.doc.source.replace('Ты', 'Вы'))).toEqual(Buffer.from('\ufeffВы\n'));
  });
});

describe('what --fix refuses', () => {
  const cases: Array<[string | undefined, string | undefined, boolean]> = [
    ['script', 'text', false],
    ['script', 'markdown', false],
    ['transcript', 'text', true],
    ['transcript', 'markdown', true],
    ['transcript', 'csv', true],
    ['script', 'json', true],
  ];
  for (const [kind, format, refused] of cases) {
    it(`${kind} in ${format} format: ${refused ? 'refused' : 'fixed'}`, () => {
      expect(refusal(kind, format) !== null).toBe(refused);
    });
  }
});
