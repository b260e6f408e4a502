import type { AnalyzedTurn } from '../engine/call-context.js';
import type { PatternDef } from '../packs/definition.js';
import type { PhraseMatch } from '../pattern/matcher.js';
import type { SpeakerScope } from '../types.js';
import type { RuleKind } from './kind.js';
export interface ConditionalOptions {
    trigger: {
        speaker: SpeakerScope;
        patterns: PatternDef[];
    };
    response: {
        speaker: SpeakerScope;
        patterns: PatternDef[];
        must: 'occur' | 'not-occur';
        within: {
            turns?: number;
            seconds?: number;
        };
        direction: 'after' | 'before' | 'around';
    };
}
export declare const conditional: RuleKind<ConditionalOptions>;
/** The turns (with the allowed offset range in each) where a trigger's response is looked for (exported for its test). */
export declare function responseWindow(responders: readonly AnalyzedTurn[], t: {
    turn: AnalyzedTurn;
    match: PhraseMatch;
}, o: ConditionalOptions, useSeconds: boolean): Array<{
    turn: AnalyzedTurn;
    from: number;
    to: number;
}>;
