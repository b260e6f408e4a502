import type { LineIndex } from '../text/positions.js';
import type { AnalyzedText, PhraseMatch } from '../pattern/matcher.js';
import type { RuleDef } from '../packs/definition.js';
import type { RuleKind } from '../rules/kind.js';
import type { Call, Diagnostic, Language, Severity, SpeakerScope, Turn } from '../types.js';
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
    /** Matches per matcher group (sparse: a group without matches is a hole). */
    groups: PhraseMatch[][];
    /** The groups that have matches in the turn (in no set order; see CallContext.turnsWith). */
    hits: number[];
}
export type MessageData = Record<string, string | number>;
export declare class CallContext {
    readonly call: Call;
    readonly turns: readonly AnalyzedTurn[];
    readonly languages: ReadonlySet<Language>;
    private readonly source;
    private readonly lines;
    private readonly sink;
    /** Where notices about the call go (e.g. "no turn times: seconds window skipped"). */
    private readonly notices?;
    private readonly selected;
    private readonly byScope;
    /** Group → the turns with matches of it, in call order (made on first use). */
    private byGroup;
    /** Ids of rules whose condition fired in this call (a conditional rule's trigger). */
    readonly triggered: Set<string>;
    constructor(call: Call, turns: readonly AnalyzedTurn[], languages: ReadonlySet<Language>, source: string, lines: LineIndex, sink: Diagnostic[], 
    /** Where notices about the call go (e.g. "no turn times: seconds window skipped"). */
    notices?: string[] | undefined);
    /** Records that a rule's condition fired (scorecards use it for "not applicable"). */
    noteTriggered(rule: CompiledRule): void;
    /** Adds a notice about this call to the file's notices (once per distinct text). */
    notice(message: string): void;
    /** True when every turn of the call has a start time. */
    get timed(): boolean;
    /**
     * The turns a rule looks at: its speaker's (a script is all agent text), inside the rule's
     * `within` window when it has one.
     */
    scopedTurns(rule: CompiledRule): readonly AnalyzedTurn[];
    /**
     * The turns of a speaker scope that have matches of matcher group `group`, in call order, when
     * `within` is unset; with a window, every turn of the window (`applyWindow` measures it on all
     * of the speaker's turns). A rule that reads one group's matches loops over these instead of
     * every turn of its scope: a call's dozens of turns, most of them without the group.
     */
    turnsWith(group: number, scope: SpeakerScope, within: RuleDef['within']): readonly AnalyzedTurn[];
    /** The turns of a speaker scope, without any window (one array per scope and call, shared). */
    speakerTurns(scope: SpeakerScope): readonly AnalyzedTurn[];
    /**
     * The rule's matches in a turn: leftmost-longest, never overlapping, and none that overlaps a
     * match of the rule's exceptions.
     */
    matches(rule: CompiledRule, turn: AnalyzedTurn): PhraseMatch[];
    /**
     * The matches of the rule's extra pattern list number `set` (see RuleKind.patternSets) in a
     * turn, selected like `matches` (leftmost-longest, exceptions removed).
     */
    setMatches(rule: CompiledRule, set: number, turn: AnalyzedTurn): PhraseMatch[];
    private select;
    /** Reports one match as a diagnostic with the rule's suggestions. */
    reportMatch(rule: CompiledRule, turn: AnalyzedTurn, match: PhraseMatch, data?: MessageData): void;
    /** Reports a finding about the whole call, placed at the start of `at` (or of the call). */
    reportCall(rule: CompiledRule, at: AnalyzedTurn | null, data?: MessageData): void;
    private push;
}
export declare function renderMessage(template: string, data: Record<string, string | number>): string;
/** Fills {…} / {name} in a suggestion with what the speaker said. */
export declare function fillSlots(text: string, slots: Record<string, string>): string;
/** The normalised form a `replace:` map is keyed by: normalised, single spaces. */
export declare function replaceKey(text: string): string;
