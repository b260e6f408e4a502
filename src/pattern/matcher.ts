/**
 * The phrase matcher: every pattern of every rule, compiled once into one index keyed by the
 * words a match can start with. Matching a turn is one pass over its tokens: each token looks up
 * its keys (cached per distinct word) and only the patterns indexed under them are tried, by a
 * small backtracking walk over the rest of the pattern. No per-turn regex construction.
 */
import { morphKeys } from '../text/morphology.js';
import { AFTER_PUNCT, SENTENCE_START, tokenize, type Tokens } from '../text/tokenize.js';
import type { Language } from '../types.js';
import type { ParsedPattern, PatternNode } from './ast.js';

/** A compiled word: how a token is tested against it. */
interface CWord {
  kind: 'word';
  mode: 'exact' | 'morph' | 'prefix';
  text: string;
  keys: Set<string>;
}
type CNode =
  | CWord
  | { kind: 'alt'; options: CNode[][] }
  | { kind: 'optional'; seq: CNode[] }
  | { kind: 'gap'; max: number }
  | { kind: 'slot'; name: string; max: number };

export interface PhrasePatternInput {
  group: number;
  lang: Language | null;
  parsed: ParsedPattern;
}
export interface RegexPatternInput {
  group: number;
  lang: Language | null;
  regex: RegExp;
}

interface CompiledPhrase {
  id: number;
  group: number;
  lang: Language | null;
  anchored: boolean;
  nodes: CNode[];
  source: string;
}

/** One match, in offsets of the matched text (turn-relative). */
export interface PhraseMatch {
  group: number;
  lang: Language | null;
  /** Pattern as written. */
  pattern: string;
  start: number;
  end: number;
  /** Slot name → [start, end) offsets. */
  slots: Record<string, [number, number]>;
}

/** An analysed turn: normalised text and its tokens. */
export interface AnalyzedText {
  normalized: string;
  tokens: Tokens;
}

export type VariableValues = Readonly<Record<string, readonly ParsedPattern[]>>;

const MAX_FILLER_SKIPS = 2;

interface TokenInfo {
  morph: ReadonlySet<string>;
  /**
   * The phrases a match may start with at this word, in the order they are tried: those indexed
   * under 'w:'+word, then under each 'm:'+morphological key, then the prefix patterns; each once.
   * Computed once per distinct word (the index never changes after construction).
   */
  candidates: CompiledPhrase[];
}

/** No phrase starts at this word (shared: most words start nothing). */
const NO_CANDIDATES: CompiledPhrase[] = [];
const NO_KEYS: ReadonlySet<string> = new Set();
/** Distinct words whose analysis is cached (the cache is emptied when full). */
const MAX_CACHED_WORDS = 200_000;

export class PhraseMatcher {
  private readonly index = new Map<string, CompiledPhrase[]>();
  private readonly prefixStarts: Array<{ prefix: string; phrase: CompiledPhrase }> = [];
  private readonly regexes: RegexPatternInput[] = [];
  private readonly fillers = new Map<string, string[][]>();
  private readonly tokenInfo = new Map<string, TokenInfo>();
  private readonly singleInfo: Array<TokenInfo | undefined> = new Array<TokenInfo | undefined>(0x10000);
  private nextId = 0;
  private readonly groupCount: number;

  constructor(
    phrases: readonly PhrasePatternInput[],
    regexes: readonly RegexPatternInput[],
    fillerPhrases: readonly string[],
    variables: VariableValues,
    groupCount: number,
  ) {
    this.groupCount = groupCount;
    for (const f of fillerPhrases) {
      const words = tokenize(f).text;
      if (words.length === 0) continue;
      const list = this.fillers.get(words[0]!) ?? [];
      list.push(words);
      this.fillers.set(words[0]!, list);
    }
    for (const p of phrases) {
      const nodes = compileSeq(p.parsed.nodes, variables);
      if (nodes === null) continue; // uses a variable that is not set
      const phrase: CompiledPhrase = { id: this.nextId++, group: p.group, lang: p.lang, anchored: p.parsed.anchored, nodes, source: p.parsed.source };
      for (const w of firstWords(nodes)) {
        if (w.mode === 'prefix') this.prefixStarts.push({ prefix: w.text, phrase });
        else if (w.mode === 'exact') this.add('w:' + w.text, phrase);
        else for (const k of w.keys) this.add('m:' + k, phrase);
      }
    }
    this.regexes.push(...regexes);
  }

  private add(key: string, phrase: CompiledPhrase): void {
    const list = this.index.get(key);
    if (!list) this.index.set(key, [phrase]);
    else if (!list.includes(phrase)) list.push(phrase);
  }

  private info(word: string): TokenInfo {
    // One-unit tokens (every Han character) are looked up by code, without hashing a string.
    const single = word.length === 1;
    let info = single ? this.singleInfo[word.charCodeAt(0)] : this.tokenInfo.get(word);
    if (info === undefined) {
      const morph = morphKeys(word);
      const candidates: CompiledPhrase[] = [];
      const tried = new Set<number>();
      for (const key of ['w:' + word, ...morph.map((k) => 'm:' + k)]) {
        for (const phrase of this.index.get(key) ?? []) {
          if (tried.has(phrase.id)) continue;
          tried.add(phrase.id);
          candidates.push(phrase);
        }
      }
      for (const { prefix, phrase } of this.prefixStarts) {
        if (!tried.has(phrase.id) && word.startsWith(prefix)) {
          tried.add(phrase.id);
          candidates.push(phrase);
        }
      }
      info = { morph: morph.length > 0 ? new Set(morph) : NO_KEYS, candidates: candidates.length > 0 ? candidates : NO_CANDIDATES };
      if (single) this.singleInfo[word.charCodeAt(0)] = info;
      else {
        // Bounded: a corpus full of order numbers must not grow the cache without end.
        if (this.tokenInfo.size >= MAX_CACHED_WORDS) this.tokenInfo.clear();
        this.tokenInfo.set(word, info);
      }
    }
    return info;
  }

  /** All matches of all patterns in one analysed text, grouped by pattern group (one array per group). */
  match(text: AnalyzedText, languages: ReadonlySet<Language>): PhraseMatch[][] {
    const out = this.matchSparse(text, languages);
    for (let g = 0; g < this.groupCount; g++) out[g] ??= [];
    return out;
  }

  /**
   * `match`, but sparse: a group without matches is a hole (read it as `groups[g] ?? []`), so a
   * turn costs nothing for the hundreds of groups that did not match (the linter's hot path).
   */
  matchSparse(text: AnalyzedText, languages: ReadonlySet<Language>): PhraseMatch[][] {
    const out: PhraseMatch[][] = new Array<PhraseMatch[]>(this.groupCount);
    const toks = text.tokens;
    const n = toks.text.length;
    for (let i = 0; i < n; i++) {
      const candidates = this.info(toks.text[i]!).candidates;
      for (let c = 0; c < candidates.length; c++) this.tryAt(candidates[c]!, toks, i, languages, out);
    }
    for (const r of this.regexes) {
      if (r.lang !== null && !languages.has(r.lang)) continue;
      const re = r.regex;
      re.lastIndex = 0;
      for (let m = re.exec(text.normalized); m !== null; m = re.exec(text.normalized)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const slots: Record<string, [number, number]> = {};
        if (m.indices?.groups) {
          for (const [name, span] of Object.entries(m.indices.groups)) if (span) slots[name] = [span[0], span[1]];
        }
        (out[r.group] ??= []).push({ group: r.group, lang: r.lang, pattern: re.source, start: m.index, end: m.index + m[0].length, slots });
      }
    }
    return out;
  }

  private tryAt(phrase: CompiledPhrase, toks: Tokens, i: number, languages: ReadonlySet<Language>, out: PhraseMatch[][]): void {
    if (phrase.lang !== null && !languages.has(phrase.lang)) return;
    if (phrase.anchored && (toks.flags[i]! & SENTENCE_START) === 0 && !this.onlyFillersBefore(toks, i)) return;
    const slots: Record<string, [number, number]> = {};
    let endTok = -1;
    const ok = this.seq(phrase.nodes, 0, toks, i, i, slots, (j) => {
      endTok = j;
      return true;
    });
    if (!ok || endTok <= i) return;
    const slotOffsets: Record<string, [number, number]> = {};
    for (const [name, [a, b]] of Object.entries(slots)) slotOffsets[name] = [toks.start[a]!, toks.end[b - 1]!];
    (out[phrase.group] ??= []).push({
      group: phrase.group,
      lang: phrase.lang,
      pattern: phrase.source,
      start: toks.start[i]!,
      end: toks.end[endTok - 1]!,
      slots: slotOffsets,
    });
  }

  /**
   * Matches nodes[k..] at token i (matchStart = first token of the whole match), then calls
   * `next` with the token after the match; backtracks when `next` fails.
   */
  private seq(
    nodes: readonly CNode[],
    k: number,
    toks: Tokens,
    i: number,
    matchStart: number,
    slots: Record<string, [number, number]>,
    next: (j: number) => boolean,
  ): boolean {
    if (k === nodes.length) return next(i);
    const node = nodes[k]!;
    const rest = (j: number): boolean => this.seq(nodes, k + 1, toks, j, matchStart, slots, next);
    switch (node.kind) {
      case 'word':
        return this.atWord(toks, i, matchStart, false, (j) => this.wordMatches(node, toks.text[j]!) && rest(j + 1));
      case 'optional':
        return this.seq(node.seq, 0, toks, i, matchStart, slots, rest) || rest(i);
      case 'alt':
        for (const option of node.options) if (this.seq(option, 0, toks, i, matchStart, slots, rest)) return true;
        return false;
      case 'gap': {
        // Lazy: the tightest match first. Filler phrases inside the gap do not count towards its
        // length ("мне, к сожалению, ничего не известно" is a gap of one word). The gap never
        // crosses a sentence end.
        const n = toks.text.length;
        let j = i;
        for (let used = 0; ; ) {
          if (rest(j)) return true;
          if (j >= n) return false;
          const filler = this.fillerLengthAt(toks, j);
          if (filler === 0 && ++used > node.max) return false;
          const next = j + Math.max(filler, 1);
          for (let k = j; k < next; k++) if (k > matchStart && (toks.flags[k]! & SENTENCE_START) !== 0) return false;
          j = next;
        }
      }
      case 'slot':
        // Fillers before the captured words are not part of the slot ("you must, um, send …").
        return this.atWord(toks, i, matchStart, true, (s) => {
          // Greedy: the longest capture first, up to the end of the clause.
          let last = s;
          const n = toks.text.length;
          while (last + 1 < n && last + 1 - s < node.max && (toks.flags[last + 1]! & AFTER_PUNCT) === 0) last++;
          for (let e = last + 1; e > s; e--) {
            const before = slots[node.name];
            slots[node.name] = [s, e];
            if (rest(e)) return true;
            if (before === undefined) delete slots[node.name];
            else slots[node.name] = before;
          }
          return false;
        });
    }
  }

  /**
   * Calls `test(j)` for the token where the next word may stand: i itself, or (inside a match)
   * after up to MAX_FILLER_SKIPS filler phrases. Never crosses a sentence end inside a match.
   * With `skipFirst` the positions after fillers are tried before i itself (a slot should
   * capture "send us a copy", not the "um" in front of it).
   */
  private atWord(toks: Tokens, i: number, matchStart: number, skipFirst: boolean, test: (j: number) => boolean): boolean {
    const n = toks.text.length;
    if (i >= n) return false;
    if (i > matchStart && (toks.flags[i]! & SENTENCE_START) !== 0) return false;
    if (!skipFirst && test(i)) return true;
    if (i === matchStart) return skipFirst && test(i);
    if (this.afterFillers(toks, i, test)) return true;
    return skipFirst && test(i);
  }

  /**
   * True when the tokens between the start of i's sentence and i are filler phrases only, so
   * that "^no" also matches "Well, no." and "^нет" matches «Ну, нет».
   */
  private onlyFillersBefore(toks: Tokens, i: number): boolean {
    let s = i - 1;
    while (s > 0 && (toks.flags[s]! & SENTENCE_START) === 0) s--;
    if (s < 0) return false;
    for (let j = s; j < i; ) {
      const f = this.fillerLengthAt(toks, j);
      if (f === 0 || j + f > i) return false;
      j += f;
    }
    return true;
  }

  /** Length in tokens of the longest filler phrase starting at token j within its sentence (0: none). */
  private fillerLengthAt(toks: Tokens, j: number): number {
    const candidates = this.fillers.get(toks.text[j]!);
    if (candidates === undefined) return 0;
    let best = 0;
    for (const filler of candidates) {
      if (filler.length <= best || j + filler.length > toks.text.length) continue;
      let ok = true;
      for (let f = 1; f < filler.length && ok; f++) ok = toks.text[j + f] === filler[f] && (toks.flags[j + f]! & SENTENCE_START) === 0;
      if (ok) best = filler.length;
    }
    return best;
  }

  /** Tries `test` at each position reached from i by skipping 1..MAX_FILLER_SKIPS filler phrases. */
  private afterFillers(toks: Tokens, i: number, test: (j: number) => boolean): boolean {
    if (!this.fillers.has(toks.text[i]!)) return false; // the common case: no filler here
    const n = toks.text.length;
    let positions = [i];
    for (let round = 0; round < MAX_FILLER_SKIPS; round++) {
      const nextPositions: number[] = [];
      for (const p of positions) {
        for (const filler of this.fillers.get(toks.text[p]!) ?? []) {
          const end = p + filler.length;
          if (end >= n) continue;
          let ok = true;
          for (let f = 1; f < filler.length && ok; f++) ok = toks.text[p + f] === filler[f] && (toks.flags[p + f]! & SENTENCE_START) === 0;
          if (!ok || (toks.flags[end]! & SENTENCE_START) !== 0) continue;
          if (test(end)) return true;
          nextPositions.push(end);
        }
      }
      if (nextPositions.length === 0) return false;
      positions = nextPositions;
    }
    return false;
  }

  private wordMatches(w: CWord, token: string): boolean {
    if (w.mode === 'exact') return token === w.text;
    if (w.mode === 'prefix') return token.startsWith(w.text);
    if (token === w.text) return true;
    for (const k of this.info(token).morph) if (w.keys.has(k)) return true;
    return false;
  }
}

function compileSeq(nodes: readonly PatternNode[], vars: VariableValues): CNode[] | null {
  const out: CNode[] = [];
  for (const n of nodes) {
    switch (n.kind) {
      case 'word':
        out.push({ kind: 'word', mode: n.mode, text: n.text, keys: new Set(n.mode === 'morph' ? morphKeys(n.text) : []) });
        break;
      case 'gap':
        out.push({ kind: 'gap', max: n.max });
        break;
      case 'slot':
        out.push({ kind: 'slot', name: n.name, max: n.max });
        break;
      case 'optional': {
        const seq = compileSeq(n.seq, vars);
        if (seq === null) return null;
        out.push({ kind: 'optional', seq });
        break;
      }
      case 'alt': {
        const options = n.options.map((o) => compileSeq(o, vars)).filter((o): o is CNode[] => o !== null);
        if (options.length === 0) return null;
        out.push({ kind: 'alt', options });
        break;
      }
      case 'var': {
        const values = vars[n.name];
        if (values === undefined || values.length === 0) return null;
        const options = values.map((v) => compileSeq(v.nodes, vars)).filter((o): o is CNode[] => o !== null);
        if (options.length === 0) return null;
        out.push({ kind: 'alt', options });
        break;
      }
    }
  }
  return out;
}

/** The words a match of `nodes` can start with (the pattern parser guarantees one exists). */
function firstWords(nodes: readonly CNode[]): CWord[] {
  const out: CWord[] = [];
  for (const n of nodes) {
    if (n.kind === 'word') {
      out.push(n);
      return out;
    }
    if (n.kind === 'alt') {
      for (const o of n.options) out.push(...firstWords(o));
      return out;
    }
    if (n.kind === 'optional') {
      out.push(...firstWords(n.seq));
      continue; // the optional part may be absent: what follows can start a match too
    }
    return out; // gap or slot: cannot start a match (rejected by the parser)
  }
  return out;
}
