/**
 * Scoring one call with a scorecard (the formula is in docs/scorecards.md):
 *
 *   item status: na   when none of its rules was checked on the call, or its `na` condition holds;
 *                fail when its rules reported at least one diagnostic in the call;
 *                pass otherwise.
 *   score      = 0 when a failed item is `autoFail`; else
 *                100 × Σ weight(pass) / Σ weight(pass + fail), rounded to one decimal;
 *                100 when no weight is applicable.
 */
import type { CallScore, Diagnostic } from '../types.js';
import { type Scorecard } from './definition.js';
/** What is known about a call besides its diagnostics (FileResult.calls gives all of it). */
export interface CallInfo {
    /**
     * Rule ids checked on the call. Items none of whose rules were checked are `na`. When absent,
     * every rule counts as checked.
     */
    checked?: readonly string[];
    /** Rule ids whose condition fired (conditional triggers). Rules with a diagnostic count too. */
    triggered?: readonly string[];
    /** Ids of the scorecard's `unlessSaid` conditions that occurred. */
    said?: readonly string[];
}
export declare function scoreCall(scorecard: Scorecard, diagnostics: readonly Diagnostic[], info?: CallInfo): CallScore;
