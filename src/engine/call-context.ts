/**
 * Everything a rule sees of one call: its analysed turns, the matches of the rule's patterns
 * (computed once per turn for all rules together), speaker scope, and reporting with positions
 * mapped back to the source file.
 */
import { normalize } from '../text/normalize.js';
import { mapRange } from '../input/source-map.js';
import { inScriptOf } from '../text/script-variant.js';
import type { LineIndex } from '../text/positions.js';
import { matchesOf, type AnalyzedText, type PhraseMatch } from '../pattern/matcher.js';
import type { RuleDef } from '../packs/definition.js';
import type { RuleKind } from '../rules/kind.js';
import type { Call, Diagnostic, Language, Severity, SpeakerScope, SuggestionResult, Turn } from '../types.js';
import { applyWindow } from '../rules/window.js';

export interface CompiledRule<Options = unknown> {
  def: RuleDef<Options>;
  kind: RuleKind<Options>;
  severity: Severity;
  /** Matcher group of the rule's patterns, and of its exceptions (null when it has none). */
  patternGroup: number;
  exceptionGroup: number | null;
  /** Matcher groups of the kind's extra pattern lists (`RuleKind.patternSets`), in order. */
  extraGroups?: readonly number[];
  /** Languages the rule has patterns for; null when it has language-independent patterns. */
  languages: ReadonlySet<Language> | null;
}

export interface AnalyzedTurn {
  turn: Turn;
  text: AnalyzedText;
  /** The matcher groups that have matches in the turn (in no set order; see CallContext.turnsWith). */
  hits: number[];
  /** The matches of each of them: `lists[k]` are group `hits[k]`'s (read them with matchesOf). */
  lists: PhraseMatch[][];
}

/** No turns (shared, never written). */
const NO_TURNS = Object.freeze([]) as unknown as AnalyzedTurn[];

/** No matches (shared: callers read the arrays `matches` returns, never write them). */
const NO_MATCHES = Object.freeze([]) as unknown as PhraseMatch[];

export type MessageData = Record<string, string | number>;

export class CallContext {
  private readonly selected = new Map<string, PhraseMatch[]>();
  private readonly byScope = new Map<SpeakerScope, readonly AnalyzedTurn[]>();
  /** Group → the turns with matches of it, in call order (made on first use). */
  private byGroup: AnalyzedTurn[][] | null = null;
  /** Ids of rules whose condition fired in this call (a conditional rule's trigger). */
  readonly triggered = new Set<string>();

  constructor(
    readonly call: Call,
    readonly turns: readonly AnalyzedTurn[],
    readonly languages: ReadonlySet<Language>,
    private readonly source: string,
    private readonly lines: LineIndex,
    private readonly sink: Diagnostic[],
    /** Where notices about the call go (e.g. "no turn times: seconds window skipped"). */
    private readonly notices?: string[],
  ) {}

  /** Records that a rule's condition fired (scorecards use it for "not applicable"). */
  noteTriggered(rule: CompiledRule): void {
    this.triggered.add(rule.def.id);
  }

  /** Adds a notice about this call to the file's notices (once per distinct text). */
  notice(message: string): void {
    if (this.notices && !this.notices.includes(message)) this.notices.push(message);
  }

  /** True when every turn of the call has a start time. */
  get timed(): boolean {
    return this.turns.length > 0 && this.turns.every((t) => t.turn.startTime !== undefined);
  }

  /**
   * The turns a rule looks at: its speaker's (a script is all agent text), inside the rule's
   * `within` window when it has one.
   */
  scopedTurns(rule: CompiledRule): readonly AnalyzedTurn[] {
    const turns = this.speakerTurns(rule.def.speaker);
    return rule.def.within ? applyWindow(turns, rule.def.within, this) : turns;
  }

  /**
   * The turns of a speaker scope that have matches of matcher group `group`, in call order, when
   * `within` is unset; with a window, every turn of the window (`applyWindow` measures it on all
   * of the speaker's turns). A rule that reads one group's matches loops over these instead of
   * every turn of its scope: a call's dozens of turns, most of them without the group.
   */
  turnsWith(group: number, scope: SpeakerScope, within: RuleDef['within']): readonly AnalyzedTurn[] {
    if (within) return applyWindow(this.speakerTurns(scope), within, this);
    if (this.byGroup === null) {
      const byGroup: AnalyzedTurn[][] = [];
      for (const t of this.turns) for (const g of t.hits) (byGroup[g] ??= []).push(t);
      this.byGroup = byGroup;
    }
    const turns = this.byGroup[group];
    if (turns === undefined) return NO_TURNS;
    if (scope === 'any') return turns;
    let all = true;
    for (const t of turns) if (t.turn.role !== scope) all = false;
    return all ? turns : turns.filter((t) => t.turn.role === scope);
  }

  /** The turns of a speaker scope, without any window (one array per scope and call, shared). */
  speakerTurns(scope: SpeakerScope): readonly AnalyzedTurn[] {
    let turns = this.byScope.get(scope);
    if (turns === undefined) {
      turns = scope === 'any' ? this.turns : this.turns.filter((t) => t.turn.role === scope);
      this.byScope.set(scope, turns);
    }
    return turns;
  }

  /**
   * The rule's matches in a turn: leftmost-longest, never overlapping, and none that overlaps a
   * match of the rule's exceptions.
   */
  matches(rule: CompiledRule, turn: AnalyzedTurn): PhraseMatch[] {
    return this.select(rule.patternGroup, rule.exceptionGroup, turn);
  }

  /**
   * The matches of the rule's extra pattern list number `set` (see RuleKind.patternSets) in a
   * turn, selected like `matches` (leftmost-longest, exceptions removed).
   */
  setMatches(rule: CompiledRule, set: number, turn: AnalyzedTurn): PhraseMatch[] {
    const group = rule.extraGroups?.[set];
    if (group === undefined) return [];
    return this.select(group, rule.exceptionGroup, turn);
  }

  private select(group: number, exceptionGroup: number | null, turn: AnalyzedTurn): PhraseMatch[] {
    // Most turns have no match of most groups: answer those without building a cache key; and a
    // group with one match in the turn (most of the rest) needs no sorting and no cache.
    const any = matchesOf(turn, group);
    if (any === undefined || any.length === 0) return NO_MATCHES;
    if (any.length === 1) {
      const m = any[0]!;
      const exceptions = exceptionGroup === null ? undefined : matchesOf(turn, exceptionGroup);
      if (exceptions !== undefined && exceptions.some((e) => e.start < m.end && m.start < e.end)) return NO_MATCHES;
      return any;
    }
    const key = `${group}:${exceptionGroup ?? ''}:${turn.turn.index}`;
    const cached = this.selected.get(key);
    if (cached) return cached;
    const sorted = [...any].sort((a, b) => a.start - b.start || b.end - a.end);
    const exceptions = exceptionGroup === null ? [] : (matchesOf(turn, exceptionGroup) ?? []);
    const result: PhraseMatch[] = [];
    let lastEnd = -1;
    for (const m of sorted) {
      if (m.start < lastEnd) continue;
      if (exceptions.some((e) => e.start < m.end && m.start < e.end)) continue;
      result.push(m);
      lastEnd = m.end;
    }
    this.selected.set(key, result);
    return result;
  }

  /** Reports one match as a diagnostic with the rule's suggestions. */
  reportMatch(rule: CompiledRule, turn: AnalyzedTurn, match: PhraseMatch, data: MessageData = {}): void {
    const t = turn.turn;
    const original = t.text.slice(match.start, match.end);
    const slotTexts: Record<string, string> = {};
    for (const [name, [a, b]] of Object.entries(match.slots)) slotTexts[name] = t.text.slice(a, b);
    const verbatim = t.sourceOffset !== null;
    // Not verbatim: the exact range from the turn's source map where the format gives one.
    const mapped = !verbatim && t.sourceMap ? mapRange(t.sourceMap, match.start, match.end) : undefined;
    const offset = verbatim ? (t.sourceOffset as number) + match.start : (mapped?.[0] ?? t.anchorOffset);
    const endOffset = verbatim ? (t.sourceOffset as number) + match.end : (mapped?.[1] ?? t.anchorOffset);
    const suggestions = buildSuggestions(rule.def, original, slotTexts, [offset, endOffset], verbatim, t.text);
    const message = renderMessage(rule.def.message, {
      ...slotTexts,
      match: original,
      suggestion: suggestions[0]?.text ?? '',
      ...data,
    });
    this.push(rule, turn, offset, endOffset, message, suggestions, original, false);
  }

  /** Reports a finding about the whole call, placed at the start of `at` (or of the call). */
  reportCall(rule: CompiledRule, at: AnalyzedTurn | null, data: MessageData = {}): void {
    const anchorTurn = at ?? this.turns[0] ?? null;
    const offset = anchorTurn ? (anchorTurn.turn.sourceOffset ?? anchorTurn.turn.anchorOffset) : 0;
    const endOffset = anchorTurn && anchorTurn.turn.sourceOffset !== null ? offset + firstLineLength(anchorTurn.turn.text) : offset;
    const message = renderMessage(rule.def.message, { match: '', suggestion: '', ...data });
    this.push(rule, anchorTurn, offset, endOffset, message, [], undefined, true);
  }

  private push(
    rule: CompiledRule,
    turn: AnalyzedTurn | null,
    offset: number,
    endOffset: number,
    message: string,
    suggestions: SuggestionResult[],
    matchedText: string | undefined,
    documentLevel: boolean,
  ): void {
    const start = this.lines.locate(offset);
    const end = this.lines.locate(endOffset);
    const d: Diagnostic = {
      ruleId: rule.def.id,
      severity: rule.severity,
      message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      offset,
      endOffset,
      suggestions,
    };
    if (matchedText !== undefined) d.matchedText = matchedText;
    if (documentLevel) d.documentLevel = true;
    if (turn) {
      d.speaker = turn.turn.speaker;
      d.role = turn.turn.role;
      d.turn = turn.turn.index;
      if (turn.turn.startTime !== undefined) d.startTime = turn.turn.startTime;
      if (turn.turn.endTime !== undefined) d.endTime = turn.turn.endTime;
    }
    if (this.call.id !== null) d.callId = this.call.id;
    this.sink.push(d);
  }
}

function firstLineLength(text: string): number {
  const nl = text.indexOf('\n');
  return (nl === -1 ? text.length : nl);
}

const PLACEHOLDER = /\{\{\s*([\p{L}\p{N}_]+)\s*\}\}/gu;
const SLOT_REF = /\{\s*(?:…|\.\.\.|([\p{L}_][\p{L}\p{N}_]*))\s*\}/gu;

/**
 * A message or suggestion template split once at its references: literal text at even indexes,
 * then the whole reference and the name it refers to, repeated. Templates come from the packs
 * (a few hundred), and every finding renders one or more: no regex per finding.
 */
type Template = readonly string[];
const templates = new Map<RegExp, Map<string, Template>>([
  [PLACEHOLDER, new Map()],
  [SLOT_REF, new Map()],
]);

function split(template: string, ref: RegExp): Template {
  const cache = templates.get(ref)!;
  let parts = cache.get(template);
  if (parts === undefined) {
    const out: string[] = [];
    let last = 0;
    for (const m of template.matchAll(ref)) {
      out.push(template.slice(last, m.index), m[0], m[1] ?? 'slot');
      last = m.index + m[0].length;
    }
    out.push(template.slice(last));
    parts = out;
    if (cache.size < MAX_TEMPLATES) cache.set(template, parts);
  }
  return parts;
}
const MAX_TEMPLATES = 10_000;

export function renderMessage(template: string, data: Record<string, string | number>): string {
  const parts = split(template, PLACEHOLDER);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 3) {
    const v = data[parts[i + 1]!];
    out += (v !== undefined ? String(v) : '') + parts[i + 2]!;
  }
  return out;
}

/** Fills {…} / {name} in a suggestion with what the speaker said. */
export function fillSlots(text: string, slots: Record<string, string>): string {
  const parts = split(text, SLOT_REF);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 3) out += (slots[parts[i + 1]!] ?? parts[i]!) + parts[i + 2]!;
  return out;
}

function hasUnfilledSlot(template: string, slots: Record<string, string>): boolean {
  const parts = split(template, SLOT_REF);
  for (let i = 2; i < parts.length; i += 3) if (slots[parts[i]!] === undefined) return true;
  return false;
}

/** The normalised form a `replace:` map is keyed by: normalised, single spaces. */
export function replaceKey(text: string): string {
  return normalize(text).replace(/\s+/gu, ' ').trim();
}

function matchCase(replacement: string, original: string): string {
  const first = original[0];
  if (first !== undefined && first !== first.toLowerCase() && replacement.length > 0) {
    const allUpper = original === original.toUpperCase() && original.length > 1;
    return allUpper ? replacement.toUpperCase() : replacement[0]!.toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

function buildSuggestions(
  def: RuleDef,
  original: string,
  slots: Record<string, string>,
  range: [number, number],
  verbatim: boolean,
  /** The whole turn: its Chinese script (Traditional or Simplified) is the suggestion's. */
  context: string = original,
): SuggestionResult[] {
  const out: SuggestionResult[] = [];
  for (const s of def.suggestions) {
    let text: string | undefined;
    if (s.replace) text = s.replace[replaceKey(original)];
    else if (s.text !== undefined) text = fillSlots(s.text, slots);
    // A suggestion naming a slot this match did not capture belongs to another pattern of the rule.
    if (text === undefined || (s.text !== undefined && hasUnfilledSlot(s.text, slots))) continue;
    const fixable = s.fixable && verbatim;
    // The script of the matched words, else of the turn (a suggestion without Han has none).
    text = inScriptOf(text, original, context);
    if (s.fixable) text = matchCase(text, original);
    out.push({ desc: fixable ? `Replace «${original}» with «${text}»` : text, text, fixable, range });
  }
  return out;
}
