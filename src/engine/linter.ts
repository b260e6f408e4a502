/**
 * The linter: packs compiled once (the patterns of all rules into a PhraseMatcher per set of call
 * languages, each built when a call in those languages first needs it), then any number of
 * documents checked against it. It returns results; it never decides exit codes.
 */
import type { PackDef, RuleDef } from '../packs/definition.js';
import type { ParsedPattern, PatternNode } from '../pattern/ast.js';
import { ALL_ROLES, analyzeText, forNormalisedText, languageBits, PhraseMatcher, ROLE_BIT, scopeRoles, type AnalyzedText, type PhraseMatch, type PhrasePatternInput, type RegexPatternInput } from '../pattern/matcher.js';
import { RULE_KINDS } from '../rules/index.js';
import { DEFAULT_FILLERS } from '../text/fillers.js';
import { detectLanguagesOf } from '../text/language.js';
import { normalize } from '../text/normalize.js';
import { LineIndex } from '../text/positions.js';
import { tokenize } from '../text/tokenize.js';
import { MORPH_MIN_LENGTH } from '../text/morphology.js';
import { parseDocument } from '../input/index.js';
import { DEFAULT_SPEAKER_LABELS, mergeLabels, type SpeakerLabels } from '../input/speakers.js';
import { LANGUAGES, type Diagnostic, type FileResult, type Language, type ParsedDocument, type SeverityOrOff, type Turn } from '../types.js';
import { CallContext, type AnalyzedTurn, type CompiledRule } from './call-context.js';
import { applyDirectives, readDirectives } from './directives.js';
import { addFingerprints } from './fingerprint.js';
import { applyOperators, compileOperator, type CompiledOperator } from '../pattern/operators.js';
import { windowApplies } from '../rules/window.js';
import { compileConditions, recordCall, type CompiledConditions } from '../scorecard/record.js';
import type { Scorecard } from '../scorecard/definition.js';
import type { CallResult } from '../types.js';
import { ruleTime, type LintTimes } from './timing.js';

export interface LinterOptions {
  /** Packs in load order; a later definition of a rule id replaces the earlier one. */
  packs: readonly PackDef[];
  /** Severity overrides by rule id (`off` disables). */
  rules?: Readonly<Record<string, SeverityOrOff>>;
  /**
   * Severity overrides per language (config `languageSettings`), over `rules`, for a call checked
   * as that language. When a call has several languages the highest severity among them wins
   * (error > warning > info > off); a rule `off` in `rules` can be switched on for one language.
   */
  languageRules?: Readonly<Partial<Record<Language, Readonly<Record<string, SeverityOrOff>>>>>;
  /** Values for `${name}` in patterns, e.g. `{company: ['Ромашка', 'Romashka']}`. */
  variables?: Readonly<Record<string, string | readonly string[]>>;
  /** Check documents as these languages instead of detecting them. */
  languages?: readonly Language[];
  /** Speaker labels added to the defaults. */
  speakers?: Partial<SpeakerLabels>;
  /** Only run these rule ids (the examples runner uses it). */
  only?: readonly string[];
  /** Score every call with this scorecard (`FileResult.calls[].score`); implies `calls`. */
  scorecard?: Scorecard;
  /** Fill `FileResult.calls` (per call: rules checked, conditions triggered, score). */
  calls?: boolean;
  /** Line-comment marker of inline directives in plain text (`# talklint-disable`); default `#`. */
  directiveMarker?: string;
  /** false: ignore inline `talklint-disable…` directives (`--no-inline-config`). Default true. */
  inlineConfig?: boolean;
  /** Report directives that hid nothing as `talklint/unused-directive` of this severity (default off). */
  reportUnusedDirectives?: SeverityOrOff;
  /** Set `Diagnostic.fingerprint` (baselines, SARIF). Default false. */
  fingerprints?: boolean;
}

export interface LintTextOptions {
  filePath?: string;
  format?: string;
}

/** A turn's analysed text made from the turn when first asked for (see Linter.analyzeTurn). */
class TurnText implements AnalyzedText {
  private made: AnalyzedText | undefined;
  constructor(private readonly turn: Turn) {}
  get normalized(): string {
    return (this.made ??= analyzeText(normalize(this.turn.text))).normalized;
  }
  get tokens(): AnalyzedText['tokens'] {
    return (this.made ??= analyzeText(normalize(this.turn.text))).tokens;
  }
}

/** The hits and match lists of a turn without matches (shared: nothing adds to them without operators). */
const NO_HITS = Object.freeze([]) as unknown as number[];
const NO_LISTS = Object.freeze([]) as unknown as PhraseMatch[][];

export class Linter {
  readonly rules: readonly CompiledRule[];
  /** Every rule defined by the packs, including those switched off. */
  readonly definitions: readonly RuleDef[];
  readonly labels: SpeakerLabels;
  /**
   * The compiled matchers, one per set of call languages (by languageBits), each made when a call
   * in those languages first needs it, from the patterns of those languages and the patterns of
   * any language (see matcherFor).
   */
  private readonly matchers = new Map<number, PhraseMatcher>();
  private readonly matcherInputs: { phrases: readonly PhrasePatternInput[]; regexes: readonly RegexPatternInput[]; fillers: readonly string[]; variables: Record<string, ParsedPattern[]>; groupCount: number };
  /** Group → the id of the rule whose patterns it holds (`(scorecard)` for a scorecard's conditions). */
  private readonly groupOwner: string[] = [];
  /** Milliseconds of `{regex}` patterns by group, shared by the matchers while timing. */
  private regexMs: Float64Array | null = null;
  private timesSink: LintTimes | null = null;
  private readonly forcedLanguages: readonly Language[] | undefined;
  private readonly operators: CompiledOperator[] = [];
  private readonly conditions: CompiledConditions | null;
  /** Rules `off` in `rules` but switched on by a language in `languageRules`. */
  private readonly languageOnlyRules: CompiledRule[] = [];

  constructor(readonly options: LinterOptions) {
    const byId = new Map<string, RuleDef>();
    for (const pack of options.packs) for (const rule of pack.rules) byId.set(rule.id, rule);
    this.definitions = [...byId.values()];
    this.labels = mergeLabels(DEFAULT_SPEAKER_LABELS, options.speakers);
    this.forcedLanguages = options.languages;

    const phrases: PhrasePatternInput[] = [];
    const regexes: RegexPatternInput[] = [];
    const rules: CompiledRule[] = [];
    let group = 0;
    let owner = '';
    const addGroup = (defs: RuleDef['patterns']): number => {
      const g = group++;
      this.groupOwner[g] = owner;
      for (const p of defs) {
        if (p.parsed) phrases.push({ group: g, lang: p.lang, parsed: p.parsed });
        else if (p.regex) regexes.push({ group: g, lang: p.lang, regex: forNormalisedText(p.regex) });
        else if (p.operator) this.operators.push(compileOperator(p.operator, g, p.lang, addGroup, p.source));
      }
      return g;
    };
    // Group → roles of the turns it is read in (see ROLE_BIT), for the groups of rules; every other
    // group (an operator's operands, a scorecard's conditions) is tried in every turn.
    const groupRoles = new Map<number, number>();
    const only = options.only ? new Set(options.only) : null;
    for (const def of this.definitions) {
      if (only && !only.has(def.id)) continue;
      const override = options.rules?.[def.id];
      const onForALanguage = Object.values(options.languageRules ?? {}).some((r) => r?.[def.id] !== undefined && r[def.id] !== 'off');
      if (override === 'off' && !onForALanguage) continue;
      const kind = RULE_KINDS.get(def.type);
      if (!kind) continue;
      owner = def.id;
      const extra = kind.patternSets ? kind.patternSets(def.options) : [];
      const all = [...def.patterns, ...extra.flat()];
      const langs = all.some((p) => p.lang === null) ? null : new Set(all.map((p) => p.lang as Language));
      const compiled: CompiledRule = {
        def,
        kind,
        severity: override === undefined || override === 'off' ? def.severity : override,
        patternGroup: addGroup(def.patterns),
        exceptionGroup: def.exceptions.length > 0 ? addGroup(def.exceptions) : null,
        ...(extra.length > 0 ? { extraGroups: extra.map(addGroup) } : {}),
        languages: langs,
      };
      (override === 'off' ? this.languageOnlyRules : rules).push(compiled);
      // Which turns each of the rule's groups is read in: its patterns in the rule's speaker's,
      // each extra list in the scope its kind names (every turn when it names none), its
      // exceptions wherever any of those is read.
      const scopes = kind.patternSetScopes?.(def.options, def.speaker);
      let used = scopeRoles(def.speaker);
      groupRoles.set(compiled.patternGroup, used);
      compiled.extraGroups?.forEach((g, i) => {
        const roles = scopes?.[i] !== undefined ? scopeRoles(scopes[i]) : ALL_ROLES;
        groupRoles.set(g, roles);
        used |= roles;
      });
      if (compiled.exceptionGroup !== null) groupRoles.set(compiled.exceptionGroup, used);
    }
    this.rules = rules;
    owner = '(scorecard)';
    this.conditions = options.scorecard ? compileConditions(options.scorecard, addGroup) : null;

    const fillers = new Set<string>();
    for (const lang of LANGUAGES) for (const f of DEFAULT_FILLERS[lang]) fillers.add(normalize(f));
    for (const pack of options.packs) for (const list of Object.values(pack.fillers)) for (const f of list ?? []) fillers.add(normalize(f));

    const variables: Record<string, ParsedPattern[]> = {};
    for (const [name, value] of Object.entries(options.variables ?? {})) {
      const values = typeof value === 'string' ? [value] : value;
      variables[name] = values.map(literalPattern).filter((p): p is ParsedPattern => p !== null);
    }
    for (const p of phrases) p.roles = groupRoles.get(p.group) ?? ALL_ROLES;
    for (const r of regexes) r.roles = groupRoles.get(r.group) ?? ALL_ROLES;
    this.matcherInputs = { phrases, regexes, fillers: [...fillers], variables, groupCount: group };
  }

  /**
   * The matcher for calls in `languages`. A pattern of another language never matches in such a
   * call (the matcher skips it by its language bit), so leaving it out changes no match; it
   * saves compiling it: most of the set-up of a run over one file, which is in one language while
   * the shipped packs hold three (see docs/performance.md).
   */
  private matcherFor(languages: ReadonlySet<Language>): PhraseMatcher {
    const key = languageBits(languages);
    let matcher = this.matchers.get(key);
    if (matcher === undefined) {
      const { phrases, regexes, fillers, variables, groupCount } = this.matcherInputs;
      const wanted = (p: { lang: Language | null }): boolean => p.lang === null || languages.has(p.lang);
      matcher = new PhraseMatcher(phrases.filter(wanted), regexes.filter(wanted), fillers, variables, groupCount);
      matcher.regexMs = this.regexMs;
      this.matchers.set(key, matcher);
    }
    return matcher;
  }

  /**
   * Where this linter's time goes (see engine/timing.ts): while set, every document it lints adds
   * its stages' times, and each rule's check and `{regex}` time, to this sink. Null (the default):
   * nothing is timed.
   */
  get timing(): LintTimes | null {
    return this.timesSink;
  }
  set timing(sink: LintTimes | null) {
    this.timesSink = sink;
    this.regexMs = sink === null ? null : (this.regexMs ?? new Float64Array(this.matcherInputs.groupCount));
    for (const m of this.matchers.values()) m.regexMs = this.regexMs;
  }

  /** Moves the `{regex}` times the matchers kept by group into the sink, by rule. */
  private foldRegexTimes(sink: LintTimes): void {
    const ms = this.regexMs;
    if (ms === null) return;
    for (let g = 0; g < ms.length; g++) {
      if (ms[g] === 0) continue;
      ruleTime(sink, this.groupOwner[g]!).regexMs += ms[g]!;
      ms[g] = 0;
    }
  }

  /** The rule with its severity for a call in `languages` (languageRules), or null when it is off there. */
  private inLanguages(rule: CompiledRule, languages: ReadonlySet<Language>): CompiledRule | null {
    const rank = SEVERITY_RANK;
    const base: SeverityOrOff = this.options.rules?.[rule.def.id] ?? rule.def.severity;
    let best: SeverityOrOff | null = null;
    for (const lang of languages) {
      const s = this.options.languageRules?.[lang]?.[rule.def.id] ?? base;
      if (best === null || rank[s] > rank[best]) best = s;
    }
    if (best === null) best = base;
    if (best === 'off') return null;
    return best === rule.severity ? rule : { ...rule, severity: best };
  }

  /**
   * A turn normalised and matched (every pattern group's matches, and which groups have any).
   *
   * A call's analysed turns all live until its rules have run, so in a long call (a one-call file
   * of 15,000 turns) they outlast many young-generation collections, each of which copies what
   * is still alive: collecting garbage took ~30 % of such a file's time. Rules read a turn's
   * matches, not its normalised text, so without operators (the only readers of the text's
   * tokens) the turn keeps no normalised copy (it is made again if ever asked for), and a turn
   * without matches shares one empty list of hits and of match lists (only operators add to them).
   */
  private analyzeTurn(turn: Turn, languages: ReadonlySet<Language>, matcher: PhraseMatcher): AnalyzedTurn {
    const normalized = normalize(turn.text);
    const { hits, lists } = matcher.matchSparse({ normalized }, languages, ROLE_BIT[turn.role] ?? ALL_ROLES);
    if (this.operators.length > 0) return { turn, text: analyzeText(normalized), hits, lists };
    return hits.length === 0 ? { turn, text: new TurnText(turn), hits: NO_HITS, lists: NO_LISTS } : { turn, text: new TurnText(turn), hits, lists };
  }

  /** Parses and lints one text. */
  lintText(text: string, opts: LintTextOptions = {}): FileResult {
    const doc = parseDocument(text, { labels: this.labels, ...(this.options.directiveMarker !== undefined ? { directiveMarker: this.options.directiveMarker } : {}), ...(opts.filePath !== undefined ? { filePath: opts.filePath } : {}), ...(opts.format !== undefined ? { format: opts.format } : {}) });
    return this.lintDocument(doc, opts.filePath ?? '<text>');
  }

  /** Lints a parsed document (any input format). */
  lintDocument(doc: ParsedDocument, filePath: string): FileResult {
    const timing = this.timesSink;
    let lap = timing === null ? 0 : performance.now();
    const lines = new LineIndex(doc.source);
    // (The line index places findings: it counts with the finishing stage.)
    if (timing !== null) lap = addLap(timing, 'finish', lap);
    const diagnostics: Diagnostic[] = [];
    const fileLanguages = new Set<Language>();
    const notices = [...doc.notices];
    const recordCalls = this.options.calls === true || this.options.scorecard !== undefined;
    const pendingCalls: Array<Omit<Parameters<typeof recordCall>[0], 'conditions' | 'scorecard'>> = [];
    for (const call of doc.calls) {
      const languages = new Set<Language>(this.forcedLanguages ?? detectLanguagesOf(call.turns.map((t) => t.text)));
      if (timing !== null) lap = addLap(timing, 'languages', lap);
      for (const l of languages) fileLanguages.add(l);
      const firstDiagnostic = diagnostics.length;
      const checked: string[] = [];
      let ctx: CallContext | null = null;
      if (languages.size > 0) {
        const matcher = this.matcherFor(languages);
        const turns: AnalyzedTurn[] = call.turns.map((turn) => this.analyzeTurn(turn, languages, matcher));
        if (this.operators.length > 0) applyOperators(this.operators, turns, languages);
        if (timing !== null) lap = addLap(timing, 'match', lap);
        ctx = new CallContext(call, turns, languages, doc.source, lines, diagnostics, notices);
        for (const compiled of this.languageOnlyRules.length > 0 ? [...this.rules, ...this.languageOnlyRules] : this.rules) {
          const rule = this.options.languageRules ? this.inLanguages(compiled, languages) : compiled;
          if (rule === null) continue;
          if (rule.languages !== null && !sharesLanguage(rule.languages, languages)) continue;
          if (!windowApplies(rule, ctx) || (rule.kind.applies && !rule.kind.applies(rule, ctx))) continue;
          checked.push(rule.def.id);
          if (timing === null) rule.kind.check(rule, ctx);
          else {
            const start = performance.now();
            rule.kind.check(rule, ctx);
            const t = ruleTime(timing, rule.def.id);
            t.calls++;
            t.checkMs += performance.now() - start;
          }
        }
        if (timing !== null) lap = addLap(timing, 'rules', lap);
      }
      if (recordCalls) pendingCalls.push({ call, ctx, languages: [...languages], checked, diagnostics: diagnostics.slice(firstDiagnostic) });
    }
    diagnostics.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId));
    const directed = this.options.inlineConfig === false ? null : applyDirectives(diagnostics, readDirectives(doc.source, doc.format, lines, this.options.directiveMarker), lines, this.options.reportUnusedDirectives);
    // Per-call records and scores count the findings that remain after inline directives.
    const remaining = recordCalls ? new Set(directed ? directed.diagnostics : diagnostics) : null;
    const calls: CallResult[] = pendingCalls.map((p) =>
      recordCall({ ...p, diagnostics: p.diagnostics.filter((d) => remaining!.has(d)), conditions: this.conditions, scorecard: this.options.scorecard }),
    );
    if (this.options.fingerprints) {
      addFingerprints(doc, directed ? directed.diagnostics : diagnostics);
      if (directed) addFingerprints(doc, directed.suppressed);
    }
    if (timing !== null) {
      addLap(timing, 'finish', lap);
      this.foldRegexTimes(timing);
    }
    return counted({
      filePath,
      diagnostics: directed ? directed.diagnostics : diagnostics,
      ...(directed && directed.suppressed.length > 0 ? { suppressed: directed.suppressed, suppressedCount: directed.suppressed.length } : {}),
      notices,
      languages: [...fileLanguages],
      kind: doc.kind,
      format: doc.format,
      source: doc.source,
      ...(recordCalls ? { calls } : {}),
      errorCount: 0,
      warningCount: 0,
      infoCount: 0,
    });
  }
}

/** Adds the time since `since` to `stage` of `sink`; returns now. */
function addLap(sink: LintTimes, stage: 'languages' | 'match' | 'rules' | 'finish', since: number): number {
  const now = performance.now();
  sink.stages[stage] += now - since;
  return now;
}

const SEVERITY_RANK: Readonly<Record<SeverityOrOff, number>> = { off: 0, info: 1, warning: 2, error: 3 };

/** Counts errors, warnings and infos into a FileResult. */
export function summarize(r: Omit<FileResult, 'errorCount' | 'warningCount' | 'infoCount'>): FileResult {
  return counted({ ...r, errorCount: 0, warningCount: 0, infoCount: 0 });
}

function sharesLanguage(a: ReadonlySet<Language>, b: ReadonlySet<Language>): boolean {
  for (const l of a) if (b.has(l)) return true;
  return false;
}

/** Sets the counts of a result built here (no copy: the linter's hot path). */
function counted(r: FileResult): FileResult {
  for (const d of r.diagnostics) {
    if (d.severity === 'error') r.errorCount++;
    else if (d.severity === 'warning') r.warningCount++;
    else r.infoCount++;
  }
  return r;
}

/** A variable's value (a company name) as a phrase of its words; punctuation ignored. */
function literalPattern(value: string): ParsedPattern | null {
  const words = tokenize(normalize(value)).text;
  if (words.length === 0) return null;
  const nodes: PatternNode[] = words.map((w) => ({ kind: 'word', mode: [...w].length >= MORPH_MIN_LENGTH ? 'morph' : 'exact', text: w }));
  return { source: value, anchored: false, nodes };
}
