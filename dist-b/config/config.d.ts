import type { LocatedError } from '../errors.js';
import { type Language, type Role, type SeverityOrOff } from '../types.js';
import type { SpeakerLabels } from '../input/speakers.js';
import type { RecordFieldNames } from '../input/records.js';
export declare const CONFIG_FILE_NAMES: readonly ["talklint.config.yaml", "talklint.config.yml", ".talklintrc.yaml", ".talklintrc.yml"];
/** Keys of the config file (the JSON Schema lists the same; test/config/schema.test.ts checks). */
export declare const CONFIG_KEYS: readonly ["extends", "packs", "rules", "variables", "speakers", "languages", "languageSettings", "ignorePatterns", "directiveMarker", "overrides", "speakerRoles", "csv", "scorecard"];
/** Keys of one entry of `overrides`. */
export declare const OVERRIDE_KEYS: readonly ["files", "excludedFiles", "packs", "rules", "variables", "languages", "languageSettings"];
/** Keys of one language in `languageSettings`. */
export declare const LANGUAGE_SETTING_KEYS: readonly ["rules"];
export declare const SEVERITY_SETTINGS: readonly SeverityOrOff[];
export interface RuleLocation {
    file: string;
    line: number;
    column: number;
}
/** Per-language settings: `languageSettings: {zh: {rules: {zh/polite-you: error}}}`. */
export type LanguageSettings = Partial<Record<Language, {
    rules: Record<string, SeverityOrOff>;
}>>;
/** One entry of `overrides`: settings for the files its globs match. */
export interface ConfigOverride {
    /** Globs (picomatch) matched against the path relative to the config's folder. */
    files: string[];
    excludedFiles: string[];
    /** Packs added for these files: shipped ids or absolute paths. */
    packs: string[];
    rules: Record<string, SeverityOrOff>;
    variables: Record<string, string[]>;
    languages?: Language[];
    languageSettings: LanguageSettings;
}
export interface TalklintConfig {
    /** The config file (as given or found), or null for the defaults. */
    file: string | null;
    /** Absolute folder of the config file, which override globs are relative to; null for the defaults. */
    dir: string | null;
    /** Every file and package the config extends, transitively, in merge order (absolute paths; shipped packs by id). */
    extended: string[];
    /** Pack references: shipped ids or absolute paths. */
    packs: string[];
    rules: Record<string, SeverityOrOff>;
    /** Where each rule override of `rules` was written, to report unknown ids at their place. */
    ruleLocations: Record<string, RuleLocation>;
    variables: Record<string, string[]>;
    speakers: Partial<SpeakerLabels>;
    languages?: Language[];
    languageSettings: LanguageSettings;
    ignorePatterns: string[];
    /** Line-comment marker of inline directives in plain text (`# talklint-disable …`); default `#`. */
    directiveMarker?: string;
    overrides: ConfigOverride[];
    /** Roles of transcript speaker ids (`spk_0: agent`, `"A": customer`); see docs/inputs.md. */
    speakerRoles: Record<string, Role>;
    /** Column (field) names of CSV/TSV/JSONL transcripts when they are not the usual ones. */
    csv: RecordFieldNames;
    /** The scorecard every call is scored with: `default` or an absolute path (--scorecard wins). */
    scorecard?: string;
}
export type ConfigResult = {
    ok: true;
    config: TalklintConfig;
} | {
    ok: false;
    errors: LocatedError[];
};
export declare function defaultConfig(): TalklintConfig;
/** Where rule `id` of a `rules` mapping read from a config (top level, an override, a language) was written. */
export declare function ruleLocation(rules: Record<string, SeverityOrOff>, id: string): RuleLocation | undefined;
export declare function findConfigFile(startDir: string): string | null;
export declare function loadConfigFile(path: string, displayPath?: string): ConfigResult;
/** Parses config text (no file on disk needed); `baseDir` is the folder paths in it are relative to. */
export declare function parseConfig(text: string, file: string, baseDir: string): ConfigResult;
