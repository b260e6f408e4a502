/** parseClock (src/input/speakers.ts): the character loop gives what the general reading gives. */
import { describe, expect, it } from 'vitest';
import { parseClock } from '../../src/input/speakers.js';

function reference(text: string): number {
  const parts = text.replace(',', '.').split(':').map(Number);
  return parts.reduce((acc, p) => acc * 60 + p, 0);
}

describe('parseClock', () => {
  it.each([
    ['00:12', 12],
    ['1:02:03', 3723],
    ['01:02:03.5', 3723.5],
    ['12:34,567', 754.567],
    ['0:00', 0],
    ['', 0],
    ['5.', 5],
  ])('%j → %d', (text, seconds) => {
    expect(parseClock(text)).toBe(seconds);
  });

  it('equals the general reading on 20,000 random strings of digits, colons, marks and junk', () => {
    let seed = 7;
    const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) | 0) >>> 0) / 2 ** 32;
    const alphabet = '0123456789::..,, x-';
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      const len = Math.floor(random() * 12);
      for (let i = 0; i < len; i++) text += alphabet[Math.floor(random() * (k % 3 === 0 ? alphabet.length : 13))];
      expect(Object.is(parseClock(text), reference(text)) || (Number.isNaN(parseClock(text)) && Number.isNaN(reference(text))), text).toBe(true);
    }
  });
});
