/**
 * The project config: talklint.config.yaml or .talklintrc.yaml, found from the working directory
 * upwards (or given with --config). Read as strictly as packs: unknown keys and wrong values are
 * errors with file:line:column.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { isMap, isScalar, type Node } from 'yaml';
import type { LocatedError } from '../errors.js';
import { BUILTIN_PACKS } from '../packs/load.js';
import { asMap, MapReader, YamlFile, didYouMean, describe } from '../packs/yaml-reader.js';
import { LANGUAGES, type Language, type SeverityOrOff } from '../types.js';
import type { SpeakerLabels } from '../input/speakers.js';

export const CONFIG_FILE_NAMES = ['talklint.config.yaml', 'talklint.config.yml', '.talklintrc.yaml', '.talklintrc.yml'] as const;
const CONFIG_KEYS = ['packs', 'rules', 'variables', 'speakers', 'languages', 'ignorePatterns'] as const;
export const SEVERITY_SETTINGS: readonly SeverityOrOff[] = ['off', 'info', 'warning', 'error'];

export interface TalklintConfig {
  /** The config file, or null for the defaults. */
  file: string | null;
  /** Pack references: shipped ids or absolute paths. */
  packs: string[];
  rules: Record<string, SeverityOrOff>;
  /** Where each rule override was written, to report unknown ids at their place. */
  ruleLocations: Record<string, { line: number; column: number }>;
  variables: Record<string, string[]>;
  speakers: Partial<SpeakerLabels>;
  languages?: Language[];
  ignorePatterns: string[];
}

export type ConfigResult = { ok: true; config: TalklintConfig } | { ok: false; errors: LocatedError[] };

export function defaultConfig(): TalklintConfig {
  return { file: null, packs: [...BUILTIN_PACKS], rules: {}, ruleLocations: {}, variables: {}, speakers: {}, ignorePatterns: [] };
}

export function findConfigFile(startDir: string): string | null {
  let dir = resolve(startDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

export function loadConfigFile(path: string, displayPath = path): ConfigResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { ok: false, errors: [{ file: displayPath, line: 0, column: 0, message: `cannot read config: ${(e as Error).message}` }] };
  }
  return parseConfig(text, displayPath, dirname(resolve(path)));
}

export function parseConfig(text: string, file: string, baseDir: string): ConfigResult {
  const y = new YamlFile(file, text);
  if (y.errors.length > 0) return { ok: false, errors: y.errors };
  const config = defaultConfig();
  config.file = file;
  if (y.root === null) return { ok: true, config };
  const r = asMap(y, y.root, 'the config', CONFIG_KEYS);
  if (!r) return { ok: false, errors: y.errors };

  const packs = r.stringList('packs');
  if (packs) {
    config.packs = packs.map(({ value }) =>
      (BUILTIN_PACKS as readonly string[]).includes(value) ? value : isAbsolute(value) ? value : resolve(baseDir, value),
    );
  }
  const rules = r.map('rules');
  if (rules) {
    for (const pair of rules.items) {
      const key = pair.key as Node;
      const value = pair.value as Node | null;
      if (!isScalar(key) || typeof key.value !== 'string') {
        y.error(key, `rule ids in "rules" are texts like ru/no-slang, found ${describe(key)}`);
        continue;
      }
      const v = isScalar(value) ? String(value.value) : undefined;
      if (v === undefined || !(SEVERITY_SETTINGS as readonly string[]).includes(v)) {
        const hint = v !== undefined ? didYouMean(v, SEVERITY_SETTINGS) : null;
        y.error(value ?? key, `"${key.value}" in "rules" must be one of ${SEVERITY_SETTINGS.join(' | ')}, found ${v !== undefined ? `"${v}"` : describe(value)}` + (hint ? ` (did you mean "${hint}"?)` : ''));
        continue;
      }
      config.rules[key.value] = v as SeverityOrOff;
      config.ruleLocations[key.value] = y.position(key.range?.[0] ?? 0);
    }
  }
  const variables = r.map('variables');
  if (variables) {
    const names = variables.items.map((p) => (isScalar(p.key) ? String(p.key.value) : ''));
    const vr = new MapReader(y, variables, '"variables"', names);
    for (const name of vr.keys()) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) y.error(vr.keyNode(name), `variable names are lower-case letters, digits and _, found "${name}"`);
      config.variables[name] = (vr.stringList(name, { nonEmpty: true }) ?? []).map((s) => s.value);
    }
  }
  const speakers = r.map('speakers');
  if (speakers) {
    const sr = new MapReader(y, speakers, '"speakers"', ['agent', 'customer']);
    const agent = sr.stringList('agent');
    const customer = sr.stringList('customer');
    if (agent) config.speakers.agent = agent.map((s) => s.value);
    if (customer) config.speakers.customer = customer.map((s) => s.value);
  }
  const languages = r.stringList('languages');
  if (languages) {
    config.languages = [];
    for (const { value, node } of languages) {
      if ((LANGUAGES as readonly string[]).includes(value)) config.languages.push(value as Language);
      else y.error(node, `unknown language "${value}"; talklint knows ${LANGUAGES.join(', ')}`);
    }
  }
  config.ignorePatterns = (r.stringList('ignorePatterns') ?? []).map((s) => s.value);
  if (isMap(y.root) && y.errors.length === 0) return { ok: true, config };
  return { ok: false, errors: y.errors };
}
