import { type TalklintConfig } from '../config/config.js';
import type { LocatedError } from '../errors.js';
import { Linter, type LinterOptions } from '../engine/linter.js';
import { type Scorecard } from '../scorecard/definition.js';
import type { PackDef } from '../packs/definition.js';
import type { Language, SeverityOrOff } from '../types.js';
export interface SetupOptions {
    cwd: string;
    /** An explicit config file (--config); otherwise one is searched from `cwd` upwards. */
    configFile?: string;
    /** Do not look for a config file (--no-config). */
    noConfig?: boolean;
    /** Packs added after the config's (--pack), shipped ids or paths relative to cwd. */
    packs?: readonly string[];
    /** Severity overrides applied after the config's (--rule). */
    rules?: Readonly<Record<string, SeverityOrOff>>;
    /** Languages to check as, instead of detecting them (--lang). */
    languages?: readonly Language[];
    /** Variables added to the config's (--var name=value). */
    variables?: Readonly<Record<string, readonly string[]>>;
    /** Inline directives and fingerprints (--no-inline-config, --report-unused-directives, baselines/SARIF). */
    linterOptions?: Pick<LinterOptions, 'inlineConfig' | 'reportUnusedDirectives' | 'fingerprints' | 'calls'>;
    /** Score every call with this scorecard (--scorecard): a YAML file relative to cwd, or a shipped name (`default`). */
    scorecard?: string;
}
export interface Setup {
    config: TalklintConfig;
    /** The packs of the base linter (config packs, then --pack). */
    packs: PackDef[];
    /** The linter for files that no config override applies to. */
    linter: Linter;
    /**
     * The linter for one file: config `overrides` whose globs match the file (relative to the
     * config's folder) give it other rules, packs, variables or languages. One Linter per distinct
     * set of matching overrides, compiled on first use and reused (compile once, match many).
     */
    linterFor(absPath: string): Linter;
    /** Every rule id of every pack the config can load (base packs and override packs). */
    ruleIds(): ReadonlySet<string>;
    /** The scorecard calls are scored with (--scorecard or the config's `scorecard`), if any. */
    scorecard?: Scorecard;
}
export type SetupResult = ({
    ok: true;
} & Setup) | {
    ok: false;
    errors: LocatedError[];
};
type ConfigFileResult = {
    ok: true;
    config: TalklintConfig;
} | {
    ok: false;
    errors: LocatedError[];
};
/** The config with the command line applied (--pack, --rule, --var, --lang): what files without overrides get. */
export declare function resolveConfig(opts: SetupOptions): ConfigFileResult;
export declare function setup(opts: SetupOptions): SetupResult;
export {};
