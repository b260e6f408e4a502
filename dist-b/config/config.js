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
import { isScalar, stringify } from 'yaml';
import { BUILTIN_PACKS } from '../packs/load.js';
import { asMap, MapReader, YamlFile, didYouMean, describe } from '../packs/yaml-reader.js';
import { LANGUAGES } from '../types.js';
const SPEAKER_ROLES = ['agent', 'customer', 'unknown'];
const CSV_FIELDS = ['callId', 'speaker', 'role', 'text', 'start', 'end', 'agent'];
export const CONFIG_FILE_NAMES = ['talklint.config.yaml', 'talklint.config.yml', '.talklintrc.yaml', '.talklintrc.yml'];
/** Keys of the config file (the JSON Schema lists the same; test/config/schema.test.ts checks). */
export const CONFIG_KEYS = ['extends', 'packs', 'rules', 'variables', 'speakers', 'languages', 'languageSettings', 'ignorePatterns', 'directiveMarker', 'overrides', 'speakerRoles', 'csv', 'scorecard'];
/** Keys of one entry of `overrides`. */
export const OVERRIDE_KEYS = ['files', 'excludedFiles', 'packs', 'rules', 'variables', 'languages', 'languageSettings'];
/** Keys of one language in `languageSettings`. */
export const LANGUAGE_SETTING_KEYS = ['rules'];
export const SEVERITY_SETTINGS = ['off', 'info', 'warning', 'error'];
export function defaultConfig() {
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
const locations = new WeakMap();
/** Where rule `id` of a `rules` mapping read from a config (top level, an override, a language) was written. */
export function ruleLocation(rules, id) {
    return locations.get(rules)?.[id];
}
export function findConfigFile(startDir) {
    let dir = resolve(startDir);
    for (;;) {
        for (const name of CONFIG_FILE_NAMES) {
            const candidate = join(dir, name);
            if (existsSync(candidate))
                return candidate;
        }
        const parent = dirname(dir);
        if (parent === dir)
            return null;
        dir = parent;
    }
}
function emptyLayer() {
    const rules = {};
    locations.set(rules, {});
    return { extended: [], rules, variables: {}, speakers: {}, languageSettings: {}, ignorePatterns: [], overrides: [], speakerRoles: {}, csv: {} };
}
function mergeRules(into, from) {
    const intoLocs = locations.get(into) ?? {};
    const fromLocs = locations.get(from) ?? {};
    for (const [id, sev] of Object.entries(from)) {
        into[id] = sev;
        if (fromLocs[id])
            intoLocs[id] = fromLocs[id];
    }
    locations.set(into, intoLocs);
}
function mergeLanguageSettings(into, from) {
    for (const lang of Object.keys(from)) {
        const rules = into[lang]?.rules ?? newRules();
        mergeRules(rules, from[lang].rules);
        into[lang] = { rules };
    }
}
function newRules() {
    const r = {};
    locations.set(r, {});
    return r;
}
/** Merges `top` over `base` (base = what is extended, read first). */
function mergeLayer(base, top) {
    base.extended.push(...top.extended.filter((e) => !base.extended.includes(e)));
    if (top.packs)
        base.packs = unique([...(base.packs ?? []), ...top.packs]);
    mergeRules(base.rules, top.rules);
    Object.assign(base.variables, top.variables);
    Object.assign(base.speakers, top.speakers);
    if (top.languages)
        base.languages = top.languages;
    mergeLanguageSettings(base.languageSettings, top.languageSettings);
    base.ignorePatterns = unique([...base.ignorePatterns, ...top.ignorePatterns]);
    if (top.directiveMarker !== undefined)
        base.directiveMarker = top.directiveMarker;
    if (top.scorecard !== undefined)
        base.scorecard = top.scorecard;
    base.overrides.push(...top.overrides);
    Object.assign(base.speakerRoles, top.speakerRoles);
    Object.assign(base.csv, top.csv);
}
function unique(items) {
    return [...new Set(items)];
}
export function loadConfigFile(path, displayPath = path) {
    const abs = resolve(path);
    const loaded = loadLayerFile(abs, displayPath, []);
    if (!loaded.ok)
        return loaded;
    return { ok: true, config: finish(loaded.layer, displayPath, dirname(abs)) };
}
/** Parses config text (no file on disk needed); `baseDir` is the folder paths in it are relative to. */
export function parseConfig(text, file, baseDir) {
    const loaded = parseLayer(text, file, resolve(baseDir), [resolve(baseDir, file)]);
    if (!loaded.ok)
        return loaded;
    return { ok: true, config: finish(loaded.layer, file, resolve(baseDir)) };
}
function finish(layer, file, dir) {
    const config = {
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
    if (layer.languages)
        config.languages = layer.languages;
    if (layer.directiveMarker !== undefined)
        config.directiveMarker = layer.directiveMarker;
    if (layer.scorecard !== undefined)
        config.scorecard = layer.scorecard;
    return config;
}
/** `stack`: absolute paths of the files being read, outermost first (for cycles). */
function loadLayerFile(abs, display, stack) {
    let text;
    try {
        text = readFileSync(abs, 'utf8');
    }
    catch (e) {
        return { ok: false, errors: [{ file: display, line: 0, column: 0, message: `cannot read config: ${e.message}` }] };
    }
    return parseLayer(text, display, dirname(abs), [...stack, abs]);
}
function parseLayer(text, file, baseDir, stack) {
    const y = new YamlFile(file, text);
    if (y.errors.length > 0)
        return { ok: false, errors: y.errors };
    const layer = emptyLayer();
    if (y.root === null || (isScalar(y.root) && y.root.value === null))
        return { ok: true, layer };
    const r = asMap(y, y.root, 'the config', CONFIG_KEYS);
    if (!r)
        return { ok: false, errors: y.errors };
    // 1. What this file extends, merged in order; this file's own settings go on top.
    const base = emptyLayer();
    const extendErrors = [];
    for (const { value, node } of r.stringList('extends') ?? []) {
        const ext = resolveExtends(y, value, node, baseDir, stack);
        if (ext === null)
            continue;
        if (!ext.ok) {
            extendErrors.push(...ext.errors);
            continue;
        }
        mergeLayer(base, ext.layer);
    }
    // 2. This file.
    const own = emptyLayer();
    const packs = r.stringList('packs');
    if (packs)
        own.packs = packRefs(y, packs, baseDir);
    const rules = r.map('rules');
    if (rules)
        readRules(y, rules, '"rules"', own.rules);
    const variables = r.map('variables');
    if (variables)
        readVariables(y, variables, own.variables);
    const speakers = r.map('speakers');
    if (speakers) {
        const sr = new MapReader(y, speakers, '"speakers"', ['agent', 'customer']);
        const agent = sr.stringList('agent');
        const customer = sr.stringList('customer');
        if (agent)
            own.speakers.agent = agent.map((s) => s.value);
        if (customer)
            own.speakers.customer = customer.map((s) => s.value);
    }
    const languages = readLanguages(r, 'languages');
    if (languages)
        own.languages = languages;
    const languageSettings = r.map('languageSettings');
    if (languageSettings)
        readLanguageSettings(y, languageSettings, '"languageSettings"', own.languageSettings);
    own.ignorePatterns = (r.stringList('ignorePatterns') ?? []).map((s) => s.value);
    const scorecard = r.string('scorecard');
    if (scorecard !== undefined)
        own.scorecard = scorecard === 'default' || isAbsolute(scorecard) ? scorecard : resolve(baseDir, scorecard);
    const marker = r.string('directiveMarker', { pattern: /^\S{1,8}$/, patternHint: 'a short marker without spaces, e.g. # or //' });
    if (marker !== undefined)
        own.directiveMarker = marker;
    const speakerRoles = r.map('speakerRoles');
    if (speakerRoles) {
        const ids = speakerRoles.items.map((p) => (isScalar(p.key) ? String(p.key.value) : ''));
        const sr = new MapReader(y, speakerRoles, '"speakerRoles"', ids);
        for (const id of sr.keys()) {
            const role = sr.oneOf(id, SPEAKER_ROLES);
            if (role !== undefined)
                own.speakerRoles[id] = role;
        }
    }
    const csv = r.map('csv');
    if (csv) {
        const cr = new MapReader(y, csv, '"csv"', CSV_FIELDS);
        for (const field of cr.keys()) {
            const name = cr.string(field);
            if (name !== undefined)
                own.csv[field] = name;
        }
    }
    for (const node of r.list('overrides') ?? []) {
        const o = readOverride(y, node, baseDir);
        if (o)
            own.overrides.push(o);
    }
    const errors = [...extendErrors, ...y.errors];
    if (errors.length > 0)
        return { ok: false, errors };
    mergeLayer(base, own);
    return { ok: true, layer: base };
}
function packRef(value, baseDir) {
    return BUILTIN_PACKS.includes(value) ? value : isAbsolute(value) ? value : resolve(baseDir, value);
}
/** Pack references of a `packs` list; a path that does not exist is an error at its place. */
function packRefs(y, items, baseDir) {
    const out = [];
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
function readRules(y, node, where, into) {
    const locs = locations.get(into) ?? {};
    locations.set(into, locs);
    for (const pair of node.items) {
        const key = pair.key;
        const value = pair.value;
        if (!isScalar(key) || typeof key.value !== 'string') {
            y.error(key, `rule ids in ${where} are texts like ru/no-slang, found ${describe(key)}`);
            continue;
        }
        const v = isScalar(value) ? String(value.value) : undefined;
        if (v === undefined || !SEVERITY_SETTINGS.includes(v)) {
            const hint = v !== undefined ? didYouMean(v, SEVERITY_SETTINGS) : null;
            y.error(value ?? key, `"${key.value}" in ${where} must be one of ${SEVERITY_SETTINGS.join(' | ')}, found ${v !== undefined ? `"${v}"` : describe(value)}` + (hint ? ` (did you mean "${hint}"?)` : ''));
            continue;
        }
        into[key.value] = v;
        locs[key.value] = { file: y.file, ...y.position(key.range?.[0] ?? 0) };
    }
}
function readVariables(y, node, into) {
    const names = node.items.map((p) => (isScalar(p.key) ? String(p.key.value) : ''));
    const vr = new MapReader(y, node, '"variables"', names);
    for (const name of vr.keys()) {
        if (!/^[a-z_][a-z0-9_]*$/.test(name))
            y.error(vr.keyNode(name), `variable names are lower-case letters, digits and _, found "${name}"`);
        into[name] = (vr.stringList(name, { nonEmpty: true }) ?? []).map((s) => s.value);
    }
}
function readLanguages(r, key) {
    const list = r.stringList(key);
    if (!list)
        return undefined;
    const out = [];
    for (const { value, node } of list) {
        if (LANGUAGES.includes(value))
            out.push(value);
        else
            r.y.error(node, `unknown language "${value}"; talklint knows ${LANGUAGES.join(', ')}` + hintFor(value, LANGUAGES));
    }
    return out;
}
function hintFor(value, options) {
    const hint = didYouMean(value, options);
    return hint ? ` (did you mean "${hint}"?)` : '';
}
function readLanguageSettings(y, node, where, into) {
    const lr = new MapReader(y, node, where, LANGUAGES);
    for (const lang of lr.keys()) {
        const settings = asMap(y, lr.value(lang), `"${lang}" in ${where}`, LANGUAGE_SETTING_KEYS);
        if (!settings)
            continue;
        const rules = newRules();
        const rulesNode = settings.map('rules');
        if (rulesNode)
            readRules(y, rulesNode, `"rules" of "${lang}" in ${where}`, rules);
        into[lang] = { rules };
    }
}
function readOverride(y, node, baseDir) {
    const r = asMap(y, node, 'each entry of "overrides"', OVERRIDE_KEYS);
    if (!r)
        return null;
    const files = r.stringList('files', { required: true, nonEmpty: true });
    const o = {
        files: (files ?? []).map((f) => globOf(f.value)),
        excludedFiles: (r.stringList('excludedFiles') ?? []).map((f) => globOf(f.value)),
        packs: packRefs(y, r.stringList('packs') ?? [], baseDir),
        rules: newRules(),
        variables: {},
        languageSettings: {},
    };
    for (const f of [...(files ?? []), ...(r.stringList('excludedFiles') ?? [])]) {
        if (f.value.startsWith('../') || isAbsolute(f.value))
            y.error(f.node, `globs in "overrides" are relative to the config's folder and cannot leave it, found "${f.value}"`);
    }
    const rules = r.map('rules');
    if (rules)
        readRules(y, rules, '"rules" of an override', o.rules);
    const variables = r.map('variables');
    if (variables)
        readVariables(y, variables, o.variables);
    const languages = readLanguages(r, 'languages');
    if (languages)
        o.languages = languages;
    const languageSettings = r.map('languageSettings');
    if (languageSettings)
        readLanguageSettings(y, languageSettings, '"languageSettings" of an override', o.languageSettings);
    return o;
}
/** `./scripts/sales/` → `scripts/sales/**`: a leading ./ is dropped, a folder means everything in it. */
function globOf(pattern) {
    let p = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
    if (p.endsWith('/'))
        p += '**';
    return p;
}
/**
 * One `extends` entry: a shipped pack id (adds the pack), a config file path (relative to this
 * file's folder), or an npm package resolved from this file's folder whose main file is a config
 * (YAML/JSON) or a module exporting a config object or the path of a config file.
 * Returns null after recording an error located at `node`.
 */
function resolveExtends(y, ref, node, baseDir, stack) {
    if (BUILTIN_PACKS.includes(ref)) {
        const layer = emptyLayer();
        layer.packs = [ref];
        layer.extended = [ref];
        return { ok: true, layer };
    }
    const displayOf = (abs) => join(dirname(y.file), relative(baseDir, abs));
    const isPath = ref.startsWith('.') || isAbsolute(ref) || /\.(ya?ml|json)$/i.test(ref);
    if (isPath) {
        const abs = resolve(baseDir, ref);
        if (!existsSync(abs)) {
            y.error(node, `extends: no such config file "${ref}" (looked for ${abs})`);
            return null;
        }
        return extendFile(y, node, abs, displayOf(abs), stack);
    }
    let main;
    try {
        main = createRequire(join(baseDir, '__talklint_config__.js')).resolve(ref);
    }
    catch {
        const hint = didYouMean(ref, BUILTIN_PACKS);
        y.error(node, `extends: "${ref}" is not a shipped pack (${BUILTIN_PACKS.join(', ')}), a config file, or an npm package installed for ${baseDir}` + (hint ? ` (did you mean "${hint}"?)` : ''));
        return null;
    }
    const ext = extname(main).toLowerCase();
    if (ext === '.yaml' || ext === '.yml' || ext === '.json')
        return extendFile(y, node, main, displayOf(main), stack);
    let exported;
    try {
        exported = createRequire(join(baseDir, '__talklint_config__.js'))(ref);
    }
    catch (e) {
        y.error(node, `extends: cannot load the npm package "${ref}" (${main}): ${e.message}`);
        return null;
    }
    if (exported !== null && typeof exported === 'object' && 'default' in exported)
        exported = exported.default;
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
function extendFile(y, node, abs, display, stack) {
    if (stack.includes(abs)) {
        y.error(node, `extends cycle: ${[...stack, abs].map((s) => relative(dirname(stack[0] ?? abs), s) || s).join(' → ')}`);
        return null;
    }
    const loaded = loadLayerFile(abs, display, stack);
    if (loaded.ok)
        loaded.layer.extended.push(abs);
    return loaded;
}
