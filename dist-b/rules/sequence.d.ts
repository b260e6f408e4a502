import type { PatternDef } from '../packs/definition.js';
import { MapReader } from '../packs/yaml-reader.js';
import type { SpeakerScope } from '../types.js';
import type { RuleKind } from './kind.js';
export interface StageDef {
    name: string;
    patterns: PatternDef[];
    /** Whose turns the stage is looked for in; defaults to the rule's speaker. */
    speaker?: SpeakerScope;
    optional: boolean;
    repeat: boolean;
    position?: 'first' | 'last';
}
export type SequenceProblem = 'missing' | 'notFirst' | 'notLast' | 'early' | 'late' | 'repeated';
export declare const SEQUENCE_PROBLEMS: readonly SequenceProblem[];
export interface SequenceOptions {
    stages: StageDef[];
    /** Message per problem; the rule's `message` is used for the others. */
    messages: Partial<Record<SequenceProblem, string>>;
}
export declare const sequence: RuleKind<SequenceOptions>;
/**
 * Indices of a longest non-decreasing subsequence of `values`; among equally long ones, the one
 * that keeps the earliest indices.
 */
export declare function longestOrderedRun(values: readonly number[]): number[];
/** Placeholders of a per-problem message must be known ones (same rule as the rule's message). */
export declare function checkMessage(r: MapReader, key: string, text: string, known: readonly string[]): void;
