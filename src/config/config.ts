/**
 * The project config: talklint.config.yaml or .talklintrc.yaml, found from the working directory
 * upwards (or given with --config). Read as strictly as packs: unknown keys and wrong values are
 * errors with file:line:column (see docs/config.md; schema/talklint.config.schema.json is the same
 * contract for editors, and a test keeps the two in step).
 *
 * A config can `extends` shipped packs (by id), other config files (by path) and shared configs
 * published as npm packages (resolved from the config's folder); `overrides` give files matched
 * by globs other rules, packs, variables or languages; `languageSettings` set rule severities per
 * language of a call. Merging order, lowest first: what is extended (in list order), the file
 * itself, then (per file, in setup.ts) the matching overrides, then the command line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { isScalar, stringify, type Node, type Scalar, type YAMLMap } from 'yaml';
import type { LocatedError } from '../errors.js';
import { BUILTIN_PACKS } from '../packs/load.js';
import { asMap, MapReader, YamlFile, didYouMean, describe } from '../packs/yaml-reader.js';
import { LANGUAGES, type Language, type Role, type SeverityOrOff } from '../types.js';
import type { SpeakerLabels } from '../input/speakers.js';
import type { RecordFieldNames } from '../input/records.js';

const SPEAKER_ROLES: readonly Role[] = ['agent', 'customer', 'unknown'];
const CSV_FIELDS = ['callId', 'speaker', 'role', 'text', 'start', 'end', 'agent'] as const;

export const CONFIG_FILE_NAMES = ['talklint.config.yaml', 'talklint.config.yml', '.talklintrc.yaml', '.talklintrc.yml'] as const;
/** Keys of the config file (the JSON Schema lists the same; test/config/schema.test.ts checks). */
export const CONFIG_KEYS = ['extends', 'packs', 'rules', 'variables', 'speakers', 'languages', 'languageSettings', 'ignorePatterns', 'directiveMarker', 'overrides', 'speakerRoles', 'csv', 'scorecard'] as const;
/** Keys of one entry of `overrides`. */
export const OVERRIDE_KEYS = ['files', 'excludedFiles', 'packs', 'rules', 'variables', 'languages', 'languageSettings'] as const;
/** Keys of one language in `languageSettings`. */
export const LANGUAGE_SETTING_KEYS = ['rules'] as const;
export const SEVERITY_SETTINGS: readonly SeverityOrOff[] = ['off', 'info', 'warning', 'error'];

export interface RuleLocation {
  file: string;
  line: number;
  column: number;
}

/** Per-language settings: `languageSettings: {zh: {rules: {zh/polite-you: error}}}`. */
export type LanguageSettings = Partial<Record<Language, { rules: Record<string, SeverityOrOff> }>>;

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

export type ConfigResult = { ok: true; config: TalklintConfig } | { ok: false; errors: LocatedError[] };

export function defaultConfig(): TalklintConfig {
  return {
    file: null,
    dir: null,
    extended: [],
    packs: [...BUILTIN_PACKS],
    rules: {},
    ruleLocations: {},
    variables: {},
    speakers: {},
    languageSettings: {},
    ignorePatterns: [],
    overrides: [],
    speakerRoles: {},
    csv: {},
  };
}

const locations = new WeakMap<object, Record<string, RuleLocation>>();

/** Where rule `id` of a `rules` mapping read from a config (top level, an override, a language) was written. */
export function ruleLocation(rules: Record<string, SeverityOrOff>, id: string): RuleLocation | undefined {
  return locations.get(rules)?.[id];
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

/** What one file says, with everything it extends merged in; `packs` undefined when nothing declared packs. */
type Layer = Omit<TalklintConfig, 'file' | 'dir' | 'packs' | 'ruleLocations'> & { packs?: string[] };

function emptyLayer(): Layer {
  const rules: Record<string, SeverityOrOff> = {};
  locations.set(rules, {});
  return { extended: [], rules, variables: {}, speakers: {}, languageSettings: {}, ignorePatterns: [], overrides: [], speakerRoles: {}, csv: {} };
}

function mergeRules(into: Record<string, SeverityOrOff>, from: Record<string, SeverityOrOff>): void {
  const intoLocs = locations.get(into) ?? {};
  const fromLocs = locations.get(from) ?? {};
  for (const [id, sev] of Object.entries(from)) {
    into[id] = sev;
    if (fromLocs[id]) intoLocs[id] = fromLocs[id];
  }
  locations.set(into, intoLocs);
}

function mergeLanguageSettings(into: LanguageSettings, from: LanguageSettings): void {
  for (const lang of Object.keys(from) as Language[]) {
    const rules = into[lang]?.rules ?? newRules();
    mergeRules(rules, from[lang]!.rules);
    into[lang] = { rules };
  }
}

function newRules(): Record<string, SeverityOrOff> {
  const r: Record<string, SeverityOrOff> = {};
  locations.set(r, {});
  return r;
}

/** Merges `top` over `base` (base = what is extended, read first). */
function mergeLayer(base: Layer, top: Layer): void {
  base.extended.push(...top.extended.filter((e) => !base.extended.includes(e)));
  if (top.packs) base.packs = unique([...(base.packs ?? []), ...top.packs]);
  mergeRules(base.rules, top.rules);
  Object.assign(base.variables, top.variables);
  Object.assign(base.speakers, top.speakers);
  if (top.languages) base.languages = top.languages;
  mergeLanguageSettings(base.languageSettings, top.languageSettings);
  base.ignorePatterns = unique([...base.ignorePatterns, ...top.ignorePatterns]);
  if (top.directiveMarker !== undefined) base.directiveMarker = top.directiveMarker;
  if (top.scorecard !== undefined) base.scorecard = top.scorecard;
  base.overrides.push(...top.overrides);
  Object.assign(base.speakerRoles, top.speakerRoles);
  Object.assign(base.csv, top.csv);
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

export function loadConfigFile(path: string, displayPath = path): ConfigResult {
  const abs = resolve(path);
  const loaded = loadLayerFile(abs, displayPath, []);
  if (!loaded.ok) return loaded;
  return { ok: true, config: finish(loaded.layer, displayPath, dirname(abs)) };
}

/** Parses config text (no file on disk needed); `baseDir` is the folder paths in it are relative to. */
export function parseConfig(text: string, file: string, baseDir: string): ConfigResult {
  const loaded = parseLayer(text, file, resolve(baseDir), [resolve(baseDir, file)]);
  if (!loaded.ok) return loaded;
  return { ok: true, config: finish(loaded.layer, file, resolve(baseDir)) };
}

function finish(layer: Layer, file: string, dir: string): TalklintConfig {
  const config: TalklintConfig = {
    file,
    dir,
    extended: layer.extended,
    packs: layer.packs ?? [...BUILTIN_PACKS],
    rules: layer.rules,
    ruleLocations: locations.get(layer.rules) ?? {},
    variables: layer.variables,
    speakers: layer.speakers,
    languageSettings: layer.languageSettings,
    ignorePatterns: layer.ignorePatterns,
    overrides: layer.overrides,
    speakerRoles: layer.speakerRoles,
    csv: layer.csv,
  };
  if (layer.languages) config.languages = layer.languages;
  if (layer.directiveMarker !== undefined) config.directiveMarker = layer.directiveMarker;
  if (layer.scorecard !== undefined) config.scorecard = layer.scorecard;
  return config;
}

type LayerResult = { ok: true; layer: Layer } | { ok: false; errors: LocatedError[] };

/** `stack`: absolute paths of the files being read, outermost first (for cycles). */
function loadLayerFile(abs: string, display: string, stack: readonly string[]): LayerResult {
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    return { ok: false, errors: [{ file: display, line: 0, column: 0, message: `cannot read config: ${(e as Error).message}` }] };
  }
  return parseLayer(text, display, dirname(abs), [...stack, abs]);
}

function parseLayer(text: string, file: string, baseDir: string, stack: readonly string[]): LayerResult {
  const y = new YamlFile(file, text);
  if (y.errors.length > 0) return { ok: false, errors: y.errors };
  const layer = emptyLayer();
  if (y.root === null || (isScalar(y.root) && y.root.value === null)) return { ok: true, layer };
  const r = asMap(y, y.root, 'the config', CONFIG_KEYS);
  if (!r) return { ok: false, errors: y.errors };

  // 1. What this file extends, merged in order; this file's own settings go on top.
  const base = emptyLayer();
  const extendErrors: LocatedError[] = [];
  for (const { value, node } of r.stringList('extends') ?? []) {
    const ext = resolveExtends(y, value, node, baseDir, stack);
    if (ext === null) continue;
    if (!ext.ok) {
      extendErrors.push(...ext.errors);
      continue;
    }
    mergeLayer(base, ext.layer);
  }

  // 2. This file.
  const own = emptyLayer();
  const packs = r.stringList('packs');
  if (packs) own.packs = packRefs(y, packs, baseDir);
  const rules = r.map('rules');
  if (rules) readRules(y, rules, '"rules"', own.rules);
  const variables = r.map('variables');
  if (variables) readVariables(y, variables, own.variables);
  const speakers = r.map('speakers');
  if (speakers) {
    const sr = new MapReader(y, speakers, '"speakers"', ['agent', 'customer']);
    const agent = sr.stringList('agent');
    const customer = sr.stringList('customer');
    if (agent) own.speakers.agent = agent.map((s) => s.value);
    if (customer) own.speakers.customer = customer.map((s) => s.value);
  }
  const languages = readLanguages(r, 'languages');
  if (languages) own.languages = languages;
  const languageSettings = r.map('languageSettings');
  if (languageSettings) readLanguageSettings(y, languageSettings, '"languageSettings"', own.languageSettings);
  own.ignorePatterns = (r.stringList('ignorePatterns') ?? []).map((s) => s.value);
  const scorecard = r.string('scorecard');
  if (scorecard !== undefined) own.scorecard = scorecard === 'default' || isAbsolute(scorecard) ? scorecard : resolve(baseDir, scorecard);
  const marker = r.string('directiveMarker', { pattern: /^\S{1,8}$/, patternHint: 'a short marker without spaces, e.g. # or //' });
  if (marker !== undefined) own.directiveMarker = marker;
  const speakerRoles = r.map('speakerRoles');
  if (speakerRoles) {
    const ids = speakerRoles.items.map((p) => (isScalar(p.key) ? String(p.key.value) : ''));
    const sr = new MapReader(y, speakerRoles, '"speakerRoles"', ids);
    for (const id of sr.keys()) {
      const role = sr.oneOf(id, SPEAKER_ROLES);
      if (role !== undefined) own.speakerRoles[id] = role;
    }
  }
  const csv = r.map('csv');
  if (csv) {
    const cr = new MapReader(y, csv, '"csv"', CSV_FIELDS);
    for (const field of cr.keys() as Array<(typeof CSV_FIELDS)[number]>) {
      const name = cr.string(field);
      if (name !== undefined) own.csv[field] = name;
    }
  }
  for (const node of r.list('overrides') ?? []) {
    const o = readOverride(y, node, baseDir);
    if (o) own.overrides.push(o);
  }

  const errors = [...extendErrors, ...y.errors];
  if (errors.length > 0) return { ok: false, errors };
  mergeLayer(base, own);
  return { ok: true, layer: base };
}

function packRef(value: string, baseDir: string): string {
  return (BUILTIN_PACKS as readonly string[]).includes(value) ? value : isAbsolute(value) ? value : resolve(baseDir, value);
}

/** Pack references of a `packs` list; a path that does not exist is an error at its place. */
function packRefs(y: YamlFile, items: ReadonlyArray<{ value: string; node: Scalar }>, baseDir: string): string[] {
  const out: string[] = [];
  for (const { value, node } of items) {
    const ref = packRef(value, baseDir);
    if (ref !== value || isAbsolute(value)) {
      if (!existsSync(ref)) {
        const looksLikeId = !/[\\/.]/.test(value);
        y.error(node, `no such pack: "${value}" is neither a shipped pack (${BUILTIN_PACKS.join(', ')}) nor a file (looked for ${ref})` + (looksLikeId ? hintFor(value, BUILTIN_PACKS) : ''));
        continue;
      }
    }
    out.push(ref);
  }
  return out;
}

function readRules(y: YamlFile, node: YAMLMap, where: string, into: Record<string, SeverityOrOff>): void {
  const locs = locations.get(into) ?? {};
  locations.set(into, locs);
  for (const pair of node.items) {
    const key = pair.key as Node;
    const value = pair.value as Node | null;
    if (!isScalar(key) || typeof key.value !== 'string') {
      y.error(key, `rule ids in ${where} are texts like ru/no-slang, found ${describe(key)}`);
      continue;
    }
    const v = isScalar(value) ? String(value.value) : undefined;
    if (v === undefined || !(SEVERITY_SETTINGS as readonly string[]).includes(v)) {
      const hint = v !== undefined ? didYouMean(v, SEVERITY_SETTINGS) : null;
      y.error(value ?? key, `"${key.value}" in ${where} must be one of ${SEVERITY_SETTINGS.join(' | ')}, found ${v !== undefined ? `"${v}"` : describe(value)}` + (hint ? ` (did you mean "${hint}"?)` : ''));
      continue;
    }
    into[key.value] = v as SeverityOrOff;
    locs[key.value] = { file: y.file, ...y.position(key.range?.[0] ?? 0) };
  }
}

function readVariables(y: YamlFile, node: YAMLMap, into: Record<string, string[]>): void {
  const names = node.items.map((p) => (isScalar(p.key) ? String(p.key.value) : ''));
  const vr = new MapReader(y, node, '"variables"', names);
  for (const name of vr.keys()) {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) y.error(vr.keyNode(name), `variable names are lower-case letters, digits and _, found "${name}"`);
    into[name] = (vr.stringList(name, { nonEmpty: true }) ?? []).map((s) => s.value);
  }
}

function readLanguages(r: MapReader, key: string): Language[] | undefined {
  const list = r.stringList(key);
  if (!list) return undefined;
  const out: Language[] = [];
  for (const { value, node } of list) {
    if ((LANGUAGES as readonly string[]).includes(value)) out.push(value as Language);
    else r.y.error(node, `unknown language "${value}"; talklint knows ${LANGUAGES.join(', ')}` + hintFor(value, LANGUAGES));
  }
  return out;
}

function hintFor(value: string, options: readonly string[]): string {
  const hint = didYouMean(value, options);
  return hint ? ` (did you mean "${hint}"?)` : '';
}

function readLanguageSettings(y: YamlFile, node: YAMLMap, where: string, into: LanguageSettings): void {
  const lr = new MapReader(y, node, where, LANGUAGES);
  for (const lang of lr.keys() as Language[]) {
    const settings = asMap(y, lr.value(lang), `"${lang}" in ${where}`, LANGUAGE_SETTING_KEYS);
    if (!settings) continue;
    const rules = newRules();
    const rulesNode = settings.map('rules');
    if (rulesNode) readRules(y, rulesNode, `"rules" of "${lang}" in ${where}`, rules);
    into[lang] = { rules };
  }
}

function readOverride(y: YamlFile, node: Node, baseDir: string): ConfigOverride | null {
  const r = asMap(y, node, 'each entry of "overrides"', OVERRIDE_KEYS);
  if (!r) return null;
  const files = r.stringList('files', { required: true, nonEmpty: true });
  const o: ConfigOverride = {
    files: (files ?? []).map((f) => globOf(f.value)),
    excludedFiles: (r.stringList('excludedFiles') ?? []).map((f) => globOf(f.value)),
    packs: packRefs(y, r.stringList('packs') ?? [], baseDir),
    rules: newRules(),
    variables: {},
    languageSettings: {},
  };
  for (const f of [...(files ?? []), ...(r.stringList('excludedFiles') ?? [])]) {
    if (f.value.startsWith('../') || isAbsolute(f.value)) y.error(f.node, `globs in "overrides" are relative to the config's folder and cannot leave it, found "${f.value}"`);
  }
  const rules = r.map('rules');
  if (rules) readRules(y, rules, '"rules" of an override', o.rules);
  const variables = r.map('variables');
  if (variables) readVariables(y, variables, o.variables);
  const languages = readLanguages(r, 'languages');
  if (languages) o.languages = languages;
  const languageSettings = r.map('languageSettings');
  if (languageSettings) readLanguageSettings(y, languageSettings, '"languageSettings" of an override', o.languageSettings);
  return o;
}

/** `./scripts/sales/` → `scripts/sales/**`: a leading ./ is dropped, a folder means everything in it. */
function globOf(pattern: string): string {
  let p = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
  if (p.endsWith('/')) p += '**';
  return p;
}

/**
 * One `extends` entry: a shipped pack id (adds the pack), a config file path (relative to this
 * file's folder), or an npm package resolved from this file's folder whose main file is a config
 * (YAML/JSON) or a module exporting a config object or the path of a config file.
 * Returns null after recording an error located at `node`.
 */
function resolveExtends(y: YamlFile, ref: string, node: Scalar, baseDir: string, stack: readonly string[]): LayerResult | null {
  if ((BUILTIN_PACKS as readonly string[]).includes(ref)) {
    const layer = emptyLayer();
    layer.packs = [ref];
    layer.extended = [ref];
    return { ok: true, layer };
  }
  const displayOf = (abs: string): string => join(dirname(y.file), relative(baseDir, abs));
  const isPath = ref.startsWith('.') || isAbsolute(ref) || /\.(ya?ml|json)$/i.test(ref);
  if (isPath) {
    const abs = resolve(baseDir, ref);
    if (!existsSync(abs)) {
      y.error(node, `extends: no such config file "${ref}" (looked for ${abs})`);
      return null;
    }
    return extendFile(y, node, abs, displayOf(abs), stack);
  }
  let main: string;
  try {
    main = createRequire(join(baseDir, '__talklint_config__.js')).resolve(ref);
  } catch {
    const hint = didYouMean(ref, BUILTIN_PACKS);
    y.error(node, `extends: "${ref}" is not a shipped pack (${BUILTIN_PACKS.join(', ')}), a config file, or an npm package installed for ${baseDir}` + (hint ? ` (did you mean "${hint}"?)` : ''));
    return null;
  }
  const ext = extname(main).toLowerCase();
  if (ext === '.yaml' || ext === '.yml' || ext === '.json') return extendFile(y, node, main, displayOf(main), stack);
  let exported: unknown;
  try {
    exported = createRequire(join(baseDir, '__talklint_config__.js'))(ref) as unknown;
  } catch (e) {
    y.error(node, `extends: cannot load the npm package "${ref}" (${main}): ${(e as Error).message}`);
    return null;
  }
  if (exported !== null && typeof exported === 'object' && 'default' in exported) exported = (exported as { default: unknown }).default;
  if (typeof exported === 'string') {
    const abs = resolve(dirname(main), exported);
    if (!existsSync(abs)) {
      y.error(node, `extends: the npm package "${ref}" points to "${exported}", which does not exist`);
      return null;
    }
    return extendFile(y, node, abs, displayOf(abs), stack);
  }
  if (exported === null || typeof exported !== 'object' || Array.isArray(exported)) {
    y.error(node, `extends: the npm package "${ref}" exports ${Array.isArray(exported) ? 'a list' : typeof exported}; expected a config (an object) or the path of a config file`);
    return null;
  }
  if (stack.includes(main)) {
    y.error(node, `extends cycle: ${[...stack, main].map((s) => relative(baseDir, s) || s).join(' → ')}`);
    return null;
  }
  // A config object: read it as the YAML it corresponds to, so errors still point somewhere useful.
  return parseLayer(stringify(exported), `${displayOf(main)} (exported config, as YAML)`, dirname(main), [...stack, main]);
}

function extendFile(y: YamlFile, node: Scalar, abs: string, display: string, stack: readonly string[]): LayerResult | null {
  if (stack.includes(abs)) {
    y.error(node, `extends cycle: ${[...stack, abs].map((s) => relative(dirname(stack[0] ?? abs), s) || s).join(' → ')}`);
    return null;
  }
  const loaded = loadLayerFile(abs, display, stack);
  if (loaded.ok) loaded.layer.extended.push(abs);
  return loaded;
}
