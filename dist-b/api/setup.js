/**
 * From a working directory and the user's choices to a ready Linter: find and read the config,
 * apply command-line overrides, load the packs, check rule overrides name real rules, compile.
 * Every failure is returned as located errors; nothing here throws for a user's mistake.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { findConfigFile, loadConfigFile, defaultConfig, ruleLocation } from '../config/config.js';
import { Linter } from '../engine/linter.js';
import { checkScorecardRules, loadScorecard } from '../scorecard/definition.js';
import { loadPacksCached } from './pack-cache.js';
import { didYouMean } from '../packs/yaml-reader.js';
/** The config file's own settings (found, given with --config, or the defaults), without the command line. */
function readConfigFile(opts) {
    const file = opts.configFile !== undefined ? resolve(opts.cwd, opts.configFile) : opts.noConfig ? null : findConfigFile(opts.cwd);
    if (file === null)
        return { ok: true, config: defaultConfig() };
    return loadConfigFile(file, opts.configFile ?? file);
}
function cliPacks(opts) {
    return (opts.packs ?? []).map((p) => (/[\\/]|\.ya?ml$/i.test(p) ? resolve(opts.cwd, p) : p));
}
/** The config with the command line applied (--pack, --rule, --var, --lang): what files without overrides get. */
export function resolveConfig(opts) {
    const read = readConfigFile(opts);
    if (!read.ok)
        return read;
    return { ok: true, config: withCommandLine(read.config, opts) };
}
function withCommandLine(fileConfig, opts) {
    const config = {
        ...fileConfig,
        packs: unique([...fileConfig.packs, ...cliPacks(opts)]),
        rules: { ...fileConfig.rules, ...opts.rules },
        variables: { ...fileConfig.variables },
    };
    for (const [name, values] of Object.entries(opts.variables ?? {}))
        config.variables[name] = [...(config.variables[name] ?? []), ...values];
    if (opts.languages && opts.languages.length > 0)
        config.languages = [...opts.languages];
    return config;
}
function unique(items) {
    return [...new Set(items)];
}
/** Per-language severities: the config's, then the overrides', minus rules set on the command line (--rule wins everywhere). */
function languageRules(settings, cliRules) {
    const out = {};
    for (const s of settings) {
        for (const lang of Object.keys(s)) {
            const rules = (out[lang] ??= {});
            for (const [id, sev] of Object.entries(s[lang].rules))
                if (cliRules[id] === undefined)
                    rules[id] = sev;
        }
    }
    return Object.keys(out).length > 0 ? out : undefined;
}
export function setup(opts) {
    const read = readConfigFile(opts);
    if (!read.ok)
        return read;
    const fileConfig = read.config;
    const config = withCommandLine(fileConfig, opts);
    const cliRules = opts.rules ?? {};
    // Every pack any file may need, loaded (and validated) once, up front: errors surface before linting.
    const packCache = new Map();
    const errors = [];
    const packsFor = (refs) => {
        const missing = refs.filter((r) => !packCache.has(r));
        if (missing.length > 0) {
            const loaded = loadPacksCached(missing, opts.cwd);
            if (!loaded.ok)
                errors.push(...loaded.errors);
            else
                missing.forEach((ref, i) => packCache.set(ref, loaded.packs[i]));
        }
        return refs.map((r) => packCache.get(r)).filter((p) => p !== undefined);
    };
    const basePacks = packsFor(config.packs);
    for (const o of config.overrides)
        packsFor(o.packs);
    if (errors.length > 0)
        return { ok: false, errors };
    // Rule ids in `rules`, in overrides and in languageSettings must name real rules.
    const known = new Set([...packCache.values()].flatMap((p) => p.rules.map((r) => r.id)));
    const allPacks = [...new Set(config.packs.concat(config.overrides.flatMap((o) => o.packs)))];
    const check = (rules, fromCli) => {
        for (const id of Object.keys(rules)) {
            if (known.has(id))
                continue;
            const loc = fromCli ? undefined : ruleLocation(rules, id);
            const where = loc ?? { file: '--rule', line: 0, column: 0 };
            const hint = didYouMean(id, [...known]);
            errors.push({ ...where, message: `unknown rule "${id}"; the loaded packs (${allPacks.join(', ')}) have no such rule` + (hint ? ` (did you mean "${hint}"?)` : ' (see --list-rules)') });
        }
    };
    check(fileConfig.rules, false);
    check(cliRules, true);
    for (const lang of Object.values(fileConfig.languageSettings))
        check(lang.rules, false);
    for (const o of config.overrides) {
        check(o.rules, false);
        for (const lang of Object.values(o.languageSettings))
            check(lang.rules, false);
    }
    if (errors.length > 0)
        return { ok: false, errors };
    // The scorecard, loaded once and checked against every rule the packs define (docs/scorecards.md).
    let scorecard;
    const scorecardRef = opts.scorecard ?? config.scorecard;
    if (scorecardRef !== undefined) {
        const card = loadScorecard(scorecardRef, { baseDir: opts.cwd });
        if (!card.ok)
            return { ok: false, errors: card.errors };
        const unknownRefs = checkScorecardRules(card.scorecard, known);
        if (unknownRefs.length > 0)
            return { ok: false, errors: unknownRefs };
        scorecard = card.scorecard;
    }
    const common = {
        speakers: config.speakers,
        ...(scorecard ? { scorecard } : {}),
        ...(config.directiveMarker !== undefined ? { directiveMarker: config.directiveMarker } : {}),
        ...opts.linterOptions,
    };
    const baseLanguageRules = languageRules([fileConfig.languageSettings], cliRules);
    const linter = new Linter({
        ...common,
        packs: basePacks,
        rules: config.rules,
        variables: config.variables,
        ...(config.languages ? { languages: config.languages } : {}),
        ...(baseLanguageRules ? { languageRules: baseLanguageRules } : {}),
    });
    /** The linter for a set of matching overrides (indexes into config.overrides, in order). */
    const linterWith = (matched) => {
        const overrides = matched.map((i) => config.overrides[i]);
        const packs = unique([...fileConfig.packs, ...overrides.flatMap((o) => o.packs), ...cliPacks(opts)]);
        const rules = { ...fileConfig.rules };
        const variables = { ...fileConfig.variables };
        let languages = fileConfig.languages;
        for (const o of overrides) {
            Object.assign(rules, o.rules);
            Object.assign(variables, o.variables);
            if (o.languages)
                languages = o.languages;
        }
        Object.assign(rules, cliRules);
        for (const [name, values] of Object.entries(opts.variables ?? {}))
            variables[name] = [...(variables[name] ?? []), ...values];
        if (opts.languages && opts.languages.length > 0)
            languages = [...opts.languages];
        const langRules = languageRules([fileConfig.languageSettings, ...overrides.map((o) => o.languageSettings)], cliRules);
        return new Linter({
            ...common,
            packs: packsFor(packs),
            rules,
            variables,
            ...(languages ? { languages } : {}),
            ...(langRules ? { languageRules: langRules } : {}),
        });
    };
    const matchers = config.overrides.map((o) => {
        // A glob without "/" matches a file name at any depth ("*.md"), as in ESLint's overrides.
        const globs = (list) => list.map((g) => (g.includes('/') ? g : `**/${g}`));
        const include = picomatch(globs(o.files), { dot: true });
        const exclude = o.excludedFiles.length > 0 ? picomatch(globs(o.excludedFiles), { dot: true }) : () => false;
        return (rel) => include(rel) && !exclude(rel);
    });
    const byKey = new Map([['', linter]]);
    const baseDir = config.dir ?? resolve(opts.cwd);
    const linterFor = (absPath) => {
        if (matchers.length === 0)
            return linter;
        const rel = relative(baseDir, resolve(absPath)).split(sep).join('/');
        if (rel === '' || rel.startsWith('../') || isAbsolute(rel))
            return linter;
        const matched = matchers.flatMap((m, i) => (m(rel) ? [i] : []));
        const key = matched.join(',');
        let l = byKey.get(key);
        if (!l) {
            l = linterWith(matched);
            byKey.set(key, l);
        }
        return l;
    };
    return { ok: true, config, packs: basePacks, linter, linterFor, ruleIds: () => known, ...(scorecard ? { scorecard } : {}) };
}
