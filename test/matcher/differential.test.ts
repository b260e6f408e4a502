/**
 * Differential test of the phrase matcher: the compiled backtracking programs, the index and the
 * two-word pre-check (src/pattern/matcher.ts) must find exactly what a plain recursive reading
 * of the pattern language finds, written here as directly as possible (every phrase tried at
 * every token, closures for continuations). The texts are generated (seeded) from the words of
 * the shipped packs' patterns, filler words, clause words and punctuation, so that partial
 * matches, fillers inside phrases, gaps and slots occur often.
 */
import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../src/packs/load.js';
import type { ParsedPattern, PatternNode, WordNode } from '../../src/pattern/ast.js';
import { PhraseMatcher } from '../../src/pattern/matcher.js';
import { CLAUSE_WORDS, DEFAULT_FILLERS } from '../../src/text/fillers.js';
import { morphKeys } from '../../src/text/morphology.js';
import { normalize } from '../../src/text/normalize.js';
import { AFTER_PUNCT, SENTENCE_START, tokenize, type Tokens } from '../../src/text/tokenize.js';

const loaded = loadPacks(['ru', 'zh', 'en']);
if (!loaded.ok) throw new Error('packs do not load');
const patterns: ParsedPattern[] = [];
for (const pack of loaded.packs) {
  for (const rule of pack.rules) for (const p of [...rule.patterns, ...rule.exceptions]) if (p.parsed && !hasVar(p.parsed.nodes)) patterns.push(p.parsed);
}
const fillerPhrases = [...DEFAULT_FILLERS.ru, ...DEFAULT_FILLERS.zh, ...DEFAULT_FILLERS.en].map((f) => tokenize(normalize(f)).text);
const clausePhrases = CLAUSE_WORDS.map((c) => tokenize(c).text);

function hasVar(nodes: readonly PatternNode[]): boolean {
  return nodes.some((n) => n.kind === 'var' || (n.kind === 'optional' && hasVar(n.seq)) || (n.kind === 'alt' && n.options.some(hasVar)));
}

// ---------------------------------------------------------------------------------------------
// The reference: the pattern language read literally.

interface Found {
  pattern: number;
  start: number;
  end: number;
  slots: Record<string, [number, number]>;
}

const keyCache = new Map<string, string[]>();
function keysOf(word: string): string[] {
  let keys = keyCache.get(word);
  if (keys === undefined) keyCache.set(word, (keys = morphKeys(word)));
  return keys;
}

function wordIs(w: WordNode, token: string): boolean {
  if (w.mode === 'exact') return token === w.text;
  if (w.mode === 'prefix') return token.startsWith(w.text);
  if (token === w.text) return true;
  const keys = keysOf(w.text);
  return keysOf(token).some((k) => keys.includes(k));
}

/** Length of the longest phrase of `list` at token j that does not cross a sentence start (0: none). */
function phraseAt(t: Tokens, j: number, list: string[][]): number {
  let best = 0;
  for (const words of list) {
    if (words.length <= best || j + words.length > t.text.length) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = t.text[j + k] === words[k] && (k === 0 || (t.flags[j + k]! & SENTENCE_START) === 0);
    if (ok) best = words.length;
  }
  return best;
}

/** Every position reachable from i by skipping 1 or 2 filler phrases, breadth first. */
function afterFillers(t: Tokens, i: number): number[] {
  const out: number[] = [];
  let front = [i];
  for (let round = 0; round < 2; round++) {
    const next: number[] = [];
    for (const p of front) {
      for (const words of fillerPhrases) {
        const end = p + words.length;
        if (end >= t.text.length) continue;
        let ok = true;
        for (let k = 0; k < words.length && ok; k++) ok = t.text[p + k] === words[k] && (k === 0 || (t.flags[p + k]! & SENTENCE_START) === 0);
        if (!ok || (t.flags[end]! & SENTENCE_START) !== 0) continue;
        out.push(end);
        next.push(end);
      }
    }
    front = next;
  }
  return out;
}

function seq(t: Tokens, nodes: readonly PatternNode[], k: number, i: number, start: number, slots: Record<string, [number, number]>, next: (j: number) => boolean): boolean {
  if (k === nodes.length) return next(i);
  const node = nodes[k]!;
  const rest = (j: number): boolean => seq(t, nodes, k + 1, j, start, slots, next);
  const n = t.text.length;
  const startsOk = (j: number): boolean => j < n && !(j > start && (t.flags[j]! & SENTENCE_START) !== 0);
  switch (node.kind) {
    case 'word': {
      if (!startsOk(i)) return false;
      const places = i === start ? [i] : [i, ...afterFillers(t, i)];
      return places.some((j) => wordIs(node, t.text[j]!) && rest(j + 1));
    }
    case 'optional':
      return seq(t, node.seq, 0, i, start, slots, rest) || rest(i);
    case 'alt':
      return node.options.some((o) => seq(t, o, 0, i, start, slots, rest));
    case 'gap': {
      let j = i;
      for (let used = 0; ; ) {
        if (rest(j)) return true;
        if (j >= n) return false;
        const f = phraseAt(t, j, fillerPhrases);
        if (f === 0 && ++used > node.max) return false;
        const to = j + Math.max(f, 1);
        for (let q = j; q < to; q++) if (q > start && (t.flags[q]! & SENTENCE_START) !== 0) return false;
        j = to;
      }
    }
    case 'slot': {
      if (!startsOk(i)) return false;
      const places = i === start ? [i] : [...afterFillers(t, i), i];
      for (const s of places) {
        let last = s;
        while (last + 1 < n && last + 1 - s < node.max && (t.flags[last + 1]! & AFTER_PUNCT) === 0 && phraseAt(t, last + 1, clausePhrases) === 0) last++;
        for (let e = last + 1; e > s; e--) {
          const before = slots[node.name];
          slots[node.name] = [s, e];
          if (rest(e)) return true;
          if (before === undefined) delete slots[node.name];
          else slots[node.name] = before;
        }
      }
      return false;
    }
    case 'var':
      return false;
  }
}

function onlyFillersBefore(t: Tokens, i: number): boolean {
  let s = i - 1;
  while (s > 0 && (t.flags[s]! & SENTENCE_START) === 0) s--;
  for (let j = s; j < i; ) {
    const f = phraseAt(t, j, fillerPhrases);
    if (f === 0 || j + f > i) return false;
    j += f;
  }
  return true;
}

function reference(text: string): Found[] {
  const t = tokenize(normalize(text));
  const out: Found[] = [];
  patterns.forEach((p, index) => {
    for (let i = 0; i < t.text.length; i++) {
      if (p.anchored && (t.flags[i]! & SENTENCE_START) === 0 && !onlyFillersBefore(t, i)) continue;
      const slots: Record<string, [number, number]> = {};
      let end = -1;
      if (!seq(t, p.nodes, 0, i, i, slots, (j) => ((end = j), true)) || end <= i) continue;
      const offsets: Record<string, [number, number]> = {};
      for (const [name, [a, b]] of Object.entries(slots)) offsets[name] = [t.start[a]!, t.end[b - 1]!];
      out.push({ pattern: index, start: t.start[i]!, end: t.end[end - 1]!, slots: offsets });
    }
  });
  return out.sort(order);
}

const order = (a: Found, b: Found): number => a.pattern - b.pattern || a.start - b.start || a.end - b.end;

// ---------------------------------------------------------------------------------------------
// Generated texts.

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    s ^= s >>> 13;
    return (s >>> 0) / 2 ** 32;
  };
}

function patternWords(nodes: readonly PatternNode[], out: Set<string>): Set<string> {
  for (const n of nodes) {
    if (n.kind === 'word') out.add(n.text);
    else if (n.kind === 'optional') patternWords(n.seq, out);
    else if (n.kind === 'alt') for (const o of n.options) patternWords(o, out);
  }
  return out;
}

const WORDS = [
  ...new Set(patterns.flatMap((p) => [...patternWords(p.nodes, new Set())])),
  ...fillerPhrases.map((f) => f.join(' ')),
  ...CLAUSE_WORDS,
  'знаем', 'знает', 'должна', 'нужна', 'тебе', 'Ромашка', 'заявление', 'завтра', 'карту', 'you', 'the', 'form', '保单', '您', '你们',
  // Words with digits that no pattern names (order references, codes): the matcher gives them
  // the shared number analysis without interning them.
  'ab12345', 'заказ-7781', 'x2y', '1st', '24', '3d',
];
const PUNCT = [' ', ' ', ' ', ' ', ' ', ', ', '. ', '? ', '！', '，', '。'];

const FILLERS = fillerPhrases.map((f) => f.join(' '));
const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** Words that (nearly) match a pattern: options chosen at random, fillers and punctuation put in, words sometimes dropped. */
function realize(random: () => number, nodes: readonly PatternNode[], out: string[]): void {
  for (const n of nodes) {
    if (random() < 0.15) out.push(pick(random, FILLERS));
    if (random() < 0.08) out.push(pick(random, [',', '.', '，', '。', '?']));
    switch (n.kind) {
      case 'word':
        if (random() > 0.05) out.push(n.text);
        break;
      case 'optional':
        if (random() < 0.5) realize(random, n.seq, out);
        break;
      case 'alt':
        realize(random, pick(random, n.options), out);
        break;
      case 'gap':
      case 'slot': {
        const count = 1 + Math.floor(random() * (n.kind === 'gap' ? n.max + 1 : 5));
        for (let k = 0; k < count; k++) {
          if (random() < 0.3) out.push(pick(random, FILLERS)); // free inside a gap, skipped before a slot
          out.push(random() < 0.2 ? pick(random, CLAUSE_WORDS) : pick(random, WORDS));
        }
        break;
      }
      case 'var':
        break;
    }
  }
}

function generate(random: () => number, tokens: number): string {
  let text = '';
  for (let k = 0; k < tokens; k++) {
    if (random() < 0.2) {
      const words: string[] = [];
      realize(random, pick(random, patterns).nodes, words);
      text += words.join(' ') + ' ';
      continue;
    }
    text += pick(random, WORDS) + pick(random, PUNCT);
  }
  return text;
}

describe('phrase matcher = the pattern language read literally', () => {
  const matcher = new PhraseMatcher(
    patterns.map((parsed, group) => ({ group, lang: null, parsed })),
    [],
    fillerPhrases.map((f) => f.join(' ')),
    {},
    patterns.length,
  );
  const languages = new Set(['ru', 'zh', 'en'] as const);
  const random = prng(20261123);
  const texts = Array.from({ length: 200 }, () => generate(random, 6 + Math.floor(random() * 20)));

  it('uses enough patterns and texts to mean something', () => {
    expect(patterns.length).toBeGreaterThan(200);
    const found = texts.reduce((n, text) => n + reference(text).length, 0);
    expect(found).toBeGreaterThan(800);
  });

  it('matchSparse: each matched group once, its list beside it, the same as match, text after text', () => {
    let groupsSeen = 0;
    for (const text of texts) {
      const normalized = normalize(text);
      const { hits, lists } = matcher.matchSparse({ normalized }, languages);
      expect(new Set(hits).size).toBe(hits.length);
      expect(lists.length).toBe(hits.length);
      const dense = matcher.match({ normalized }, languages);
      const expected = dense.flatMap((list, g) => (list.length > 0 ? [[g, list] as const] : []));
      expect(hits.map((g, k) => [g, lists[k]] as const).sort((x, y) => x[0] - y[0])).toEqual(expected);
      groupsSeen += hits.length;
    }
    expect(groupsSeen).toBeGreaterThan(300);
  });

  it.each(texts.map((text, k) => [k, text] as const))('text %i', (_k, text) => {
    const normalized = normalize(text);
    const groups = matcher.match({ normalized, tokens: tokenize(normalized) }, languages);
    const got = groups.flatMap((list, pattern) => list.map((m) => ({ pattern, start: m.start, end: m.end, slots: m.slots }))).sort(order);
    expect(got).toEqual(reference(text));
  });
});
