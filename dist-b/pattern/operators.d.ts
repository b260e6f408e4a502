/**
 * Matching operators: patterns built from other patterns, usable wherever a phrase is.
 *
 *   {near: [A, B], words: 5}                  A and B within 5 words of each other, same turn
 *   {near: [A, B], words: 5, ordered: true}   … A before B
 *   {near: [A, B], words: 8, acrossTurns: true}  … or in following turns (words counted across them)
 *   {pattern: A, notFollowedBy: B, words: 2}  A, unless B starts within 2 words after it
 *   {pattern: A, notPrecededBy: B, words: 2}  A, unless B ends within 2 words before it
 *   {allOf: [A, B, …]}                        every part in the same turn
 *   {anyOf: [A, B, …]}                        any part (what a plain list means; useful inside the others)
 *
 * An operand is a phrase, a `{regex: …}`, another operator, or a list (any of them). Compiled
 * once: every operand is registered in the shared PhraseMatcher as a group of its own, so a turn
 * is still matched in one pass; the operators then combine those groups' matches per call
 * (children before parents) into the group of the pattern that uses them. "Words" are tokens:
 * a Chinese character counts as one. `near` and the negations stay inside a sentence, like
 * phrases (a B in the next sentence is not near, and does not block); `allOf` takes the whole
 * turn; only `near` with `acrossTurns: true` looks into other turns (and across sentences).
 */
import { type Node } from 'yaml';
import type { PatternDef } from '../packs/definition.js';
import { MapReader } from '../packs/yaml-reader.js';
import type { AnalyzedTurn } from '../engine/call-context.js';
import type { Language } from '../types.js';
export type OperatorPattern = {
    op: 'near';
    parts: [PatternDef[], PatternDef[]];
    words: number;
    ordered: boolean;
    acrossTurns: boolean;
} | {
    op: 'notFollowedBy' | 'notPrecededBy';
    base: PatternDef[];
    other: PatternDef[];
    words: number;
} | {
    op: 'allOf' | 'anyOf';
    parts: PatternDef[][];
};
export declare const DEFAULT_OPERATOR_WORDS = 3;
/** Keys that make a mapping in a pattern list an operator (rather than `{regex: …}`). */
export declare const OPERATOR_KEYS: readonly ["near", "pattern", "allOf", "anyOf"];
export declare function isOperatorNode(node: Node): boolean;
/**
 * Reads an operator mapping. `readLeaf` reads a phrase or `{regex}` operand (the pack loader's
 * own pattern reader, so positions and messages are the same as for any pattern).
 */
export declare function readOperatorPattern(parent: MapReader, node: Node, lang: Language | null, readLeaf: (item: Node) => PatternDef | null): PatternDef | null;
/** An operator compiled against the matcher: operand groups in, matches into `target`. */
export interface CompiledOperator {
    pattern: OperatorPattern;
    target: number;
    lang: Language | null;
    source: string;
    /** Matcher groups of the operands, in the order of the pattern's parts. */
    groups: number[];
}
/**
 * Compiles an operator: each operand list becomes a matcher group (via `addGroup`, which also
 * compiles nested operators before this one is registered).
 */
export declare function compileOperator(pattern: OperatorPattern, target: number, lang: Language | null, addGroup: (defs: PatternDef[]) => number, source?: string): CompiledOperator;
/** Applies the operators of a call (children first) and adds their matches to the turns' groups. */
export declare function applyOperators(operators: readonly CompiledOperator[], turns: readonly AnalyzedTurn[], languages: ReadonlySet<Language>): void;
