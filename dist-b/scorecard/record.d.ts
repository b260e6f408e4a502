/**
 * The per-call record the linter keeps when asked (FileResult.calls): which rules ran, which
 * conditions fired, which scorecard phrases were said, hits per rule, and the score.
 */
import type { CallContext } from '../engine/call-context.js';
import type { PatternDef } from '../packs/definition.js';
import type { Call, CallResult, Diagnostic, Language, SpeakerScope } from '../types.js';
import type { Scorecard } from './definition.js';
export interface CompiledConditions {
    said: Array<{
        id: string;
        speaker: SpeakerScope;
        group: number;
    }>;
}
/** Registers the scorecard's phrase conditions in the linter's matcher (once, at construction). */
export declare function compileConditions(scorecard: Scorecard, addGroup: (defs: PatternDef[]) => number): CompiledConditions;
export declare function recordCall(args: {
    call: Call;
    ctx: CallContext | null;
    languages: Language[];
    checked: string[];
    diagnostics: readonly Diagnostic[];
    conditions: CompiledConditions | null;
    scorecard: Scorecard | undefined;
}): CallResult;
