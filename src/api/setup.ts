/**
 * From a working directory and the user's choices to a ready Linter: find and read the config,
 * apply command-line overrides, load the packs, check rule overrides name real rules, compile.
 * Every failure is returned as located errors; nothing here throws for a user's mistake.
 */
import { resolve } from 'node:path';
import { findConfigFile, loadConfigFile, defaultConfig, type TalklintConfig } from '../config/config.js';
import type { LocatedError } from '../errors.js';
import { Linter } from '../engine/linter.js';
import { loadPacks } from '../packs/load.js';
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
}

export interface Setup {
  config: TalklintConfig;
  packs: PackDef[];
  /** The linter for files that no config override applies to. */
  linter: Linter;
  /** The linter for one file (config `overrides` by glob may give a file other rules). */
  linterFor(absPath: string): Linter;
}

export type SetupResult = ({ ok: true } & Setup) | { ok: false; errors: LocatedError[] };

export function resolveConfig(opts: SetupOptions): { ok: true; config: TalklintConfig } | { ok: false; errors: LocatedError[] } {
  let config = defaultConfig();
  const file = opts.configFile !== undefined ? resolve(opts.cwd, opts.configFile) : opts.noConfig ? null : findConfigFile(opts.cwd);
  if (file !== null) {
    const loaded = loadConfigFile(file, opts.configFile ?? file);
    if (!loaded.ok) return loaded;
    config = loaded.config;
  }
  config = {
    ...config,
    packs: [...config.packs, ...(opts.packs ?? []).map((p) => (/[\\/]|\.ya?ml$/i.test(p) ? resolve(opts.cwd, p) : p))],
    rules: { ...config.rules, ...opts.rules },
    variables: { ...config.variables },
  };
  for (const [name, values] of Object.entries(opts.variables ?? {})) config.variables[name] = [...(config.variables[name] ?? []), ...values];
  if (opts.languages && opts.languages.length > 0) config.languages = [...opts.languages];
  return { ok: true, config };
}

export function setup(opts: SetupOptions): SetupResult {
  const resolved = resolveConfig(opts);
  if (!resolved.ok) return resolved;
  const { config } = resolved;
  const loaded = loadPacks(config.packs, opts.cwd);
  if (!loaded.ok) return loaded;
  const known = new Set(loaded.packs.flatMap((p) => p.rules.map((r) => r.id)));
  const errors: LocatedError[] = [];
  for (const id of Object.keys(config.rules)) {
    if (known.has(id)) continue;
    const fromConfig = config.ruleLocations[id];
    const where = fromConfig && config.file !== null ? { file: config.file, ...fromConfig } : { file: '--rule', line: 0, column: 0 };
    errors.push({ ...where, message: `unknown rule "${id}"; the loaded packs (${config.packs.join(', ')}) have no such rule (see --list-rules)` });
  }
  if (errors.length > 0) return { ok: false, errors };
  const linter = new Linter({
    packs: loaded.packs,
    rules: config.rules,
    variables: config.variables,
    speakers: config.speakers,
    ...(config.languages ? { languages: config.languages } : {}),
  });
  return { ok: true, config, packs: loaded.packs, linter, linterFor: () => linter };
}
