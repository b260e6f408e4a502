/**
 * Applying fixable suggestions to a text, the conservative way (ESLint's): fixes sorted by
 * position, a fix that overlaps one already taken is left for the next pass, the result re-linted
 * with the same linter, up to MAX_FIX_PASSES passes, stopping early when nothing fixable remains
 * or when a pass would bring back a text seen before (two rules undoing each other).
 *
 * Pure: text in, text out. Reading, encoding and writing files is in fix-file.ts.
 */
import type { FileResult } from '../types.js';
export declare const MAX_FIX_PASSES = 10;
/** One replacement: `text` replaces the source text in [range[0], range[1]) (0-based offsets). */
export interface Fix {
    ruleId: string;
    range: [number, number];
    text: string;
}
/** Which fixes to apply (`--fix-type`, `--fix-rule`); an absent set means "all". */
export interface FixFilter {
    /** Rule types (forbidden, required, …). */
    types?: ReadonlySet<string>;
    /** Rule ids. */
    rules?: ReadonlySet<string>;
}
/** The fixes a lint result offers: per diagnostic, its first fixable suggestion, if the filter allows it. */
export declare function fixesOf(result: FileResult, filter?: FixFilter, ruleType?: (id: string) => string | undefined): Fix[];
export interface ApplyResult {
    output: string;
    /** Fixes applied, in source order. */
    applied: Fix[];
    /** Fixes left out because they overlap an earlier one (or replace a text by itself). */
    skipped: Fix[];
}
/**
 * Applies non-overlapping fixes to `text`. Fixes are sorted by start (then end); a fix that starts
 * before the end of the last applied one is skipped, as is a second insertion at the same point.
 * A fix whose range lies outside the text, or that would not change anything, is skipped.
 */
export declare function applyFixes(text: string, fixes: readonly Fix[]): ApplyResult;
export interface FixTextOptions {
    filter?: FixFilter;
    /** A rule id's type, for `filter.types`. */
    ruleType?: (id: string) => string | undefined;
    /** The lint result of the input text, when the caller already has it. */
    initial?: FileResult;
    maxPasses?: number;
}
export interface FixTextResult {
    /** The text after all passes (the input itself when nothing was fixed). */
    output: string;
    /** The lint result of `output` (the remaining problems). */
    result: FileResult;
    /** Passes that changed the text. */
    passes: number;
    /** Fixes applied over all passes, per rule id. */
    appliedByRule: Record<string, number>;
    applied: number;
    /**
     * Rules whose fixes undo each other (a pass brought back a text already seen): their fixes are
     * not applied at all, and fixing starts over from the input without them, so that running the
     * fixer again on its own output changes nothing. Empty when there was no cycle.
     */
    cycleRules: string[];
    /** True when fixable problems were still left after the last allowed pass. */
    exhausted: boolean;
}
/**
 * Fixes `text` in passes: apply, re-lint with `lint`, repeat. When a pass would produce a text
 * seen before (rules undoing each other), the rules whose fixes made up the cycle are left out
 * and fixing starts over from `text`; each restart leaves out at least one more rule, so this
 * ends.
 */
export declare function fixText(text: string, lint: (text: string) => FileResult, opts?: FixTextOptions): FixTextResult;
