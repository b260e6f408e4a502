import { type Tokens } from '../text/tokenize.js';
import type { Language, Role, SpeakerScope } from '../types.js';
import type { ParsedPattern } from './ast.js';
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
/**
 * An analysed turn: normalised text and its tokens. The matcher reads only `normalized` (it scans
 * the text itself, into word ids); `tokens` serve the operators and are made when first asked for.
 */
export interface AnalyzedText {
    readonly normalized: string;
    readonly tokens: Tokens;
}
export declare function analyzeText(normalized: string): AnalyzedText;
export type VariableValues = Readonly<Record<string, readonly ParsedPattern[]>>;
/**
 * A turn's role as a bit. A pattern whose matches only rules about the agent read is not tried in
 * a customer's turn: the call's `langs` mask carries the turn's role bit above the language bits
 * (ROLE_SHIFT), and each phrase and regex its roles there.
 */
export declare const ROLE_BIT: Readonly<Record<Role, number>>;
export declare const ALL_ROLES = 7;
/** The roles of the turns a speaker scope reads (see CallContext.speakerTurns). */
export declare function scopeRoles(scope: SpeakerScope): number;
/**
 * The RegExp a `{regex: …}` pattern (compiled by the pack loader with flags `giu`, `d` for named
 * groups) is run as over normalised turn text. That text is lower case (see text/normalize.ts),
 * so `i` only matters for a pattern that names capital letters; without them the same matches
 * come from `gu` — and V8 runs `iu` several times slower (case folding at every position: 4–7×
 * on the shipped time and phone patterns, measured). Letters after a backslash are escapes
 * (`\D`, `\W`, `\B`), not capitals, as are the names in `\p{…}`, `\u{…}` and `\k<…>`.
 */
export declare function forNormalisedText(re: RegExp): RegExp;
export declare class PhraseMatcher {
    private readonly index;
    private readonly prefixStarts;
    private readonly regexes;
    private readonly fillers;
    /** CLAUSE_WORDS by their first word: a slot stops before them. */
    private readonly clauseWords;
    /** Every word seen, with its analysis (TokenInfo). */
    private readonly table;
    /** The tokens of the turn being matched (filled by matchSparse). */
    private readonly buf;
    /** The morph and prefix words, by their `bit`. */
    private readonly morphBits;
    private readonly prefixBits;
    /** `bits` of the words that match no morph or prefix word (shared, never written). */
    private readonly noBits;
    private nextId;
    private readonly groupCount;
    /** Whether some morph word or morphological key of a pattern has an ASCII digit (see analyse). */
    private digitKeys;
    /** Every morphological key of the patterns (morph words' texts and keys). */
    private readonly patternKeys;
    /** The first two characters of the patterns' morphological keys of 3 or more characters. */
    private readonly keyStarts;
    /** The first characters of the shorter keys. */
    private readonly shortKeyStarts;
    /** The analysis shared by words that start and match nothing (see analyse). */
    private plainInfo;
    /** Where matchSparse notes the groups that have matches (null: nowhere). */
    private hits;
    private readonly stack;
    /** Slot assignments to undo on backtracking: slot, previous start, previous end. */
    private readonly trail;
    private readonly slotStart;
    private readonly slotEnd;
    private readonly positions;
    private readonly frontier;
    private readonly nextFrontier;
    constructor(phrases: readonly PhrasePatternInput[], regexes: readonly RegexPatternInput[], fillerPhrases: readonly string[], variables: VariableValues, groupCount: number);
    private add;
    /** Whether a morphological key of `word` may be a pattern's (false: none can; see the constructor). */
    private mayShareKeys;
    /** Whether `word` is no exact pattern word, starts no filler or clause and no prefix pattern takes it. */
    private plainWord;
    /** The analysis of a word (made once per word, when the word table first meets it). */
    private analyse;
    /**
     * All matches of all patterns in one analysed text, grouped by pattern group (one array per
     * group). `roles`: the ROLE_BIT of the turn's role (default: every pattern is tried).
     */
    match(text: Pick<AnalyzedText, 'normalized'>, languages: ReadonlySet<Language>, roles?: number): PhraseMatch[][];
    /**
     * `match`, but sparse: a group without matches is a hole (read it as `groups[g] ?? []`), so a
     * turn costs nothing for the hundreds of groups that did not match (the linter's hot path).
     * `hits`, when given, receives the number of each group that has matches (in no set order).
     */
    matchSparse(text: Pick<AnalyzedText, 'normalized'>, languages: ReadonlySet<Language>, roles?: number, hits?: number[] | null): PhraseMatch[][];
    /**
     * The `{regex}` patterns' matches in normalised text `s` (a method of its own: the phrase loop
     * above stays small for the optimising compiler, and a new regex object shape seen here late in
     * a run deoptimises this loop only).
     */
    private matchRegexes;
    /**
     * The candidates of a word (its TokenInfo) that may start a match when word `nextId` follows it
     * in the same sentence, as a mask of their indexes: those that need no particular next word,
     * and those whose next word (or a filler) it is. Kept per word and next word (at most
     * MAX_PAIRS_PER_WORD; emptied when the word table forgets words, since ids are then given anew).
     */
    private pairMask;
    /** pairMask's work for a word with more candidates than a mask holds, trying each as it goes. */
    private tryEach;
    /** The matches of group `g` in `out`, made (and noted in the hits) on the group's first match. */
    private listOf;
    private tryAt;
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
    private run;
    /**
     * True when the tokens between the start of i's sentence and i are filler phrases only, so
     * that "^no" also matches "Well, no." and "^нет" matches «Ну, нет».
     */
    private onlyFillersBefore;
    /** Whether the words of `phrase` (ids) stand at tokens j+1… (its first word is at j), inside one sentence. */
    private restAt;
    /** Length in tokens of the longest filler phrase starting at token j within its sentence (0: none). */
    private fillerLengthAt;
    /**
     * Appends to out[np…] the positions reached from i by skipping 1..MAX_FILLER_SKIPS filler
     * phrases, in breadth-first order, where `word` (when given) matches; returns the new count.
     * Never crosses the start of a sentence.
     */
    private fillerPositions;
    /** Whether a clause word (CLAUSE_WORDS) starts at token j. */
    private clauseStartsAt;
    /** Whether token `i` of the turn being matched is the word `w` (see CWord.bit). */
    private wordMatchesAt;
}
