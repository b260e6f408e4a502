/**
 * Chinese script of what the speaker said, so a suggestion comes back in the same script:
 * «您必須先填寫投保單» gets «您能先填寫投保單嗎», not a Simplified/Traditional mix.
 * The Simplified→Traditional tables (OpenCC, via opencc-js) take ~0.3 s to load, so they are
 * loaded on the first Traditional match only.
 */
import { createRequire } from 'node:module';
import { toSimplifiedChar } from './normalize.js';

const HAN = /\p{Script=Han}/gu;

/** True when the text has a Han character whose Simplified form differs (written in Traditional). */
export function hasTraditional(text: string): boolean {
  for (const m of text.matchAll(HAN)) if (toSimplifiedChar(m[0]) !== m[0]) return true;
  return false;
}

let toTraditionalConverter: ((s: string) => string) | null = null;

/** Simplified → Traditional (Taiwan standard) text. */
export function toTraditional(text: string): string {
  if (toTraditionalConverter === null) {
    const require = createRequire(import.meta.url);
    const { Converter } = require('opencc-js/cn2t') as { Converter: (o: { from: string; to: string }) => (s: string) => string };
    toTraditionalConverter = Converter({ from: 'cn', to: 'tw' });
  }
  return toTraditionalConverter(text);
}

/** The suggestion in the script of the matched words. */
export function inScriptOf(suggestion: string, original: string): string {
  return hasTraditional(original) && /\p{Script=Han}/u.test(suggestion) ? toTraditional(suggestion) : suggestion;
}
