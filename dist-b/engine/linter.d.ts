/**
 * The linter: packs compiled once (all patterns of all rules into one PhraseMatcher), then any
 * number of documents checked against it. It returns results; it never decides exit codes.
 */
import type { PackDef, RuleDef } from '../packs/definition.js';
import { type SpeakerLabels } from '../input/speakers.js';
import { type FileResult, type Language, type ParsedDocument, type SeverityOrOff } from '../types.js';
import { type CompiledRule } from './call-context.js';
import type { Scorecard } from '../scorecard/definition.js';
export interface LinterOptions {
    /** Packs in load order; a later definition of a rule id replaces the earlier one. */
    packs: readonly PackDef[];
    /** Severity overrides by rule id (`off` disables). */
    rules?: Readonly<Record<string, SeverityOrOff>>;
    /**
     * Severity overrides per language (config `languageSettings`), over `rules`, for a call checked
     * as that language. When a call has several languages the highest severity among them wins
     * (error > warning > info > off); a rule `off` in `rules` can be switched on for one language.
     */
    languageRules?: Readonly<Partial<Record<Language, Readonly<Record<string, SeverityOrOff>>>>>;
    /** Values for `${name}` in patterns, e.g. `{company: ['Ромашка', 'Romashka']}`. */
    variables?: Readonly<Record<string, string | readonly string[]>>;
    /** Check documents as these languages instead of detecting them. */
    languages?: readonly Language[];
    /** Speaker labels added to the defaults. */
    speakers?: Partial<SpeakerLabels>;
    /** Only run these rule ids (the examples runner uses it). */
    only?: readonly string[];
    /** Score every call with this scorecard (`FileResult.calls[].score`); implies `calls`. */
    scorecard?: Scorecard;
    /** Fill `FileResult.calls` (per call: rules checked, conditions triggered, score). */
    calls?: boolean;
    /** Line-comment marker of inline directives in plain text (`# talklint-disable`); default `#`. */
    directiveMarker?: string;
    /** false: ignore inline `talklint-disable…` directives (`--no-inline-config`). Default true. */
    inlineConfig?: boolean;
    /** Report directives that hid nothing as `talklint/unused-directive` of this severity (default off). */
    reportUnusedDirectives?: SeverityOrOff;
    /** Set `Diagnostic.fingerprint` (baselines, SARIF). Default false. */
    fingerprints?: boolean;
}
export interface LintTextOptions {
    filePath?: string;
    format?: string;
}
export declare class Linter {
    readonly options: LinterOptions;
    readonly rules: readonly CompiledRule[];
    /** Every rule defined by the packs, including those switched off. */
    readonly definitions: readonly RuleDef[];
    readonly labels: SpeakerLabels;
    private readonly matcher;
    private readonly forcedLanguages;
    private readonly operators;
    private readonly conditions;
    /** Rules `off` in `rules` but switched on by a language in `languageRules`. */
    private readonly languageOnlyRules;
    constructor(options: LinterOptions);
    /** The rule with its severity for a call in `languages` (languageRules), or null when it is off there. */
    private inLanguages;
    /** A turn normalised and matched (every pattern group's matches, and which groups have any). */
    private analyzeTurn;
    /** Parses and lints one text. */
    lintText(text: string, opts?: LintTextOptions): FileResult;
    /** Lints a parsed document (any input format). */
    lintDocument(doc: ParsedDocument, filePath: string): FileResult;
}
/** Counts errors, warnings and infos into a FileResult. */
export declare function summarize(r: Omit<FileResult, 'errorCount' | 'warningCount' | 'infoCount'>): FileResult;
