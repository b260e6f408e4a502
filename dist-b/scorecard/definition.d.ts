import type { LocatedError } from '../errors.js';
import type { PatternDef } from '../packs/definition.js';
import type { SpeakerScope } from '../types.js';
export interface RuleRef {
    text: string;
    regex: RegExp;
    line: number;
    column: number;
}
export type NotApplicableWhen = 
/** n/a unless one of these (conditional) rules' trigger fired in the call. */
{
    kind: 'unlessTriggered';
    rules: RuleRef[];
}
/** n/a unless one of these rules reported something in the call. */
 | {
    kind: 'unlessHit';
    rules: RuleRef[];
}
/** n/a unless the speaker said one of the phrases (compiled into the linter's matcher). */
 | {
    kind: 'unlessSaid';
    condition: string;
};
export interface ScorecardItem {
    id: string;
    section: string;
    title?: string;
    rules: RuleRef[];
    weight: number;
    autoFail: boolean;
    na?: NotApplicableWhen;
    line: number;
    column: number;
}
export interface ScorecardSection {
    id: string;
    title?: string;
    items: ScorecardItem[];
}
/** A phrase condition (`na: {unlessSaid: …}`), compiled into the linter's matcher. */
export interface SaidCondition {
    /** `<item id>` of the item that uses it. */
    id: string;
    speaker: SpeakerScope;
    patterns: PatternDef[];
}
export interface Scorecard {
    id: string;
    description?: string;
    file: string;
    sections: ScorecardSection[];
    /** All items, in order. */
    items: ScorecardItem[];
    said: SaidCondition[];
}
export type ScorecardResult = {
    ok: true;
    scorecard: Scorecard;
} | {
    ok: false;
    errors: LocatedError[];
};
export declare const BUILTIN_SCORECARD_DIR: string;
/**
 * Loads a scorecard from a path, a shipped scorecard name (`default`), or YAML text (anything
 * with a line break).
 */
export declare function loadScorecard(pathOrText: string, opts?: {
    baseDir?: string;
    displayPath?: string;
}): ScorecardResult;
export declare function parseScorecard(text: string, file: string): ScorecardResult;
/** `*` is any run of characters (including `/`), `?` one character; everything else literal. */
export declare function globToRegex(glob: string): RegExp;
/** Whether a rule id is one of the references (memoised: scoring asks the same questions per call). */
export declare function refMatches(refs: readonly RuleRef[], ruleId: string): boolean;
/**
 * Rule references of a scorecard that match none of the given rule ids (a typo), as located
 * errors; the CLI reports them before linting. A reference to a pack that is not loaded
 * (`zh/no-must` when only `ru` is) is not an error: the default scorecard covers all shipped packs.
 */
export declare function checkScorecardRules(scorecard: Scorecard, ruleIds: Iterable<string>): LocatedError[];
