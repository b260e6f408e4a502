/**
 * Splits normalised text into word tokens. A Han character is a token of its own (Chinese has no
 * spaces, so matching goes by characters); a run of letters/digits of any other script is one
 * token, with inner apostrophes and hyphens kept (don't, что-то). Word boundaries are therefore
 * real Unicode boundaries, not JavaScript's ASCII-only `\b`.
 */

/** Set on a token when a sentence ends before it (or it starts the turn). */
export const SENTENCE_START = 1;
/** Set on a token when any punctuation stands between it and the previous token. */
export const AFTER_PUNCT = 2;
/** Set on a Han-character token. */
export const HAN = 4;

export interface Tokens {
  /** Token text as matched on: normalised, inner apostrophes removed. */
  text: string[];
  start: number[];
  end: number[];
  flags: number[];
}

// Alternatives, in order: one Han character; a word of other letters/digits (inner ' and - kept);
// sentence-ending punctuation; any other non-space punctuation or symbol.
const TOKEN =
  /(\p{Script=Han})|([[\p{L}\p{N}\p{M}]--[\p{Script=Han}]]+(?:['\-][[\p{L}\p{N}\p{M}]--[\p{Script=Han}]]+)*)|([.!?。！？…]+)|([^\s[\p{L}\p{N}\p{M}]])/gv;

export function tokenize(normalised: string): Tokens {
  const out: Tokens = { text: [], start: [], end: [], flags: [] };
  let pending = SENTENCE_START | AFTER_PUNCT;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(normalised); m !== null; m = TOKEN.exec(normalised)) {
    if (m[1] !== undefined || m[2] !== undefined) {
      let word = m[0];
      if (m[2] !== undefined && word.includes("'")) word = word.replace(/'/g, '');
      out.text.push(word);
      out.start.push(m.index);
      out.end.push(m.index + m[0].length);
      out.flags.push(pending | (m[1] !== undefined ? HAN : 0));
      pending = 0;
    } else if (m[3] !== undefined) {
      pending |= SENTENCE_START | AFTER_PUNCT;
    } else {
      pending |= AFTER_PUNCT;
    }
  }
  return out;
}
