/**
 * The phrase matcher: every pattern of every rule it is given (the linter gives it those of one
 * set of call languages, see Linter.matcherFor), compiled once into one index keyed by the
 * words a match can start with. Matching a turn is one pass over its tokens: the scanner gives
 * each token the id of its word in the word table (pattern/word-table.ts), where the word's
 * analysis is kept (its morphological keys and the patterns it can start), and only those
 * patterns are tried, each by a small backtracking program compiled from the pattern (see `run`).
 * No per-turn regex construction, no string per token, and no allocation while trying a pattern
 * that does not match.
 */
import { CLAUSE_WORDS } from '../text/fillers.js';
import { morphKeys } from '../text/morphology.js';
import { AFTER_PUNCT, SENTENCE_START, tokenize, type Tokens } from '../text/tokenize.js';
import { regexNeeds, type RegexNeeds } from './regex-needs.js';
import { TokenBuffer, WordTable } from './word-table.js';
import type { Language, Role, SpeakerScope } from '../types.js';
import type { ParsedPattern, PatternNode } from './ast.js';

/** A compiled word: how a token is tested against it. */
interface CWord {
  kind: 'word';
  mode: 'exact' | 'morph' | 'prefix';
  text: string;
  keys: Set<string>;
  /** Id of `text` in the matcher's word table (set once the table exists; -1 for a prefix). */
  id: number;
  /**
   * For a morph or prefix word, its bit in every word's `bits` (TokenInfo): set when that word
   * matches it by its morphological keys or its prefix. -1 for an exact word (ids decide).
   */
  bit: number;
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
  /** The roles of the turns whose matches of this pattern are read (ROLE_BIT mask; default all). */
  roles?: number;
}
export interface RegexPatternInput {
  group: number;
  lang: Language | null;
  regex: RegExp;
  /** As PhrasePatternInput.roles. */
  roles?: number;
}

interface CompiledPhrase {
  id: number;
  group: number;
  lang: Language | null;
  anchored: boolean;
  nodes: CNode[];
  /** The nodes as a backtracking program (see PhraseMatcher.run). */
  prog: Instr[];
  /**
   * The program's first instructions, in the order the search reaches them (through splits and
   * jumps only), when every one of them is a word (null otherwise: a phrase that can start with
   * a gap or a slot). An alternative of many branches is then entered only at the branches whose
   * first word is the start token's (TokenInfo.entries), not tried branch by branch.
   */
  entries: Int32Array | null;
  /**
   * The words a match can start with, each with the words that can follow it (null: anything may,
   * as after a one-word match or before a gap). A match starting with such a first word needs one
   * of its next words on the next token (or a filler there), which rules out most tries before
   * the program runs.
   */
  pairs: Array<{ first: CWord; next: CWord[] | null }> | null;
  slotNames: string[];
  source: string;
  /**
   * Words every match contains, as groups of word ids (one of each group must be in the turn),
   * from the phrase's exact words; null when none is known. Checked before the program runs
   * (WordTable.seen), which rules out a start word followed by a gap in a turn without the rest.
   */
  needs: Int32Array[] | null;
  /** LANGUAGE_BIT of `lang` (0: any language). */
  langBit: number;
  /** The roles whose turns it is tried in, shifted by ROLE_SHIFT. */
  roleBits: number;
}

// Instructions of a phrase program. A phrase is compiled once into a flat list of these, so that
// trying it at a token is a loop over integers, not a tree walk that allocates closures.
const OP_WORD = 0; // the word must stand here (or after fillers)
const OP_SPLIT = 1; // try a, then b
const OP_JMP = 2; // go to a
const OP_GAP = 3; // skip up to max words, shortest first
const OP_SLOT = 4; // capture 1..max words into slot, longest first
const OP_MATCH = 5;
/** Numbers per choice point on the backtracking stack: pc, token, trail mark, slot, start, end. */
const CHOICE = 6;

interface Instr {
  op: number;
  word: CWord | null;
  a: number;
  b: number;
  max: number;
  slot: number;
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

/** The matches of one text by group: `lists[k]` are the matches of group `hits[k]` (see PhraseMatcher.matchSparse). */
export interface TurnMatches {
  hits: number[];
  lists: PhraseMatch[][];
}

/** The matches of group `group` in `m` (a turn's), or undefined when it has none (a turn matches few groups: a look through them). */
export function matchesOf(m: TurnMatches, group: number): PhraseMatch[] | undefined {
  const hits = m.hits;
  for (let k = 0; k < hits.length; k++) if (hits[k] === group) return m.lists[k];
  return undefined;
}

/**
 * An analysed turn: normalised text and its tokens. The matcher reads only `normalized` (it scans
 * the text itself, into word ids); `tokens` serve the operators and are made when first asked for.
 */
export interface AnalyzedText {
  readonly normalized: string;
  readonly tokens: Tokens;
}

/** An AnalyzedText whose tokens are made on first use. */
class LazyAnalyzedText implements AnalyzedText {
  private made: Tokens | undefined;
  constructor(readonly normalized: string) {}
  get tokens(): Tokens {
    return (this.made ??= tokenize(this.normalized));
  }
}

export function analyzeText(normalized: string): AnalyzedText {
  return new LazyAnalyzedText(normalized);
}

/** The slots of a match that has none (shared: matches are read, never written). */
const NO_SLOTS: Record<string, [number, number]> = Object.freeze({}) as Record<string, [number, number]>;

export type VariableValues = Readonly<Record<string, readonly ParsedPattern[]>>;

/**
 * A turn's role as a bit. A pattern whose matches only rules about the agent read is not tried in
 * a customer's turn: the call's `langs` mask carries the turn's role bit above the language bits
 * (ROLE_SHIFT), and each phrase and regex its roles there.
 */
export const ROLE_BIT: Readonly<Record<Role, number>> = { agent: 1, customer: 2, unknown: 4 };
export const ALL_ROLES = 7;
const ROLE_SHIFT = 8;

/** The roles of the turns a speaker scope reads (see CallContext.speakerTurns). */
export function scopeRoles(scope: SpeakerScope): number {
  return scope === 'any' ? ALL_ROLES : ROLE_BIT[scope];
}

const MAX_FILLER_SKIPS = 2;
/** A language as a bit, so that a phrase's language is tested against a call's with one AND. */
const LANGUAGE_BIT: Readonly<Record<Language, number>> = { ru: 1, zh: 2, en: 4 };
export function languageBits(languages: ReadonlySet<Language>): number {
  let bits = 0;
  for (const l of languages) bits |= LANGUAGE_BIT[l];
  return bits;
}
/**
 * Next words whose candidate mask a word keeps (pairMask); beyond, masks are worked out each
 * time. 8 bytes a slot: a word that meets thousands of different next words costs ~64 KB at most.
 */
const MAX_PAIRS_PER_WORD = 4096;
/** Candidates a mask holds (bits 0–30, so that a mask is a non-negative 32-bit integer). */
const MAX_MASKED = 31;
const ASCII_DIGIT = /[0-9]/;

interface TokenInfo {
  /** Bit k set: this word matches the morph or prefix word whose `bit` is k (see wordMatchesAt). */
  bits: Uint32Array;
  /**
   * The phrases a match may start with at this word, in the order they are tried: those indexed
   * under 'w:'+word, then under each 'm:'+morphological key, then the prefix patterns; each once.
   * Computed once per distinct word (the index never changes after construction).
   */
  candidates: CompiledPhrase[];
  /**
   * For each candidate: the words that can follow this one in a match of it (from its `pairs`),
   * or null when anything may follow. Checked on the next token before the phrase is tried.
   */
  follow: Array<readonly CWord[] | null>;
  /**
   * The same, by the next token's word: for a next word id that is some candidate's exact next
   * word, a flag per candidate (1: that candidate may follow with it). Null when no candidate
   * needs a next word. One lookup per token instead of a test per candidate.
   */
  followExact: Map<number, Uint8Array> | null;
  /** Per candidate: the `bit`s of its morph and prefix next words (null: none). */
  followBits: Array<readonly number[] | null>;
  /**
   * Per candidate: the program counters of its first words that match this word (a subset of
   * CompiledPhrase.entries, in order), or null when the candidate has no such list.
   */
  entries: Array<Int32Array | null>;
  /** The candidates that need no particular next word (what is tried at the end of a sentence). */
  alone: number;
  /** Next word id → the mask of candidates to try before it (see PhraseMatcher.pairMask); made on first use. */
  pairs: IntMap | null;
  /** The word table's generation `pairs` was made in. */
  pairsGeneration: number;
  /** The filler phrases that start with this word, as word ids (undefined: it starts none). */
  fillers: ReadonlyArray<readonly number[]> | undefined;
  /** The clause words (CLAUSE_WORDS) that start with this word, as word ids (undefined: none). */
  clauses: ReadonlyArray<readonly number[]> | undefined;
}

/** No phrase starts at this word (shared: most words start nothing). */
const NO_CANDIDATES: CompiledPhrase[] = [];
const NO_KEYS: ReadonlySet<string> = new Set();
/**
 * The analysis of a number (ASCII digits only) that no pattern names: what `analyse` would
 * compute (no morphological keys, no candidates, no filler), shared and never kept in the word
 * table. Order numbers, sums and times are most of the distinct tokens of a corpus of calls (~99 %
 * of the word-table misses on the benchmark corpus); keeping them churned the table.
 */
const numberInfo = (noBits: Uint32Array): TokenInfo => ({ bits: noBits, candidates: NO_CANDIDATES, entries: [], follow: [], followExact: null, followBits: [], alone: 0, pairs: null, pairsGeneration: 0, fillers: undefined, clauses: undefined });
/** The word the number analysis is interned as (no token can be a control character). */
const NUMBER_WORD = '\u0000';

/**
 * Distinct words whose analysis is kept (the word table forgets all but the patterns' own words
 * when it holds more). Order numbers, sums and dates make most distinct tokens of a corpus of
 * calls; forgetting costs re-analysing its few thousand real words, while each kept word costs
 * memory in every thread (~150 bytes).
 */
const MAX_CACHED_WORDS = 50_000;

/**
 * The RegExp a `{regex: …}` pattern (compiled by the pack loader with flags `giu`, `d` for named
 * groups) is run as over normalised turn text. That text is lower case (see text/normalize.ts),
 * so `i` only matters for a pattern that names capital letters; without them the same matches
 * come from `gu` — and V8 runs `iu` several times slower (case folding at every position: 4–7×
 * on the shipped time and phone patterns, measured). Letters after a backslash are escapes
 * (`\D`, `\W`, `\B`), not capitals, as are the names in `\p{…}`, `\u{…}` and `\k<…>`.
 */
export function forNormalisedText(re: RegExp): RegExp {
  const flags = re.flags;
  if (!flags.includes('i') || namesCapitals(re.source)) return new RegExp(re.source, flags);
  return new RegExp(re.source, flags.replace('i', ''));
}

function namesCapitals(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1];
      const open = source[i + 2];
      if ((next === 'p' || next === 'P' || next === 'u') && open === '{') i = Math.max(i + 1, source.indexOf('}', i));
      else if (next === 'k' && open === '<') i = Math.max(i + 1, source.indexOf('>', i));
      else i++;
      continue;
    }
    if (ch !== ch.toLowerCase()) return true;
  }
  return false;
}

export class PhraseMatcher {
  private readonly index = new Map<string, CompiledPhrase[]>();
  private readonly prefixStarts: Array<{ prefix: string; phrase: CompiledPhrase }> = [];
  private readonly regexes: Array<{ group: number; lang: Language | null; regex: RegExp; needs: RegexNeeds; langBit: number; roleBits: number }> = [];
  private readonly fillers = new Map<string, string[][]>();
  /** CLAUSE_WORDS by their first word: a slot stops before them. */
  private readonly clauseWords = new Map<string, string[][]>();
  /** Every word seen, with its analysis (TokenInfo). */
  private readonly table: WordTable<TokenInfo>;
  /** The tokens of the turn being matched (filled by matchSparse). */
  private readonly buf = new TokenBuffer();
  /** The morph and prefix words, by their `bit`. */
  private readonly morphBits = new Map<string, number[]>();
  private readonly prefixBits: Array<{ prefix: string; bit: number }> = [];
  /** `bits` of the words that match no morph or prefix word (shared, never written). */
  private readonly noBits: Uint32Array;
  private nextId = 0;
  private readonly groupCount: number;
  // Matching state, reused from call to call: trying a phrase allocates nothing unless it matches.
  /** Whether some morph word or morphological key of a pattern has an ASCII digit (see analyse). */
  private digitKeys = true;
  /** Every morphological key of the patterns (morph words' texts and keys). */
  private readonly patternKeys = new Set<string>();
  /** The first two characters of the patterns' morphological keys of 3 or more characters. */
  private readonly keyStarts = new Set<string>();
  /** The first characters of the shorter keys. */
  private readonly shortKeyStarts = new Set<string>();
  /** The analysis shared by words that start and match nothing (see analyse). */
  private plainInfo: TokenInfo | null = null;
  /** What the text being matched has found so far (see matchSparse), and its groups' places in it. */
  private found: TurnMatches = { hits: [], lists: [] };
  /**
   * While the linter times a run (engine/timing.ts): milliseconds spent running each group's
   * `{regex}` patterns, added here by group (shared by a linter's matchers). Null: not timed.
   */
  regexMs: Float64Array | null = null;
  /** Group → number of the text (matchSparse call) whose `found` has the group, and where. */
  private groupStamp: Int32Array;
  private groupSlot: Int32Array;
  private stamp = 0;
  private readonly stack: number[] = [];
  /** Slot assignments to undo on backtracking: slot, previous start, previous end. */
  private readonly trail: number[] = [];
  private readonly slotStart: number[] = [];
  private readonly slotEnd: number[] = [];
  private readonly positions: number[] = [];
  private readonly frontier: number[] = [];
  private readonly nextFrontier: number[] = [];

  constructor(
    phrases: readonly PhrasePatternInput[],
    regexes: readonly RegexPatternInput[],
    fillerPhrases: readonly string[],
    variables: VariableValues,
    groupCount: number,
  ) {
    this.groupCount = groupCount;
    this.groupStamp = new Int32Array(groupCount);
    this.groupSlot = new Int32Array(groupCount);
    for (const f of fillerPhrases) {
      const words = tokenize(f).text;
      if (words.length === 0) continue;
      const list = this.fillers.get(words[0]!) ?? [];
      list.push(words);
      this.fillers.set(words[0]!, list);
    }
    for (const c of CLAUSE_WORDS) {
      const words = tokenize(c).text;
      const list = this.clauseWords.get(words[0]!) ?? [];
      list.push(words);
      this.clauseWords.set(words[0]!, list);
    }
    const compiled: CompiledPhrase[] = [];
    for (const p of phrases) {
      const nodes = compileSeq(p.parsed.nodes, variables);
      if (nodes === null) continue; // uses a variable that is not set
      const { prog, slotNames } = compileProgram(nodes);
      const phrase: CompiledPhrase = { id: this.nextId++, group: p.group, lang: p.lang, anchored: p.parsed.anchored, nodes, prog, entries: entryWords(prog), pairs: wordPairs(prog), slotNames, source: p.parsed.source, needs: null, langBit: p.lang === null ? 0 : LANGUAGE_BIT[p.lang], roleBits: (p.roles ?? ALL_ROLES) << ROLE_SHIFT };
      compiled.push(phrase);
      for (const w of firstWords(nodes)) {
        if (w.mode === 'prefix') this.prefixStarts.push({ prefix: w.text, phrase });
        else if (w.mode === 'exact') this.add('w:' + w.text, phrase);
        else for (const k of w.keys) this.add('m:' + k, phrase);
      }
    }
    for (const r of regexes) {
      this.regexes.push({ group: r.group, lang: r.lang, regex: r.regex, needs: regexNeeds(r.regex.source, r.regex.flags), langBit: r.lang === null ? 0 : LANGUAGE_BIT[r.lang], roleBits: (r.roles ?? ALL_ROLES) << ROLE_SHIFT });
    }
    // Morph and prefix words get a bit each (one per distinct mode and text), found for a word by
    // its own text and morphological keys (morph words) or its start (prefix words).
    const bits = new Map<string, number>();
    let bitCount = 0;
    for (const phrase of compiled) {
      for (const ins of phrase.prog) {
        const w = ins.word;
        if (w === null || w.mode === 'exact') continue;
        const key = w.mode + ':' + w.text;
        let bit = bits.get(key);
        if (bit === undefined) {
          bit = bitCount++;
          bits.set(key, bit);
          if (w.mode === 'prefix') this.prefixBits.push({ prefix: w.text, bit });
          else {
            for (const k of new Set([w.text, ...w.keys])) {
              const list = this.morphBits.get(k);
              if (list) list.push(bit);
              else this.morphBits.set(k, [bit]);
            }
          }
        }
        w.bit = bit;
      }
    }
    this.noBits = new Uint32Array(Math.ceil(bitCount / 32));
    // The word table, with the patterns' words, the fillers and the clause words in it for good
    // (a word test compares ids, so every word a pattern names must have one). A word is analysed
    // when a text first has it, by then every pattern word has its id (an analysis names the ids
    // of the words that may follow).
    this.table = new WordTable((word) => this.analyse(word), MAX_CACHED_WORDS);
    for (const phrase of compiled) for (const ins of phrase.prog) if (ins.word !== null && ins.word.mode !== 'prefix') ins.word.id = this.table.intern(ins.word.text);
    for (const lists of [this.fillers, this.clauseWords]) for (const list of lists.values()) for (const words of list) for (const w of words) this.table.intern(w);
    for (const phrase of compiled) {
      const groups = requiredWords(phrase.nodes).filter((g) => g.every((w) => w.mode === 'exact'));
      phrase.needs = groups.length > 0 ? groups.map((g) => Int32Array.from(new Set(g.map((w) => w.id)))) : null;
    }
    // A number the table does not hold is no pattern's word, filler or clause word (those are all
    // in it), has no morphological keys, and so only a prefix pattern could match or start there.
    const digitFirst = /^\d/;
    const numberPrefixes = compiled.some((phrase) => phrase.prog.some((ins) => ins.word?.mode === 'prefix' && digitFirst.test(ins.word.text)));
    if (!numberPrefixes) this.table.numberId = this.table.internWith(NUMBER_WORD, numberInfo(this.noBits));
    this.table.freeze();
    // The patterns' morphological keys (morph words' texts and keys, first words' keys). A word's
    // keys of 3 or more characters begin with its first two (the stemmers and the ending bases
    // change a word after those: its end, and for natural's Russian stemmer anything after the
    // first vowel but its next letter; test/matcher/plain-words.test.ts checks it on random
    // words), and the shorter ones with its first character. A word whose start no pattern key
    // has cannot share a key with a pattern: analyse does not stem it.
    for (const k of this.index.keys()) if (k.startsWith('m:')) this.patternKeys.add(k.slice(2));
    for (const k of this.morphBits.keys()) this.patternKeys.add(k);
    for (const k of this.patternKeys) {
      if (k.length >= 3) this.keyStarts.add(k.slice(0, 2));
      else if (k.length > 0) this.shortKeyStarts.add(k[0]!);
    }
    // Whether a word with a digit in it can be a pattern's morphological form: only when some key
    // has a digit (keys keep every character but a suffix of letters, so a word's digits are in
    // all of its keys). Exact words: plainWord.
    this.digitKeys = [...this.patternKeys].some((k) => ASCII_DIGIT.test(k));
    this.plainInfo = numberInfo(this.noBits);
    // Such a word, met for the first time, shares the numbers' id instead of being interned (an
    // order reference in every call would otherwise fill the table and churn it).
    if (!this.digitKeys) this.table.plainMiss = (s, start, end) => hasAsciiDigit(s, start, end) && this.plainWord(s.slice(start, end));
  }

  private add(key: string, phrase: CompiledPhrase): void {
    const list = this.index.get(key);
    if (!list) this.index.set(key, [phrase]);
    else if (!list.includes(phrase)) list.push(phrase);
  }

  /** Whether a morphological key of `word` may be a pattern's (false: none can; see the constructor). */
  private mayShareKeys(word: string): boolean {
    return this.shortKeyStarts.has(word[0]!) || this.keyStarts.has(word.slice(0, 2));
  }

  /** Whether `word` is no exact pattern word, starts no filler or clause and no prefix pattern takes it. */
  private plainWord(word: string): boolean {
    if (this.index.has('w:' + word) || this.fillers.has(word) || this.clauseWords.has(word)) return false;
    // (prefixBits has every prefix word, the first words of phrases included.)
    for (const { prefix } of this.prefixBits) if (word.startsWith(prefix)) return false;
    return true;
  }

  /** The analysis of a word (made once per word, when the word table first meets it). */
  private analyse(word: string): TokenInfo {
    // A word with a digit (an order reference, "ab12345", a code) when no morph word or key of a
    // pattern has a digit, or a word whose start no pattern key has (a name, a typo): when it is no
    // exact pattern word and no prefix pattern takes it, it starts nothing, matches no morph or
    // prefix word and starts no filler or clause: the shared analysis of such words, without
    // stemming it (~2 µs a word: a corpus with a new such word in every turn linted ~2× slower).
    const plain = this.plainInfo;
    if (plain !== null && ((!this.digitKeys && ASCII_DIGIT.test(word)) || !this.mayShareKeys(word)) && this.plainWord(word)) return plain;
    const morph = morphKeys(word);
    // Stemmed, and still no key in common with a pattern: the same shared analysis.
    if (plain !== null && !this.patternKeys.has(word) && !morph.some((k) => this.patternKeys.has(k)) && this.plainWord(word)) return plain;
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
    const morphSet = morph.length > 0 ? new Set(morph) : NO_KEYS;
    const follow = candidates.map((phrase) => followingWords(phrase, word, morphSet));
    let followExact: Map<number, Uint8Array> | null = null;
    const followBits = follow.map((words, c) => {
      let bits: number[] | null = null;
      for (const w of words ?? []) {
        if (w.id >= 0) {
          followExact ??= new Map();
          let flags = followExact.get(w.id);
          if (flags === undefined) followExact.set(w.id, (flags = new Uint8Array(candidates.length)));
          flags[c] = 1;
        }
        if (w.bit >= 0) (bits ??= []).push(w.bit);
      }
      return bits;
    });
    let bits = this.noBits;
    const setBit = (k: number): void => {
      if (bits === this.noBits) bits = new Uint32Array(this.noBits.length);
      bits[k >> 5]! |= 1 << (k & 31);
    };
    for (const key of [word, ...morph]) for (const k of this.morphBits.get(key) ?? []) setBit(k);
    for (const { prefix, bit } of this.prefixBits) if (word.startsWith(prefix)) setBit(bit);
    const ids = (lists: string[][] | undefined): number[][] | undefined => lists?.map((words) => words.map((w) => this.table.intern(w)));
    // The first words of each candidate that this word is (wordMatchesAt, by id or bit).
    const id = candidates.length > 0 ? this.table.intern(word) : -1;
    const entries = candidates.map((phrase) => {
      if (phrase.entries === null) return null;
      const own: number[] = [];
      for (const pc of phrase.entries) {
        const w = phrase.prog[pc]!.word!;
        if (w.id === id || (w.bit >= 0 && (bits[w.bit >> 5]! & (1 << (w.bit & 31))) !== 0)) own.push(pc);
      }
      return Int32Array.from(own);
    });
    return {
      bits,
      candidates: candidates.length > 0 ? candidates : NO_CANDIDATES,
      entries,
      follow,
      followExact,
      followBits,
      alone: candidates.length > MAX_MASKED ? 0 : maskOf(candidates.length, (c) => follow[c] === null),
      pairs: null,
      pairsGeneration: 0,
      fillers: ids(this.fillers.get(word)),
      clauses: ids(this.clauseWords.get(word)),
    };
  }

  /**
   * All matches of all patterns in one analysed text, grouped by pattern group (one array per
   * group). `roles`: the ROLE_BIT of the turn's role (default: every pattern is tried).
   */
  match(text: Pick<AnalyzedText, 'normalized'>, languages: ReadonlySet<Language>, roles = ALL_ROLES): PhraseMatch[][] {
    const { hits, lists } = this.matchSparse(text, languages, roles);
    const out: PhraseMatch[][] = [];
    for (let g = 0; g < this.groupCount; g++) out.push([]);
    hits.forEach((g, k) => (out[g] = lists[k]!));
    return out;
  }

  /**
   * `match`, but only the groups that matched: `hits[k]` is such a group and `lists[k]` its
   * matches (groups in no set order), so a turn costs nothing for the groups that did not match
   * (the linter's hot path). Not an array indexed by group with holes, as it was: one match of
   * group 90 made V8 give that array ~100 slots (~1 KB), in every turn with a match, and a long
   * call kept them all until its rules had run.
   */
  matchSparse(text: Pick<AnalyzedText, 'normalized'>, languages: ReadonlySet<Language>, roles = ALL_ROLES): TurnMatches {
    const langs = languageBits(languages) | (roles << ROLE_SHIFT);
    const found: TurnMatches = { hits: [], lists: [] };
    this.found = found;
    this.stamp++;
    const b = this.buf;
    this.table.scan(text.normalized, b);
    const n = b.count;
    const ids = b.ids;
    const infos = this.table.values;
    const flags = b.flags;
    for (let i = 0; i < n; i++) {
      const info = infos[ids[i]!]!;
      if (info.candidates.length === 0) continue;
      // A phrase that needs a second word is only tried when it (or a filler) is on the next
      // token: the candidates for this word before that one are worked out once (pairMask), as a
      // mask of candidate indexes, tried lowest first (the candidates' order).
      const nextId = i + 1 < n && (flags[i + 1]! & SENTENCE_START) === 0 ? ids[i + 1]! : -1;
      if (info.candidates.length > MAX_MASKED) {
        this.tryEach(info, nextId, i, langs);
        continue;
      }
      let mask = nextId >= 0 ? this.pairMask(info, nextId) : info.alone;
      while (mask !== 0) {
        const low = mask & -mask;
        mask ^= low;
        const c = 31 - Math.clz32(low);
        this.tryAt(info.candidates[c]!, info.entries[c]!, i, langs);
      }
    }
    if (this.regexes.length > 0) this.matchRegexes(text.normalized, langs);
    return found;
  }

  /**
   * The `{regex}` patterns' matches in normalised text `s` (a method of its own: the phrase loop
   * above stays small for the optimising compiler, and a new regex object shape seen here late in
   * a run deoptimises this loop only).
   */
  private matchRegexes(s: string, langs: number): void {
    // A regex runs only where the text has what every match of it needs (see regex-needs.ts).
    let digit: boolean | undefined;
    const times = this.regexMs;
    for (const r of this.regexes) {
      if ((r.langBit !== 0 && (langs & r.langBit) === 0) || (langs & r.roleBits) === 0) continue;
      // The digit first: asked once a turn (most turns have none), where the literal is a scan of
      // the turn for each regex.
      if (r.needs.digit && !(digit ??= ASCII_DIGIT.test(s))) continue;
      if (r.needs.literal !== '' && !s.includes(r.needs.literal)) continue;
      const re = r.regex;
      re.lastIndex = 0;
      const start = times === null ? 0 : performance.now();
      for (let m = re.exec(s); m !== null; m = re.exec(s)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const slots: Record<string, [number, number]> = {};
        if (m.indices?.groups) {
          for (const [name, span] of Object.entries(m.indices.groups)) if (span) slots[name] = [span[0], span[1]];
        }
        this.addMatch(r.group, { group: r.group, lang: r.lang, pattern: re.source, start: m.index, end: m.index + m[0].length, slots });
      }
      if (times !== null) times[r.group] = times[r.group]! + performance.now() - start;
    }
  }

  /**
   * The candidates of a word (its TokenInfo) that may start a match when word `nextId` follows it
   * in the same sentence, as a mask of their indexes: those that need no particular next word,
   * and those whose next word (or a filler) it is. Kept per word and next word (at most
   * MAX_PAIRS_PER_WORD; emptied when the word table forgets words, since ids are then given anew).
   */
  private pairMask(info: TokenInfo, nextId: number): number {
    const generation = this.table.generation;
    if (info.pairs === null || info.pairsGeneration !== generation) {
      info.pairs = new IntMap();
      info.pairsGeneration = generation;
    }
    let mask = info.pairs.get(nextId);
    if (mask === -1) {
      const next = this.table.values[nextId]!;
      const exact = info.followExact?.get(nextId);
      const filler = next.fillers !== undefined;
      mask = maskOf(info.candidates.length, (c) => mayStart(info, c, next, filler, exact));
      if (info.pairs.size < MAX_PAIRS_PER_WORD) info.pairs.set(nextId, mask);
    }
    return mask;
  }

  /** pairMask's work for a word with more candidates than a mask holds, trying each as it goes. */
  private tryEach(info: TokenInfo, nextId: number, i: number, langs: number): void {
    const next = nextId >= 0 ? this.table.values[nextId]! : null;
    const exact = next !== null ? info.followExact?.get(nextId) : undefined;
    const filler = next !== null && next.fillers !== undefined;
    for (let c = 0; c < info.candidates.length; c++) {
      if (next === null ? info.follow[c] === null : mayStart(info, c, next, filler, exact)) this.tryAt(info.candidates[c]!, info.entries[c]!, i, langs);
    }
  }

  /**
   * Adds a match of group `g` to the text being matched (its list made, and the group noted in
   * the hits, on the group's first match). A first list is made as a literal of one element, an
   * array of exactly that size: an empty array pushed to takes room for 16 (~140 bytes), and most
   * turns with a match have one group with one match, kept until their call's rules have run.
   */
  private addMatch(g: number, m: PhraseMatch): void {
    const found = this.found;
    if (this.groupStamp[g] === this.stamp) {
      found.lists[this.groupSlot[g]!]!.push(m);
      return;
    }
    this.groupStamp[g] = this.stamp;
    this.groupSlot[g] = found.hits.length;
    if (found.hits.length === 0) {
      found.hits = [g];
      found.lists = [[m]];
    } else {
      found.hits.push(g);
      found.lists.push([m]);
    }
  }

  private tryAt(phrase: CompiledPhrase, entries: Int32Array | null, i: number, langs: number): void {
    if ((phrase.langBit !== 0 && (langs & phrase.langBit) === 0) || (langs & phrase.roleBits) === 0) return;
    const needs = phrase.needs;
    if (needs !== null) {
      for (let g = 0; g < needs.length; g++) {
        const group = needs[g]!;
        let found = false;
        for (let k = 0; k < group.length && !found; k++) found = this.table.seen(group[k]!);
        if (!found) return;
      }
    }
    const b = this.buf;
    if (phrase.anchored && (b.flags[i]! & SENTENCE_START) === 0 && !this.onlyFillersBefore(i)) return;
    let endTok = -1;
    if (entries === null) endTok = this.run(phrase, i, 0, i);
    else {
      // Each branch whose first word is this token, in the search's order: the first to reach the
      // end wins, as when the program runs from its start (where the other branches fail at once).
      for (let k = 0; k < entries.length && endTok <= i; k++) endTok = this.run(phrase, i, entries[k]! + 1, i + 1);
    }
    if (endTok <= i) return;
    let slotOffsets: Record<string, [number, number]> = NO_SLOTS;
    for (let k = 0; k < phrase.slotNames.length; k++) {
      const a = this.slotStart[k]!;
      if (a < 0) continue;
      if (slotOffsets === NO_SLOTS) slotOffsets = {};
      slotOffsets[phrase.slotNames[k]!] = [b.start[a]!, b.end[this.slotEnd[k]! - 1]!];
    }
    this.addMatch(phrase.group, {
      group: phrase.group,
      lang: phrase.lang,
      pattern: phrase.source,
      start: b.start[i]!,
      end: b.end[endTok - 1]!,
      slots: slotOffsets,
    });
  }

  /**
   * Runs a phrase's program from token `start`: a depth-first search in the pattern's order of
   * preference (optional parts taken, alternatives left to right, gaps shortest, slots longest),
   * with an explicit stack of choice points so that trying a phrase allocates nothing. Returns
   * the token after the match, or -1; the slots of the match are left in slotStart/slotEnd.
   *
   * Where the next word may stand: the current token, or (not at the start of the match) after
   * up to MAX_FILLER_SKIPS filler phrases; a slot prefers the positions after fillers ("you must,
   * um, send …" captures "send …"). Nothing runs across the start of a sentence.
   */
  private run(phrase: CompiledPhrase, start: number, pc0: number, i0: number): number {
    const prog = phrase.prog;
    const n = this.buf.count;
    const flags = this.buf.flags;
    const stack = this.stack;
    const trail = this.trail;
    const S = this.slotStart;
    const E = this.slotEnd;
    const pos = this.positions;
    for (let k = 0; k < phrase.slotNames.length; k++) S[k] = E[k] = -1;
    let sp = 0;
    let tp = 0;
    let pc = pc0;
    let i = i0;
    for (;;) {
      const ins = prog[pc]!;
      switch (ins.op) {
        case OP_MATCH:
          return i;
        case OP_JMP:
          pc = ins.a;
          continue;
        case OP_SPLIT:
          stack[sp] = ins.b;
          stack[sp + 1] = i;
          stack[sp + 2] = tp;
          stack[sp + 3] = -1;
          sp += CHOICE;
          pc = ins.a;
          continue;
        case OP_WORD: {
          if (i >= n || (i > start && (flags[i]! & SENTENCE_START) !== 0)) break;
          const word = ins.word!;
          let np = 0;
          if (this.wordMatchesAt(word, i)) pos[np++] = i;
          if (i !== start) np = this.fillerPositions(i, pos, np, word);
          if (np === 0) break;
          for (let k = np - 1; k >= 1; k--) {
            stack[sp] = pc + 1;
            stack[sp + 1] = pos[k]! + 1;
            stack[sp + 2] = tp;
            stack[sp + 3] = -1;
            sp += CHOICE;
          }
          i = pos[0]! + 1;
          pc++;
          continue;
        }
        case OP_GAP: {
          // Shortest first. Filler phrases inside the gap do not count towards its length
          // ("мне, к сожалению, ничего не известно" is a gap of one word).
          let np = 0;
          let j = i;
          pos[np++] = j;
          for (let used = 0; j < n; ) {
            const filler = this.fillerLengthAt(j);
            if (filler === 0 && ++used > ins.max) break;
            const next = j + Math.max(filler, 1);
            let crosses = false;
            for (let k = j; k < next && !crosses; k++) crosses = k > start && (flags[k]! & SENTENCE_START) !== 0;
            if (crosses) break;
            j = next;
            pos[np++] = j;
          }
          for (let k = np - 1; k >= 1; k--) {
            stack[sp] = pc + 1;
            stack[sp + 1] = pos[k]!;
            stack[sp + 2] = tp;
            stack[sp + 3] = -1;
            sp += CHOICE;
          }
          pc++;
          continue;
        }
        case OP_SLOT: {
          if (i >= n || (i > start && (flags[i]! & SENTENCE_START) !== 0)) break;
          let np = i !== start ? this.fillerPositions(i, pos, 0, null) : 0;
          pos[np++] = i;
          // Every (start, end) of the capture, pushed so that the first start and the longest
          // capture (up to the end of the clause) come off the stack first.
          for (let k = np - 1; k >= 0; k--) {
            const s = pos[k]!;
            let last = s;
            while (last + 1 < n && last + 1 - s < ins.max && (flags[last + 1]! & AFTER_PUNCT) === 0 && !this.clauseStartsAt(last + 1)) last++;
            for (let e = s + 1; e <= last + 1; e++) {
              stack[sp] = pc + 1;
              stack[sp + 1] = e;
              stack[sp + 2] = tp;
              stack[sp + 3] = ins.slot;
              stack[sp + 4] = s;
              stack[sp + 5] = e;
              sp += CHOICE;
            }
          }
          break; // take the first choice just pushed
        }
      }
      // Backtrack to the latest choice point: undo the slots set since, then apply its own.
      if (sp === 0) return -1;
      sp -= CHOICE;
      pc = stack[sp]!;
      i = stack[sp + 1]!;
      const mark = stack[sp + 2]!;
      while (tp > mark) {
        tp -= 3;
        S[trail[tp]!] = trail[tp + 1]!;
        E[trail[tp]!] = trail[tp + 2]!;
      }
      const slot = stack[sp + 3]!;
      if (slot >= 0) {
        trail[tp] = slot;
        trail[tp + 1] = S[slot]!;
        trail[tp + 2] = E[slot]!;
        tp += 3;
        S[slot] = stack[sp + 4]!;
        E[slot] = stack[sp + 5]!;
      }
    }
  }

  /**
   * True when the tokens between the start of i's sentence and i are filler phrases only, so
   * that "^no" also matches "Well, no." and "^нет" matches «Ну, нет».
   */
  private onlyFillersBefore(i: number): boolean {
    const flags = this.buf.flags;
    let s = i - 1;
    while (s > 0 && (flags[s]! & SENTENCE_START) === 0) s--;
    if (s < 0) return false;
    for (let j = s; j < i; ) {
      const f = this.fillerLengthAt(j);
      if (f === 0 || j + f > i) return false;
      j += f;
    }
    return true;
  }

  /** Whether the words of `phrase` (ids) stand at tokens j+1… (its first word is at j), inside one sentence. */
  private restAt(phrase: readonly number[], j: number): boolean {
    const { ids, flags } = this.buf;
    for (let f = 1; f < phrase.length; f++) if (ids[j + f] !== phrase[f] || (flags[j + f]! & SENTENCE_START) !== 0) return false;
    return true;
  }

  /** Length in tokens of the longest filler phrase starting at token j within its sentence (0: none). */
  private fillerLengthAt(j: number): number {
    const b = this.buf;
    const candidates = this.table.values[b.ids[j]!]!.fillers;
    if (candidates === undefined) return 0;
    let best = 0;
    for (const filler of candidates) {
      if (filler.length <= best || j + filler.length > b.count) continue;
      if (this.restAt(filler, j)) best = filler.length;
    }
    return best;
  }

  /**
   * Appends to out[np…] the positions reached from i by skipping 1..MAX_FILLER_SKIPS filler
   * phrases, in breadth-first order, where `word` (when given) matches; returns the new count.
   * Never crosses the start of a sentence.
   */
  private fillerPositions(i: number, out: number[], np: number, word: CWord | null): number {
    const b = this.buf;
    const infos = this.table.values;
    if (infos[b.ids[i]!]!.fillers === undefined) return np; // the common case: no filler here
    const n = b.count;
    let front = this.frontier;
    let next = this.nextFrontier;
    front[0] = i;
    let fn = 1;
    for (let round = 0; round < MAX_FILLER_SKIPS && fn > 0; round++) {
      let nn = 0;
      for (let q = 0; q < fn; q++) {
        const p = front[q]!;
        const list = infos[b.ids[p]!]!.fillers;
        if (list === undefined) continue;
        for (const filler of list) {
          const end = p + filler.length;
          if (end >= n || !this.restAt(filler, p) || (b.flags[end]! & SENTENCE_START) !== 0) continue;
          if (word === null || this.wordMatchesAt(word, end)) out[np++] = end;
          next[nn++] = end;
        }
      }
      const t = front;
      front = next;
      next = t;
      fn = nn;
    }
    return np;
  }

  /** Whether a clause word (CLAUSE_WORDS) starts at token j. */
  private clauseStartsAt(j: number): boolean {
    const b = this.buf;
    const list = this.table.values[b.ids[j]!]!.clauses;
    if (list === undefined) return false;
    for (const words of list) {
      if (j + words.length > b.count) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = b.ids[j + k] === words[k];
      if (ok) return true;
    }
    return false;
  }

  /** Whether token `i` of the turn being matched is the word `w` (see CWord.bit). */
  private wordMatchesAt(w: CWord, i: number): boolean {
    const id = this.buf.ids[i]!;
    if (id === w.id) return true;
    const bit = w.bit;
    return bit >= 0 && (this.table.values[id]!.bits[bit >> 5]! & (1 << (bit & 31))) !== 0;
  }
}

function compileSeq(nodes: readonly PatternNode[], vars: VariableValues): CNode[] | null {
  const out: CNode[] = [];
  for (const n of nodes) {
    switch (n.kind) {
      case 'word':
        out.push({ kind: 'word', mode: n.mode, text: n.text, keys: new Set(n.mode === 'morph' ? morphKeys(n.text) : []), id: -1, bit: -1 });
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

/**
 * The OP_WORD instructions a program can consume next from `pc` (following splits and jumps), or
 * null when it can also reach a gap, a slot or the end there (then anything may follow).
 */
function nextWords(prog: readonly Instr[], pc: number, seen = new Set<number>()): number[] | null {
  if (seen.has(pc)) return [];
  seen.add(pc);
  const ins = prog[pc]!;
  switch (ins.op) {
    case OP_WORD:
      return [pc];
    case OP_JMP:
      return nextWords(prog, ins.a, seen);
    case OP_SPLIT: {
      const a = nextWords(prog, ins.a, seen);
      const b = nextWords(prog, ins.b, seen);
      return a === null || b === null ? null : [...a, ...b];
    }
    default:
      return null;
  }
}

/**
 * A map from word ids to candidate masks: open addressing over two Int32Arrays, several times
 * faster than a Map for the per-token lookup it serves (pairMask), and 8 bytes a slot.
 */
class IntMap {
  private keys = new Int32Array(16).fill(-1);
  private values = new Int32Array(16);
  private mask = 15;
  size = 0;

  /** The value of `key`, or -1. */
  get(key: number): number {
    for (let i = Math.imul(key, 0x9e3779b1) & this.mask; ; i = (i + 1) & this.mask) {
      const k = this.keys[i]!;
      if (k === key) return this.values[i]!;
      if (k === -1) return -1;
    }
  }

  set(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    for (let i = Math.imul(key, 0x9e3779b1) & this.mask; ; i = (i + 1) & this.mask) {
      const k = this.keys[i]!;
      if (k === key || k === -1) {
        if (k === -1) this.size++;
        this.keys[i] = key;
        this.values[i] = value;
        return;
      }
    }
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    this.mask = keys.length * 2 - 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== -1) this.set(keys[i]!, values[i]!);
  }
}

/** Whether candidate c of a word may start a match before the word `next` (see pairMask). */
function mayStart(info: TokenInfo, c: number, next: TokenInfo, filler: boolean, exact: Uint8Array | undefined): boolean {
  return info.follow[c] === null || filler || exact?.[c] === 1 || hasBit(next.bits, info.followBits[c]!);
}

/** The mask of the indexes c < n (n <= MAX_MASKED) for which `test(c)` holds. */
function maskOf(n: number, test: (c: number) => boolean): number {
  let mask = 0;
  for (let c = 0; c < n; c++) if (test(c)) mask |= 1 << c;
  return mask;
}

/** Whether any of `list`'s bits is set in `bits` (see CWord.bit). */
function hasBit(bits: Uint32Array, list: readonly number[] | null): boolean {
  if (list === null) return false;
  for (let k = 0; k < list.length; k++) {
    const bit = list[k]!;
    if ((bits[bit >> 5]! & (1 << (bit & 31))) !== 0) return true;
  }
  return false;
}

/** Whether s[start, end) has an ASCII digit. */
function hasAsciiDigit(s: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/** A word test without a turn: `word` is the token, `morph` its morphological keys. */
function wordIs(w: CWord, word: string, morph: ReadonlySet<string>): boolean {
  if (w.mode === 'exact') return word === w.text;
  if (w.mode === 'prefix') return word.startsWith(w.text);
  if (word === w.text) return true;
  for (const k of morph) if (w.keys.has(k)) return true;
  return false;
}

/** The words that can follow `word` as the first word of a match of `phrase` (null: anything). */
function followingWords(phrase: CompiledPhrase, word: string, morph: ReadonlySet<string>): readonly CWord[] | null {
  if (phrase.pairs === null) return null;
  const out: CWord[] = [];
  for (const { first, next } of phrase.pairs) {
    if (!wordIs(first, word, morph)) continue;
    if (next === null) return null;
    for (const w of next) if (!out.includes(w)) out.push(w);
  }
  return out;
}

/** See CompiledPhrase.pairs. */
function wordPairs(prog: readonly Instr[]): Array<{ first: CWord; next: CWord[] | null }> | null {
  const firsts = nextWords(prog, 0);
  if (firsts === null) return null;
  return firsts.map((pc) => {
    const next = nextWords(prog, pc + 1);
    return { first: prog[pc]!.word!, next: next === null || next.length === 0 ? null : next.map((k) => prog[k]!.word!) };
  });
}

/**
 * The program's first instructions as the search reaches them from pc 0 (taking a split's `a`
 * before its `b`, following jumps), each once; null unless every one is a word.
 */
function entryWords(prog: readonly Instr[]): Int32Array | null {
  const out: number[] = [];
  const seen = new Set<number>();
  const visit = (pc: number): boolean => {
    if (seen.has(pc)) return true;
    seen.add(pc);
    const ins = prog[pc]!;
    if (ins.op === OP_SPLIT) return visit(ins.a) && visit(ins.b);
    if (ins.op === OP_JMP) return visit(ins.a);
    if (ins.op !== OP_WORD) return false;
    out.push(pc);
    return true;
  };
  return visit(0) ? Int32Array.from(out) : null;
}

/** Flattens compiled nodes into a phrase program (OP_* instructions), ending with OP_MATCH. */
function compileProgram(nodes: readonly CNode[]): { prog: Instr[]; slotNames: string[] } {
  const prog: Instr[] = [];
  const slotNames: string[] = [];
  const instr = (op: number): Instr => {
    const x: Instr = { op, word: null, a: -1, b: -1, max: 0, slot: -1 };
    prog.push(x);
    return x;
  };
  const emit = (seq: readonly CNode[]): void => {
    for (const node of seq) {
      switch (node.kind) {
        case 'word':
          instr(OP_WORD).word = node;
          break;
        case 'gap':
          instr(OP_GAP).max = node.max;
          break;
        case 'slot': {
          const x = instr(OP_SLOT);
          x.max = node.max;
          x.slot = slotNames.indexOf(node.name);
          if (x.slot === -1) x.slot = slotNames.push(node.name) - 1;
          break;
        }
        case 'optional': {
          const split = instr(OP_SPLIT);
          split.a = prog.length;
          emit(node.seq);
          split.b = prog.length;
          break;
        }
        case 'alt': {
          const jumps: Instr[] = [];
          node.options.forEach((option, k) => {
            if (k === node.options.length - 1) {
              emit(option);
              return;
            }
            const split = instr(OP_SPLIT);
            split.a = prog.length;
            emit(option);
            jumps.push(instr(OP_JMP));
            split.b = prog.length;
          });
          for (const j of jumps) j.a = prog.length;
          break;
        }
      }
    }
  };
  emit(nodes);
  instr(OP_MATCH);
  return { prog, slotNames };
}

/**
 * Words every match of `nodes` contains, as groups (at least one word of each group is in the
 * match): each word of the sequence, and for an alternative the first group of every option
 * (when every option has one). Optional parts, gaps and slots add nothing.
 */
function requiredWords(nodes: readonly CNode[]): CWord[][] {
  const groups: CWord[][] = [];
  for (const n of nodes) {
    if (n.kind === 'word') groups.push([n]);
    else if (n.kind === 'alt') {
      const firsts = n.options.map((o) => requiredWords(o)[0]);
      if (firsts.every((g) => g !== undefined)) groups.push(firsts.flat() as CWord[]);
    }
  }
  return groups;
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
