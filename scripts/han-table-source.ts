/**
 * The Simplified form of every Han character according to OpenCC (opencc-js): what
 * src/text/han-simplified.ts is generated from, and what the test checks it against.
 */
import { Converter } from 'opencc-js/t2cn';

/** Every Han code point (BMP and the supplementary ideographic planes). */
export function* hanCodePoints(): Generator<string> {
  const HAN = /^\p{Script=Han}$/u;
  for (let cp = 0x2e80; cp < 0x32000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    if (HAN.test(ch)) yield ch;
  }
}

/** [character, Simplified form] for each Han character that OpenCC changes (same length only). */
export function hanSimplifiedPairs(): Array<[string, string]> {
  const tw = Converter({ from: 'tw', to: 'cn' });
  const hk = Converter({ from: 'hk', to: 'cn' });
  const toCn = (s: string): string => {
    const t = tw(s) ?? s;
    return hk(t) ?? t;
  };
  const pairs: Array<[string, string]> = [];
  for (const ch of hanCodePoints()) {
    let conv = toCn(ch);
    // To a fixpoint, so that normalising is idempotent: the tables map 麼→么 but also 么→幺,
    // and a pattern written 什么 must still meet a text written 什麼.
    for (let k = 0; k < 3; k++) {
      const again = toCn(conv);
      if (again === conv) break;
      conv = again;
    }
    if (conv !== ch && conv.length === ch.length) pairs.push([ch, conv]);
  }
  return pairs;
}
