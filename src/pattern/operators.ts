/**
 * Matching operators: patterns built from other patterns, usable wherever a phrase is.
 *
 *   {near: [A, B], words: 5}                  A and B within 5 words of each other, same turn
 *   {near: [A, B], words: 5, ordered: true}   … A before B
 *   {near: [A, B], words: 8, acrossTurns: true}  … or in following turns (words counted across them)
 *   {pattern: A, notFollowedBy: B, words: 2}  A, unless B starts within 2 words after it
 *   {pattern: A, notPrecededBy: B, words: 2}  A, unless B ends within 2 words before it
 *   {allOf: [A, B, …]}                        every part in the same turn
 *   {anyOf: [A, B, …]}                        any part (what a plain list means; useful inside the others)
 *
 * An operand is a phrase, a `{regex: …}`, another operator, or a list (any of them). Compiled
 * once: every operand is registered in the shared PhraseMatcher as a group of its own, so a turn
 * is still matched in one pass; the operators then combine those groups' matches per call
 * (children before parents) into the group of the pattern that uses them. "Words" are tokens:
 * a Chinese character counts as one. `near` and the negations stay inside a sentence, like
 * phrases (a B in the next sentence is not near, and does not block); `allOf` takes the whole
 * turn; only `near` with `acrossTurns: true` looks into other turns (and across sentences).
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { PatternDef } from '../packs/definition.js';
import { describe, MapReader } from '../packs/yaml-reader.js';
import type { AnalyzedTurn } from '../engine/call-context.js';
import type { Language } from '../types.js';
import { matchesOf, type PhraseMatch } from './matcher.js';
import { SENTENCE_START } from '../text/tokenize.js';

export type OperatorPattern =
  | { op: 'near'; parts: [PatternDef[], PatternDef[]]; words: number; ordered: boolean; acrossTurns: boolean }
  | { op: 'notFollowedBy' | 'notPrecededBy'; base: PatternDef[]; other: PatternDef[]; words: number }
  | { op: 'allOf' | 'anyOf'; parts: PatternDef[][] };

export const DEFAULT_OPERATOR_WORDS = 3;

/** Keys that make a mapping in a pattern list an operator (rather than `{regex: …}`). */
export const OPERATOR_KEYS = ['near', 'pattern', 'allOf', 'anyOf'] as const;

export function isOperatorNode(node: Node): boolean {
  return isMap(node) && node.items.some((p) => isScalar(p.key) && (OPERATOR_KEYS as readonly string[]).includes(String(p.key.value)));
}

/**
 * Reads an operator mapping. `readLeaf` reads a phrase or `{regex}` operand (the pack loader's
 * own pattern reader, so positions and messages are the same as for any pattern).
 */
export function readOperatorPattern(
  parent: MapReader,
  node: Node,
  lang: Language | null,
  readLeaf: (item: Node) => PatternDef | null,
): PatternDef | null {
  if (!isMap(node)) return null;
  const key = OPERATOR_KEYS.find((k) => node.has(k));
  const where = `a "${key}" pattern of ${parent.where}`;
  const allowed: Record<string, string[]> = {
    near: ['near', 'words', 'ordered', 'acrossTurns'],
    pattern: ['pattern', 'notFollowedBy', 'notPrecededBy', 'words'],
    allOf: ['allOf'],
    anyOf: ['anyOf'],
  };
  const r = new MapReader(parent.y, node, where, allowed[key as string] ?? []);
  const operand = (k: string): PatternDef[] | null => {
    const v = r.value(k);
    if (v === undefined || v === null) {
      parent.y.error(v ?? r.keyNode(k) ?? node, `${where}: "${k}" needs a phrase, a list of phrases or an operator`);
      return null;
    }
    const items = isSeq(v) ? (v.items as Node[]) : [v];
    if (items.length === 0) {
      parent.y.error(v, `${where}: "${k}" must not be empty`);
      return null;
    }
    const out: PatternDef[] = [];
    for (const item of items) {
      const def = isOperatorNode(item) ? readOperatorPattern(r, item, lang, readLeaf) : readLeaf(item);
      if (def) out.push(def);
    }
    return out.length === items.length ? out : null;
  };
  const source = String(parent.y.text.slice(node.range?.[0] ?? 0, node.range?.[1] ?? 0)).trim();
  if (key === 'near') {
    const v = r.value('near');
    if (!isSeq(v) || v.items.length !== 2) {
      parent.y.error(v ?? node, `${where}: "near" takes exactly two operands, [A, B], found ${describe(v)}`);
      return null;
    }
    const parts = (v.items as Node[]).map((item) => {
      if (isSeq(item)) {
        const list: PatternDef[] = [];
        for (const x of item.items as Node[]) {
          const d = isOperatorNode(x) ? readOperatorPattern(r, x, lang, readLeaf) : readLeaf(x);
          if (d) list.push(d);
        }
        return list.length === item.items.length && list.length > 0 ? list : null;
      }
      const d = isOperatorNode(item) ? readOperatorPattern(r, item, lang, readLeaf) : readLeaf(item);
      return d ? [d] : null;
    });
    const words = r.integer('words', { min: 0 }) ?? DEFAULT_OPERATOR_WORDS;
    const ordered = r.bool('ordered', false);
    const acrossTurns = r.bool('acrossTurns', false);
    if (!parts[0] || !parts[1]) return null;
    return { lang, source, operator: { op: 'near', parts: [parts[0], parts[1]], words, ordered, acrossTurns } };
  }
  if (key === 'pattern') {
    const follows = r.has('notFollowedBy');
    const precedes = r.has('notPrecededBy');
    if (follows === precedes) {
      parent.y.error(node, `${where}: give exactly one of "notFollowedBy" or "notPrecededBy" with "pattern"`);
      return null;
    }
    const base = operand('pattern');
    const other = operand(follows ? 'notFollowedBy' : 'notPrecededBy');
    const words = r.integer('words', { min: 0 }) ?? DEFAULT_OPERATOR_WORDS;
    if (!base || !other) return null;
    return { lang, source, operator: { op: follows ? 'notFollowedBy' : 'notPrecededBy', base, other, words } };
  }
  const list = r.value(key as string);
  if (!isSeq(list) || list.items.length === 0) {
    parent.y.error(list ?? node, `${where}: "${key}" takes a non-empty list of operands, found ${describe(list)}`);
    return null;
  }
  const parts: PatternDef[][] = [];
  for (const item of list.items as Node[]) {
    const d = isOperatorNode(item) ? readOperatorPattern(r, item, lang, readLeaf) : isSeq(item) ? null : readLeaf(item);
    if (isSeq(item)) {
      parent.y.error(item, `${where}: write a nested list as {anyOf: [...]}`);
      return null;
    }
    if (!d) return null;
    parts.push([d]);
  }
  return { lang, source, operator: { op: key as 'allOf' | 'anyOf', parts } };
}

/** An operator compiled against the matcher: operand groups in, matches into `target`. */
export interface CompiledOperator {
  pattern: OperatorPattern;
  target: number;
  lang: Language | null;
  source: string;
  /** Matcher groups of the operands, in the order of the pattern's parts. */
  groups: number[];
}

/**
 * Compiles an operator: each operand list becomes a matcher group (via `addGroup`, which also
 * compiles nested operators before this one is registered).
 */
export function compileOperator(
  pattern: OperatorPattern,
  target: number,
  lang: Language | null,
  addGroup: (defs: PatternDef[]) => number,
  source = '',
): CompiledOperator {
  let lists: PatternDef[][];
  switch (pattern.op) {
    case 'near':
      lists = pattern.parts;
      break;
    case 'notFollowedBy':
    case 'notPrecededBy':
      lists = [pattern.base, pattern.other];
      break;
    default:
      lists = pattern.parts;
  }
  return { pattern, target, lang, source, groups: lists.map(addGroup) };
}

/** Index of the first token at or after `offset`, and of the last token ending at or before it. */
function firstTokenAt(turn: AnalyzedTurn, offset: number): number {
  const starts = turn.text.tokens.start;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function tokensBefore(turn: AnalyzedTurn, offset: number): number {
  // number of tokens that end at or before offset
  const ends = turn.text.tokens.end;
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Words strictly between a match ending at `end` and one starting at `start` (same turn), or
 * Infinity when a sentence ends between them: like phrases, operators stay inside a sentence.
 */
function wordsBetween(turn: AnalyzedTurn, end: number, start: number): number {
  const from = tokensBefore(turn, end);
  const to = firstTokenAt(turn, start);
  const flags = turn.text.tokens.flags;
  for (let k = from; k <= to && k < flags.length; k++) if ((flags[k]! & SENTENCE_START) !== 0) return Infinity;
  return Math.max(0, to - from);
}

function merged(a: PhraseMatch, b: PhraseMatch, group: number, lang: Language | null, pattern: string): PhraseMatch {
  return { group, lang, pattern, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end), slots: { ...b.slots, ...a.slots } };
}

/** Applies the operators of a call (children first) and adds their matches to the turns' groups. */
export function applyOperators(operators: readonly CompiledOperator[], turns: readonly AnalyzedTurn[], languages: ReadonlySet<Language>): void {
  for (const op of operators) {
    if (op.lang !== null && !languages.has(op.lang)) continue;
    const p = op.pattern;
    const out = (turn: AnalyzedTurn, m: PhraseMatch): void => {
      let list = matchesOf(turn, op.target);
      if (list === undefined) {
        turn.hits.push(op.target);
        turn.lists.push((list = []));
      }
      list.push(m);
    };
    const at = (turn: AnalyzedTurn, k: number): PhraseMatch[] => matchesOf(turn, op.groups[k]!) ?? [];
    turns.forEach((turn, ti) => {
      switch (p.op) {
        case 'anyOf':
          for (let k = 0; k < op.groups.length; k++) for (const m of at(turn, k)) out(turn, { ...m, group: op.target });
          break;
        case 'allOf': {
          const firsts = op.groups.map((_, k) => [...at(turn, k)].sort((a, b) => a.start - b.start)[0]);
          if (firsts.some((m) => m === undefined)) break;
          out(turn, (firsts as PhraseMatch[]).reduce((acc, m) => merged(acc, m, op.target, op.lang, op.source)));
          break;
        }
        case 'notFollowedBy':
        case 'notPrecededBy': {
          const others = at(turn, 1);
          for (const m of at(turn, 0)) {
            const blocked = others.some((o) =>
              p.op === 'notFollowedBy'
                ? o.start >= m.end && wordsBetween(turn, m.end, o.start) <= p.words
                : o.end <= m.start && wordsBetween(turn, o.end, m.start) <= p.words,
            );
            if (!blocked) out(turn, { ...m, group: op.target, pattern: op.source || m.pattern });
          }
          break;
        }
        case 'near': {
          for (const a of at(turn, 0)) {
            // The nearest B (on a tie, the one after A).
            let found: PhraseMatch | null = null;
            let bestRank = Infinity;
            for (const b of at(turn, 1)) {
              if (b.start < a.end && a.start < b.end) continue; // overlapping: one phrase, not two
              if (p.ordered && b.start < a.end) continue;
              const after = b.start >= a.end;
              const d = after ? wordsBetween(turn, a.end, b.start) : wordsBetween(turn, b.end, a.start);
              const rank = d * 2 + (after ? 0 : 1);
              if (d <= p.words && rank < bestRank) {
                found = b;
                bestRank = rank;
              }
            }
            if (found) out(turn, merged(a, found, op.target, op.lang, op.source));
            else if (p.acrossTurns && nearAcross(turns, ti, a, op, p.words, p.ordered)) out(turn, { ...a, group: op.target, pattern: op.source || a.pattern });
          }
          break;
        }
      }
    });
  }
}

/** `near` across turns: B in a following turn (or a preceding one unless ordered), words counted across. */
function nearAcross(turns: readonly AnalyzedTurn[], ti: number, a: PhraseMatch, op: CompiledOperator, words: number, ordered: boolean): boolean {
  const turn = turns[ti]!;
  const n = turn.text.tokens.text.length;
  // Forward: words after A in its turn, then whole turns, then words before B.
  let used = n - tokensBefore(turn, a.end);
  for (let j = ti + 1; j < turns.length && used <= words; j++) {
    const t = turns[j]!;
    for (const b of matchesOf(t, op.groups[1]!) ?? []) if (used + firstTokenAt(t, b.start) <= words) return true;
    used += t.text.tokens.text.length;
  }
  if (ordered) return false;
  used = firstTokenAt(turn, a.start);
  for (let j = ti - 1; j >= 0 && used <= words; j--) {
    const t = turns[j]!;
    const len = t.text.tokens.text.length;
    for (const b of matchesOf(t, op.groups[1]!) ?? []) if (used + (len - tokensBefore(t, b.end)) <= words) return true;
    used += len;
  }
  return false;
}
