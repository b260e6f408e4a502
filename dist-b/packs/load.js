/**
 * Loading rule packs: YAML → validated PackDef. Strict: unknown keys, wrong types, invalid
 * patterns, duplicate ids and empty pattern lists are errors with file:line:column. Loading
 * returns a result; it never throws for a user's mistake.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { isMap, isScalar, isSeq } from 'yaml';
import { parsePattern, PatternSyntaxError, slotNames } from '../pattern/parse.js';
import { RULE_KINDS } from '../rules/index.js';
import { readWindow } from '../rules/window.js';
import { isOperatorNode, readOperatorPattern } from '../pattern/operators.js';
import { LANGUAGES } from '../types.js';
import { asMap, describe, MapReader, scalarOffset, YamlFile } from './yaml-reader.js';
import { PACKAGE_ROOT } from '../package-root.js';
const PACK_KEYS = ['pack', 'description', 'languages', 'fillers', 'rules'];
const COMMON_RULE_KEYS = [
    'id', 'type', 'severity', 'message', 'rationale', 'link', 'source', 'speaker',
    'patterns', 'exceptions', 'suggestions', 'examples', 'within',
];
const SEVERITIES = ['error', 'warning', 'info'];
const SCOPES = ['agent', 'customer', 'any'];
const PACK_ID = /^[a-z0-9][a-z0-9_-]*$/;
const RULE_ID = /^[a-z0-9][a-z0-9_-]*\/[a-z0-9][a-z0-9-]*$/;
/** The folder of shipped packs (rules/ at the package root). */
export const BUILTIN_PACK_DIR = join(PACKAGE_ROOT, 'rules');
export const BUILTIN_PACKS = ['ru', 'zh', 'en'];
/** Resolves a pack reference: a shipped pack id, or a path (relative to `baseDir`). */
export function resolvePackRef(ref, baseDir) {
    if (BUILTIN_PACKS.includes(ref))
        return { path: join(BUILTIN_PACK_DIR, `${ref}.yaml`), builtin: true };
    const path = isAbsolute(ref) ? ref : resolve(baseDir, ref);
    return existsSync(path) ? { path, builtin: false } : null;
}
export function loadPackFile(path, opts = {}) {
    const display = opts.displayPath ?? path;
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (e) {
        return { ok: false, errors: [{ file: display, line: 0, column: 0, message: `cannot read pack: ${e.message}` }] };
    }
    return parsePack(text, display, opts.builtin ?? false);
}
/** Loads packs in order; a rule id defined again by a later pack replaces the earlier rule. */
export function loadPacks(refs, baseDir = process.cwd()) {
    const errors = [];
    const packs = [];
    for (const ref of refs) {
        const resolved = resolvePackRef(ref, baseDir);
        if (!resolved) {
            errors.push({ file: ref, line: 0, column: 0, message: `no such pack: "${ref}" is neither a shipped pack (${BUILTIN_PACKS.join(', ')}) nor a file` });
            continue;
        }
        const r = loadPackFile(resolved.path, { builtin: resolved.builtin, displayPath: resolved.builtin ? `rules/${ref}.yaml` : ref });
        if (r.ok)
            packs.push(r.pack);
        else
            errors.push(...r.errors);
    }
    return errors.length > 0 ? { ok: false, errors } : { ok: true, packs };
}
export function parsePack(text, file, builtin = false) {
    const y = new YamlFile(file, text);
    if (y.errors.length > 0)
        return { ok: false, errors: y.errors };
    const pack = readPack(y, builtin);
    if (y.errors.length > 0 || !pack)
        return { ok: false, errors: y.errors.length > 0 ? y.errors : [{ file, line: 1, column: 1, message: 'empty pack' }] };
    return { ok: true, pack };
}
function readPack(y, builtin) {
    const r = asMap(y, y.root, 'the pack', PACK_KEYS);
    if (!r)
        return null;
    const id = r.string('pack', { required: true, pattern: PACK_ID, patternHint: 'lower-case letters, digits, "-" and "_"' }) ?? '?';
    const languages = readLanguages(r);
    const fillers = {};
    const fillerMap = r.map('fillers');
    if (fillerMap) {
        const fr = new MapReader(y, fillerMap, `"fillers" of pack "${id}"`, LANGUAGES);
        for (const lang of fr.keys())
            fillers[lang] = (fr.stringList(lang) ?? []).map((s) => s.value);
    }
    const rules = [];
    const seen = new Map();
    for (const node of r.list('rules', { required: true, nonEmpty: true }) ?? []) {
        const rule = readRule(y, node, id);
        if (!rule)
            continue;
        const prev = seen.get(rule.id);
        if (prev !== undefined) {
            y.error(node, `duplicate rule id "${rule.id}" (first defined on line ${prev}); to change a shipped rule, define it in your own pack`);
            continue;
        }
        seen.set(rule.id, rule.line);
        rules.push(rule);
    }
    const description = r.string('description');
    return { id, ...(description !== undefined ? { description } : {}), languages, fillers, rules, file: y.file, builtin };
}
function readLanguages(r) {
    const items = r.stringList('languages') ?? [];
    const out = [];
    for (const { value, node } of items) {
        if (LANGUAGES.includes(value))
            out.push(value);
        else
            r.y.error(node, `unknown language "${value}"; talklint knows ${LANGUAGES.join(', ')}`);
    }
    return out;
}
function readRule(y, node, packId) {
    if (!isMap(node)) {
        y.error(node, `each rule must be a mapping with id, type, severity, message…, found ${describe(node)}`);
        return null;
    }
    // Read id and type first: the allowed keys depend on the type.
    const idNode = node.get('id', true);
    const rawId = isScalar(idNode) && typeof idNode.value === 'string' ? idNode.value : undefined;
    const typeNode = node.get('type', true);
    const rawType = isScalar(typeNode) && typeof typeNode.value === 'string' ? typeNode.value : undefined;
    const kind = rawType !== undefined ? RULE_KINDS.get(rawType) : undefined;
    const where = rawId ? `rule "${rawId}"` : 'a rule';
    const r = new MapReader(y, node, where, [...COMMON_RULE_KEYS, ...(kind?.optionKeys ?? allOptionKeys())]);
    const id = r.string('id', { required: true, pattern: RULE_ID, patternHint: 'written "<pack>/<name>", lower-case, e.g. acme/no-slang' });
    if (id !== undefined && !id.startsWith(`${packId}/`)) {
        r.y.error(r.value('id'), `rule id "${id}" must start with its pack id: "${packId}/…"`);
    }
    const type = r.oneOf('type', [...RULE_KINDS.keys()]);
    const severity = r.oneOf('severity', SEVERITIES);
    const message = r.string('message', { required: true });
    const speaker = r.oneOf('speaker', SCOPES, 'agent') ?? 'agent';
    const patterns = readPatternSet(r, 'patterns', kind?.needsPatterns ?? true);
    const exceptions = readPatternSet(r, 'exceptions', false);
    const suggestions = readSuggestions(r);
    const examples = readExamples(r);
    const options = kind ? kind.readOptions(r) : {};
    // `within` is common to every type; a type that reads it itself (required) keeps it in its options.
    const within = kind?.optionKeys.includes('within') ? options.within : readWindow(r);
    if (message !== undefined && kind)
        checkPlaceholders(r, message, kind.placeholders, patterns);
    if (!id || !kind || !severity || message === undefined)
        return null;
    const optional = (key) => {
        const v = r.string(key);
        return v !== undefined ? { [key]: v } : {};
    };
    return {
        id,
        type: type ?? kind.type,
        severity,
        message,
        ...optional('rationale'),
        ...optional('link'),
        ...optional('source'),
        speaker,
        patterns,
        exceptions,
        suggestions,
        examples,
        options,
        ...(within ? { within } : {}),
        pack: packId,
        file: y.file,
        line: y.position(node.range?.[0] ?? 0).line,
    };
}
function allOptionKeys() {
    return [...new Set([...RULE_KINDS.values()].flatMap((k) => k.optionKeys))];
}
/** `patterns:` is either a list (any language) or a mapping language → list. */
export function readPatternSet(r, key, required) {
    const node = r.value(key);
    if (node === undefined) {
        if (required)
            r.y.error(r.node, `${r.where}: missing "${key}" (phrases per language, e.g. ru: ["не знаю"])`);
        return [];
    }
    const out = [];
    if (isSeq(node)) {
        if (node.items.length === 0)
            r.y.error(node, `"${key}" in ${r.where} must not be empty`);
        for (const item of node.items)
            readPattern(r, item, null, key, out);
        return out;
    }
    if (!isMap(node)) {
        r.y.error(node ?? r.keyNode(key), `"${key}" in ${r.where} must map languages to lists of phrases (ru: [...], zh: [...]), found ${describe(node)}`);
        return out;
    }
    const langs = new MapReader(r.y, node, `"${key}" of ${r.where}`, LANGUAGES);
    for (const lang of langs.keys()) {
        const items = langs.list(lang, { nonEmpty: true });
        for (const item of items ?? [])
            readPattern(r, item, lang, key, out);
    }
    if (out.length === 0 && langs.keys().length === 0)
        r.y.error(node, `"${key}" in ${r.where} has no phrases`);
    return out;
}
function readPattern(r, item, lang, key, out) {
    if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number')) {
        const source = String(item.value);
        try {
            out.push({ lang, source, parsed: parsePattern(source) });
        }
        catch (e) {
            if (!(e instanceof PatternSyntaxError))
                throw e;
            r.y.errorAt(scalarOffset(item, e.index), `invalid pattern "${source}" in ${r.where}: ${e.message}`);
        }
        return;
    }
    if (isOperatorNode(item)) {
        const def = readOperatorPattern(r, item, lang, (leaf) => {
            const one = [];
            readPattern(r, leaf, lang, key, one);
            return one[0] ?? null;
        });
        if (def)
            out.push(def);
        return;
    }
    if (isMap(item)) {
        const m = new MapReader(r.y, item, `a pattern of ${r.where}`, ['regex']);
        const source = m.string('regex', { required: true });
        if (source === undefined)
            return;
        try {
            const named = /\(\?<[^=!]/.test(source);
            out.push({ lang, source, regex: new RegExp(source, named ? 'giud' : 'giu') });
        }
        catch (e) {
            r.y.error(m.value('regex'), `invalid regular expression in ${r.where}: ${e.message}`);
        }
        return;
    }
    r.y.error(item, `items of "${key}" in ${r.where} must be phrases, {regex: "…"} or operators ({near: …}, {allOf: …}, …), found ${describe(item)}`);
}
function readSuggestions(r) {
    const out = [];
    for (const item of r.list('suggestions') ?? []) {
        if (isScalar(item) && typeof item.value === 'string') {
            out.push({ text: item.value, fixable: false });
            continue;
        }
        if (!isMap(item)) {
            r.y.error(item, `each suggestion of ${r.where} must be a text or {text, fixable}, found ${describe(item)}`);
            continue;
        }
        const s = new MapReader(r.y, item, `a suggestion of ${r.where}`, ['text', 'fixable', 'replace']);
        const text = s.string('text');
        const fixable = s.bool('fixable', false);
        const replaceNode = s.map('replace');
        let replace;
        if (replaceNode) {
            replace = {};
            for (const pair of replaceNode.items) {
                const k = pair.key;
                const v = pair.value;
                if (isScalar(k) && isScalar(v) && typeof v.value === 'string')
                    replace[String(k.value).toLowerCase().replace(/ё/g, 'е')] = v.value;
                else
                    r.y.error(k, `"replace" of ${r.where} maps matched text to a replacement text`);
            }
        }
        if (text === undefined && replace === undefined) {
            r.y.error(item, `a suggestion of ${r.where} needs "text" or "replace"`);
            continue;
        }
        if (text !== undefined && replace !== undefined)
            r.y.error(item, `a suggestion of ${r.where} takes "text" or "replace", not both`);
        out.push({ ...(text !== undefined ? { text } : {}), ...(replace ? { replace } : {}), fixable });
    }
    return out;
}
function readExamples(r) {
    const result = { flag: [], pass: [] };
    const node = r.map('examples');
    if (!node)
        return result;
    const ex = new MapReader(r.y, node, `"examples" of ${r.where}`, ['flag', 'pass']);
    for (const which of ['flag', 'pass']) {
        for (const item of ex.list(which) ?? []) {
            const line = r.y.position(item.range?.[0] ?? 0).line;
            if (isScalar(item) && typeof item.value === 'string') {
                result[which].push({ text: item.value, line });
                continue;
            }
            const e = isMap(item) ? new MapReader(r.y, item, `an example of ${r.where}`, ['text', 'match', 'suggestion', 'variables', 'lang']) : null;
            if (!e) {
                r.y.error(item, `each example of ${r.where} must be a text or {text, match, …}, found ${describe(item)}`);
                continue;
            }
            const text = e.string('text', { required: true });
            if (text === undefined)
                continue;
            const def = { text, line };
            const match = e.string('match');
            if (match !== undefined)
                def.match = match;
            const suggestion = e.string('suggestion');
            if (suggestion !== undefined)
                def.suggestion = suggestion;
            const lang = e.oneOf('lang', LANGUAGES, 'ru');
            if (e.has('lang') && lang)
                def.lang = lang;
            const vars = e.map('variables');
            if (vars) {
                def.variables = {};
                const vr = new MapReader(r.y, vars, `"variables" of an example of ${r.where}`, vars.items.map((p) => String(p.key.value)));
                for (const k of vr.keys())
                    def.variables[k] = (vr.stringList(k) ?? []).map((s) => s.value);
            }
            result[which].push(def);
        }
    }
    return result;
}
function checkPlaceholders(r, message, extra, patterns) {
    const known = new Set(['match', 'suggestion', ...extra]);
    for (const p of patterns)
        if (p.parsed)
            for (const s of slotNames(p.parsed.nodes))
                known.add(s);
    for (const m of message.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
        if (!known.has(m[1])) {
            const node = r.value('message');
            r.y.errorAt(scalarOffset(node, m.index ?? 0), `unknown placeholder {{${m[1]}}} in the message of ${r.where}; known: ${[...known].map((k) => `{{${k}}}`).join(', ')}`);
        }
    }
}
