/**
 * Scorecards: YAML that turns a call's diagnostics into a 0–100 score (docs/scorecards.md).
 * Loading is strict like pack loading: unknown keys, wrong types, bad globs and duplicate ids are
 * errors with file:line:column; loading returns a result and never throws for a user's mistake.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isMap, isScalar, isSeq } from 'yaml';
import { readPatternSet } from '../packs/load.js';
import { asMap, describe, MapReader, YamlFile } from '../packs/yaml-reader.js';
import { PACKAGE_ROOT } from '../package-root.js';
export const BUILTIN_SCORECARD_DIR = join(PACKAGE_ROOT, 'rules', 'scorecards');
const SCORECARD_KEYS = ['scorecard', 'description', 'sections'];
const SECTION_KEYS = ['id', 'title', 'items'];
const ITEM_KEYS = ['id', 'title', 'rules', 'weight', 'autoFail', 'na'];
const NA_KEYS = ['unlessTriggered', 'unlessHit', 'unlessSaid'];
const ID = /^[a-z0-9][a-z0-9_-]*$/;
const REF = /^[a-z0-9*?][a-z0-9_*?/-]*$/;
/**
 * Loads a scorecard from a path, a shipped scorecard name (`default`), or YAML text (anything
 * with a line break).
 */
export function loadScorecard(pathOrText, opts = {}) {
    if (pathOrText.includes('\n'))
        return parseScorecard(pathOrText, opts.displayPath ?? '<scorecard>');
    let path = resolve(opts.baseDir ?? process.cwd(), pathOrText);
    let display = opts.displayPath ?? pathOrText;
    if (!existsSync(path) && /^[a-z0-9_-]+$/.test(pathOrText)) {
        const builtin = join(BUILTIN_SCORECARD_DIR, `${pathOrText}.yaml`);
        if (existsSync(builtin)) {
            path = builtin;
            display = opts.displayPath ?? `rules/scorecards/${pathOrText}.yaml`;
        }
    }
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (e) {
        return { ok: false, errors: [{ file: display, line: 0, column: 0, message: `cannot read scorecard: ${e.message}` }] };
    }
    return parseScorecard(text, display);
}
export function parseScorecard(text, file) {
    const y = new YamlFile(file, text);
    if (y.errors.length > 0)
        return { ok: false, errors: y.errors };
    const card = readScorecard(y);
    if (y.errors.length > 0 || !card)
        return { ok: false, errors: y.errors.length > 0 ? y.errors : [{ file, line: 1, column: 1, message: 'empty scorecard' }] };
    return { ok: true, scorecard: card };
}
function readScorecard(y) {
    const r = asMap(y, y.root, 'the scorecard', SCORECARD_KEYS);
    if (!r)
        return null;
    const id = r.string('scorecard', { required: true, pattern: ID, patternHint: 'lower-case letters, digits, "-" and "_"' }) ?? '?';
    const description = r.string('description');
    const sections = [];
    const items = [];
    const said = [];
    const seenSections = new Set();
    const seenItems = new Map();
    for (const node of r.list('sections', { required: true, nonEmpty: true }) ?? []) {
        const s = asMap(y, node, 'a section of the scorecard', SECTION_KEYS);
        if (!s)
            continue;
        const sid = s.string('id', { required: true, pattern: ID, patternHint: 'lower-case letters, digits, "-" and "_"' });
        const title = s.string('title');
        if (sid !== undefined && seenSections.has(sid))
            y.error(s.value('id'), `duplicate section id "${sid}"`);
        if (sid !== undefined)
            seenSections.add(sid);
        const section = { id: sid ?? '?', ...(title !== undefined ? { title } : {}), items: [] };
        for (const itemNode of s.list('items', { required: true, nonEmpty: true }) ?? []) {
            const item = readItem(y, itemNode, section.id, said);
            if (!item)
                continue;
            const prev = seenItems.get(item.id);
            if (prev !== undefined) {
                y.error(itemNode, `duplicate item id "${item.id}" (first defined on line ${prev})`);
                continue;
            }
            seenItems.set(item.id, item.line);
            section.items.push(item);
            items.push(item);
        }
        sections.push(section);
    }
    return { id, ...(description !== undefined ? { description } : {}), file: y.file, sections, items, said };
}
function readItem(y, node, section, said) {
    const where = isMap(node) && isScalar(node.get('id', true)) ? `item "${String(node.get('id', true).value)}"` : 'an item';
    const r = asMap(y, node, where, ITEM_KEYS);
    if (!r)
        return null;
    const id = r.string('id', { required: true, pattern: ID, patternHint: 'lower-case letters, digits, "-" and "_"' });
    const title = r.string('title');
    const rules = readRefs(r, 'rules', true);
    let weight = 1;
    const w = r.value('weight');
    if (w !== undefined) {
        if (isScalar(w) && typeof w.value === 'number' && Number.isFinite(w.value) && w.value >= 0)
            weight = w.value;
        else
            y.error(w ?? r.keyNode('weight'), `"weight" in ${where} must be a number ≥ 0, found ${describe(w)}`);
    }
    const autoFail = r.bool('autoFail', false);
    let na;
    const naNode = r.map('na');
    if (naNode) {
        const n = new MapReader(y, naNode, `"na" of ${where}`, NA_KEYS);
        const given = NA_KEYS.filter((k) => n.has(k));
        if (given.length !== 1)
            y.error(naNode, `"na" of ${where} takes exactly one of: ${NA_KEYS.join(', ')}`);
        else if (given[0] === 'unlessSaid') {
            const saidNode = n.map('unlessSaid');
            if (saidNode) {
                const sr = new MapReader(y, saidNode, `"unlessSaid" of ${where}`, ['speaker', 'patterns']);
                const speaker = sr.oneOf('speaker', ['agent', 'customer', 'any'], 'any') ?? 'any';
                const patterns = readPatternSet(sr, 'patterns', true);
                if (id !== undefined && patterns.length > 0) {
                    said.push({ id, speaker, patterns });
                    na = { kind: 'unlessSaid', condition: id };
                }
            }
        }
        else {
            const refs = readRefs(n, given[0], true);
            if (refs.length > 0)
                na = { kind: given[0], rules: refs };
        }
    }
    if (id === undefined || rules.length === 0)
        return null;
    const pos = y.position(node.range?.[0] ?? 0);
    return { id, section, ...(title !== undefined ? { title } : {}), rules, weight, autoFail, ...(na ? { na } : {}), line: pos.line, column: pos.column };
}
function readRefs(r, key, required) {
    const v = r.value(key);
    if (v === undefined) {
        if (required)
            r.y.error(r.node, `${r.where}: missing "${key}" (rule ids or globs such as "ru/greeting*")`);
        return [];
    }
    const items = isSeq(v) ? v.items : [v];
    const out = [];
    for (const item of items) {
        if (!isScalar(item) || typeof item.value !== 'string' || !REF.test(item.value)) {
            r.y.error(item ?? r.keyNode(key), `"${key}" in ${r.where} lists rule ids or globs ("ru/greeting", "*/closing", "ru/greeting*"), found ${describe(item)}`);
            continue;
        }
        const pos = r.y.position(item.range?.[0] ?? 0);
        out.push({ text: item.value, regex: globToRegex(item.value), line: pos.line, column: pos.column });
    }
    if (isSeq(v) && v.items.length === 0)
        r.y.error(v, `"${key}" in ${r.where} must not be empty`);
    return out;
}
/** `*` is any run of characters (including `/`), `?` one character; everything else literal. */
export function globToRegex(glob) {
    const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    return new RegExp(`^${body}$`);
}
const refCache = new WeakMap();
/** Whether a rule id is one of the references (memoised: scoring asks the same questions per call). */
export function refMatches(refs, ruleId) {
    let cache = refCache.get(refs);
    if (!cache) {
        cache = new Map();
        refCache.set(refs, cache);
    }
    let hit = cache.get(ruleId);
    if (hit === undefined) {
        hit = refs.some((r) => r.regex.test(ruleId));
        cache.set(ruleId, hit);
    }
    return hit;
}
/**
 * Rule references of a scorecard that match none of the given rule ids (a typo), as located
 * errors; the CLI reports them before linting. A reference to a pack that is not loaded
 * (`zh/no-must` when only `ru` is) is not an error: the default scorecard covers all shipped packs.
 */
export function checkScorecardRules(scorecard, ruleIds) {
    const ids = [...ruleIds];
    const packs = new Set(ids.map((id) => id.split('/')[0]));
    const errors = [];
    for (const item of scorecard.items) {
        const refs = [...item.rules, ...(item.na && item.na.kind !== 'unlessSaid' ? item.na.rules : [])];
        for (const ref of refs) {
            const pack = ref.text.split('/')[0] ?? '';
            if (!/[*?]/.test(pack) && !packs.has(pack))
                continue;
            if (!ids.some((id) => ref.regex.test(id))) {
                errors.push({ file: scorecard.file, line: ref.line, column: ref.column, message: `"${ref.text}" in item "${item.id}" matches no loaded rule` });
            }
        }
    }
    return errors;
}
