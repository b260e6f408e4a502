/** Which of talklint's languages a text is in, by counting letters per script. */
import type { Language } from '../types.js';

const SCRIPT = /(\p{Script=Cyrillic})|(\p{Script=Han})|(\p{Script=Latin})/gu;
/** A Han character carries about as much as a short word: weigh it like three letters. */
const HAN_WEIGHT = 3;
/** A language counts when it has at least this share of the weighted letters. */
const MIN_SHARE = 0.2;

export function detectLanguages(text: string): Language[] {
  let ru = 0;
  let zh = 0;
  let en = 0;
  SCRIPT.lastIndex = 0;
  for (let m = SCRIPT.exec(text); m !== null; m = SCRIPT.exec(text)) {
    if (m[1] !== undefined) ru++;
    else if (m[2] !== undefined) zh += HAN_WEIGHT;
    else en++;
  }
  const total = ru + zh + en;
  if (total === 0) return [];
  const scored: Array<[Language, number]> = [
    ['ru', ru],
    ['zh', zh],
    ['en', en],
  ];
  scored.sort((a, b) => b[1] - a[1]);
  return scored.filter(([, n], i) => i === 0 || n / total >= MIN_SHARE).map(([l]) => l);
}
