/**
 * What a rule type provides. One type per file in this folder; the shared machinery (matching,
 * speaker scope, positions, messages) lives in engine/call-context.ts.
 */
import type { CallContext, CompiledRule } from '../engine/call-context.js';
import type { MapReader } from '../packs/yaml-reader.js';
import type { PatternDef } from '../packs/definition.js';
import type { SpeakerScope } from '../types.js';
export interface RuleKind<Options = unknown> {
    type: string;
    /** One line for docs and --list-rules. */
    description: string;
    /** Keys this type allows in a rule besides the common ones. */
    optionKeys: readonly string[];
    /** Placeholders its messages may use besides {{match}}, {{suggestion}} and slots. */
    placeholders: readonly string[];
    /** Whether a non-empty `patterns` is required. */
    needsPatterns: boolean;
    /** Validates and reads the type's own keys; reports errors on the reader's file. */
    readOptions(rule: MapReader): Options;
    /**
     * Pattern lists the type matches besides `patterns` (a sequence's stages, a conditional's
     * trigger and response). Each list is compiled once into its own matcher group; the groups are
     * in `CompiledRule.extraGroups`, in the same order.
     */
    patternSets?(options: Options): PatternDef[][];
    /**
     * The speaker scope each list of `patternSets` is read in (the rule's `speaker` is given), so
     * that its patterns are not tried in turns no check looks at. Absent: every turn.
     */
    patternSetScopes?(options: Options, speaker: SpeakerScope): SpeakerScope[];
    /**
     * Whether the rule can be checked on this call at all (e.g. a seconds window on a call without
     * times); when not, it should add a notice saying why. Absent: always.
     */
    applies?(rule: CompiledRule<Options>, call: CallContext): boolean;
    /** Checks one call. Called once per call with matches already computed. */
    check(rule: CompiledRule<Options>, call: CallContext): void;
}
