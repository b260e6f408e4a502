/** A rule pack after loading and validation, before compilation (see docs/packs.md). */
import type { ParsedPattern } from '../pattern/ast.js';
import type { Language, Severity, SpeakerScope } from '../types.js';
import type { OperatorPattern } from '../pattern/operators.js';
import type { TurnWindow } from '../rules/window.js';
export interface PatternDef {
    /** The language the pattern is for, or null for "any language". */
    lang: Language | null;
    source: string;
    /** Set for phrase patterns. */
    parsed?: ParsedPattern;
    /** Set for `{regex: …}` patterns. */
    regex?: RegExp;
    /** Set for operator patterns (`{near: …}`, `{allOf: …}`, …; see pattern/operators.ts). */
    operator?: OperatorPattern;
}
export interface SuggestionDef {
    /** Text with optional slots ({…}, {name}); absent when `replace` is given. */
    text?: string;
    /** Replacement per normalised matched text. */
    replace?: Record<string, string>;
    fixable: boolean;
}
export interface ExampleDef {
    text: string;
    match?: string;
    suggestion?: string;
    variables?: Record<string, string[]>;
    lang?: Language;
    /** Where the example stands in the pack file (1-based). */
    line: number;
}
export interface RuleDef<Options = unknown> {
    id: string;
    type: string;
    severity: Severity;
    message: string;
    rationale?: string;
    link?: string;
    source?: string;
    speaker: SpeakerScope;
    patterns: PatternDef[];
    exceptions: PatternDef[];
    suggestions: SuggestionDef[];
    examples: {
        flag: ExampleDef[];
        pass: ExampleDef[];
    };
    /** Type-specific options (`within`, `max`, …), validated by the rule kind. */
    options: Options;
    /** Where in the call the rule looks (`within:`): applied to its speaker's turns. */
    within?: TurnWindow;
    /** Pack id, file and 1-based line where the rule is defined. */
    pack: string;
    file: string;
    line: number;
}
export interface PackDef {
    id: string;
    description?: string;
    languages: Language[];
    fillers: Partial<Record<Language, string[]>>;
    rules: RuleDef[];
    file: string;
    /** True for the packs shipped in rules/. */
    builtin: boolean;
}
