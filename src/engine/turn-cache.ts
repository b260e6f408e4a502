/**
 * A memo of analysed turns: what normalising and matching a turn's text gave, by the text, the
 * call's languages and the turn's role (everything the result depends on; the matcher is fixed
 * for the linter's life). Calls repeat turns word for word — scripted greetings and closings,
 * "Да.", "Спасибо, всего доброго.", 好的 — and a repeated turn then costs a lookup instead of
 * normalising, scanning and matching it again.
 *
 * A fixed table of SLOTS entries, one entry a slot (a newer turn whose hash falls on the slot
 * replaces the older): memory is bounded, and nothing is rehashed or evicted in bulk. A turn is
 * only remembered the second time its hash is met (a "doorkeeper" array of hashes): most one-off
 * turns — an order number, a name, a date — are never copied into the table, which would
 * otherwise churn it and fill the heap with entries that are never read.
 *
 * Entries are read, never written: a caller that adds matches to a turn's groups (operators)
 * works on a copy (see Linter.analyzeTurn). Keys and normalised texts are copies of their own,
 * never views of a file's text (a view would keep the whole file alive; see own-copy.ts).
 */
import { analyzeText, type AnalyzedText, type PhraseMatch } from '../pattern/matcher.js';

export interface CachedTurn {
  text: AnalyzedText;
  /** Matches per matcher group, sparse (see PhraseMatcher.matchSparse). */
  groups: PhraseMatch[][];
  /** The groups with matches (AnalyzedTurn.hits). */
  hits: number[];
}

/** Entries (a power of two). */
const SLOTS = 1 << 14;
/** Hashes the doorkeeper remembers (a power of two). */
const DOOR_SLOTS = 1 << 16;
/** Code units a hash reads at most (see hashOf). */
const HASHED = 48;
/** Longer turns are not remembered (a repeated turn is a scripted sentence or two). */
export const MAX_CACHED_TURN = 1024;

export class TurnCache {
  private readonly texts: Array<string | undefined> = new Array(SLOTS).fill(undefined);
  private readonly entries: Array<CachedTurn | undefined> = new Array(SLOTS).fill(undefined);
  private readonly hashes = new Int32Array(SLOTS);
  private readonly kinds = new Int8Array(SLOTS).fill(-1);
  private readonly door = new Int32Array(DOOR_SLOTS);
  /** Hash of the text last looked up (set by `get`, read by `set`). */
  private lastHash = 0;
  hits = 0;
  misses = 0;

  /**
   * The entry of `text` for a turn of this `kind` (the call's languages and the turn's role as
   * one small number), or undefined.
   */
  get(text: string, kind: number): CachedTurn | undefined {
    if (text.length > MAX_CACHED_TURN) return undefined;
    const h = hashOf(text, kind);
    this.lastHash = h;
    const slot = h & (SLOTS - 1);
    if (this.hashes[slot] === h && this.kinds[slot] === kind && this.texts[slot] === text) {
      this.hits++;
      return this.entries[slot];
    }
    this.misses++;
    return undefined;
  }

  /**
   * Remembers what `text` gave (just looked up with `get` and missed): its normalised form and
   * its matches — when its hash has been met before. The normalised text is the turn's own text
   * when normalising changed nothing; the entry then shares the key's copy.
   */
  set(text: string, kind: number, normalized: string, groups: PhraseMatch[][], hits: number[]): void {
    if (text.length > MAX_CACHED_TURN) return;
    const h = this.lastHash;
    const door = (h >>> 16) & (DOOR_SLOTS - 1);
    if (this.door[door] !== h) {
      this.door[door] = h;
      return;
    }
    const slot = h & (SLOTS - 1);
    const own = ownFlatCopy(text);
    this.hashes[slot] = h;
    this.kinds[slot] = kind;
    this.texts[slot] = own;
    this.entries[slot] = { text: analyzeText(normalized === text ? own : normalized), groups, hits };
  }
}

/**
 * A hash of the text's length, kind and at most HASHED code units spread over it (every unit of a
 * short turn): a lookup must cost far less than the work it saves. Texts that share the hash are
 * told apart by comparing them (and a one-off turn that shares it with another, e.g. the same
 * sentence with another order number, is at worst remembered once).
 */
function hashOf(text: string, kind: number): number {
  const n = text.length;
  let h = Math.imul(0x811c9dc5 ^ kind ^ (n << 8), 0x01000193);
  const step = n > HASHED ? Math.floor(n / HASHED) : 1;
  for (let i = n - 1; i >= 0; i -= step) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h ^ (h >>> 15);
}

/** A flat copy of `s` that does not refer to the string it was cut from. */
function ownFlatCopy(s: string): string {
  // The concatenation is flattened into a new string by slice; the slice then refers to that.
  return (' ' + s).slice(1);
}
