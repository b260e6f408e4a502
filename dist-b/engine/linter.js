import { ALL_ROLES, analyzeText, forNormalisedText, PhraseMatcher, ROLE_BIT, scopeRoles } from '../pattern/matcher.js';
import { RULE_KINDS } from '../rules/index.js';
import { DEFAULT_FILLERS } from '../text/fillers.js';
import { detectLanguagesOf } from '../text/language.js';
import { normalize } from '../text/normalize.js';
import { LineIndex } from '../text/positions.js';
import { tokenize } from '../text/tokenize.js';
import { MORPH_MIN_LENGTH } from '../text/morphology.js';
import { parseDocument } from '../input/index.js';
import { DEFAULT_SPEAKER_LABELS, mergeLabels } from '../input/speakers.js';
import { LANGUAGES } from '../types.js';
import { CallContext } from './call-context.js';
import { applyDirectives, readDirectives } from './directives.js';
import { addFingerprints } from './fingerprint.js';
import { applyOperators, compileOperator } from '../pattern/operators.js';
import { windowApplies } from '../rules/window.js';
import { compileConditions, recordCall } from '../scorecard/record.js';
export class Linter {
    options;
    rules;
    /** Every rule defined by the packs, including those switched off. */
    definitions;
    labels;
    matcher;
    forcedLanguages;
    operators = [];
    conditions;
    /** Rules `off` in `rules` but switched on by a language in `languageRules`. */
    languageOnlyRules = [];
    constructor(options) {
        this.options = options;
        const byId = new Map();
        for (const pack of options.packs)
            for (const rule of pack.rules)
                byId.set(rule.id, rule);
        this.definitions = [...byId.values()];
        this.labels = mergeLabels(DEFAULT_SPEAKER_LABELS, options.speakers);
        this.forcedLanguages = options.languages;
        const phrases = [];
        const regexes = [];
        const rules = [];
        let group = 0;
        const addGroup = (defs) => {
            const g = group++;
            for (const p of defs) {
                if (p.parsed)
                    phrases.push({ group: g, lang: p.lang, parsed: p.parsed });
                else if (p.regex)
                    regexes.push({ group: g, lang: p.lang, regex: forNormalisedText(p.regex) });
                else if (p.operator)
                    this.operators.push(compileOperator(p.operator, g, p.lang, addGroup, p.source));
            }
            return g;
        };
        // Group → roles of the turns it is read in (see ROLE_BIT), for the groups of rules; every other
        // group (an operator's operands, a scorecard's conditions) is tried in every turn.
        const groupRoles = new Map();
        const only = options.only ? new Set(options.only) : null;
        for (const def of this.definitions) {
            if (only && !only.has(def.id))
                continue;
            const override = options.rules?.[def.id];
            const onForALanguage = Object.values(options.languageRules ?? {}).some((r) => r?.[def.id] !== undefined && r[def.id] !== 'off');
            if (override === 'off' && !onForALanguage)
                continue;
            const kind = RULE_KINDS.get(def.type);
            if (!kind)
                continue;
            const extra = kind.patternSets ? kind.patternSets(def.options) : [];
            const all = [...def.patterns, ...extra.flat()];
            const langs = all.some((p) => p.lang === null) ? null : new Set(all.map((p) => p.lang));
            const compiled = {
                def,
                kind,
                severity: override === undefined || override === 'off' ? def.severity : override,
                patternGroup: addGroup(def.patterns),
                exceptionGroup: def.exceptions.length > 0 ? addGroup(def.exceptions) : null,
                ...(extra.length > 0 ? { extraGroups: extra.map(addGroup) } : {}),
                languages: langs,
            };
            (override === 'off' ? this.languageOnlyRules : rules).push(compiled);
            // Which turns each of the rule's groups is read in: its patterns in the rule's speaker's,
            // each extra list in the scope its kind names (every turn when it names none), its
            // exceptions wherever any of those is read.
            const scopes = kind.patternSetScopes?.(def.options, def.speaker);
            let used = scopeRoles(def.speaker);
            groupRoles.set(compiled.patternGroup, used);
            compiled.extraGroups?.forEach((g, i) => {
                const roles = scopes?.[i] !== undefined ? scopeRoles(scopes[i]) : ALL_ROLES;
                groupRoles.set(g, roles);
                used |= roles;
            });
            if (compiled.exceptionGroup !== null)
                groupRoles.set(compiled.exceptionGroup, used);
        }
        this.rules = rules;
        this.conditions = options.scorecard ? compileConditions(options.scorecard, addGroup) : null;
        const fillers = new Set();
        for (const lang of LANGUAGES)
            for (const f of DEFAULT_FILLERS[lang])
                fillers.add(normalize(f));
        for (const pack of options.packs)
            for (const list of Object.values(pack.fillers))
                for (const f of list ?? [])
                    fillers.add(normalize(f));
        const variables = {};
        for (const [name, value] of Object.entries(options.variables ?? {})) {
            const values = typeof value === 'string' ? [value] : value;
            variables[name] = values.map(literalPattern).filter((p) => p !== null);
        }
        for (const p of phrases)
            p.roles = groupRoles.get(p.group) ?? ALL_ROLES;
        for (const r of regexes)
            r.roles = groupRoles.get(r.group) ?? ALL_ROLES;
        this.matcher = new PhraseMatcher(phrases, regexes, [...fillers], variables, group);
    }
    /** The rule with its severity for a call in `languages` (languageRules), or null when it is off there. */
    inLanguages(rule, languages) {
        const rank = SEVERITY_RANK;
        const base = this.options.rules?.[rule.def.id] ?? rule.def.severity;
        let best = null;
        for (const lang of languages) {
            const s = this.options.languageRules?.[lang]?.[rule.def.id] ?? base;
            if (best === null || rank[s] > rank[best])
                best = s;
        }
        if (best === null)
            best = base;
        if (best === 'off')
            return null;
        return best === rule.severity ? rule : { ...rule, severity: best };
    }
    /** A turn normalised and matched (every pattern group's matches, and which groups have any). */
    analyzeTurn(turn, languages) {
        const text = analyzeText(normalize(turn.text));
        const hits = [];
        const groups = this.matcher.matchSparse(text, languages, ROLE_BIT[turn.role] ?? ALL_ROLES, hits);
        return { turn, text, groups, hits };
    }
    /** Parses and lints one text. */
    lintText(text, opts = {}) {
        const doc = parseDocument(text, { labels: this.labels, ...(this.options.directiveMarker !== undefined ? { directiveMarker: this.options.directiveMarker } : {}), ...(opts.filePath !== undefined ? { filePath: opts.filePath } : {}), ...(opts.format !== undefined ? { format: opts.format } : {}) });
        return this.lintDocument(doc, opts.filePath ?? '<text>');
    }
    /** Lints a parsed document (any input format). */
    lintDocument(doc, filePath) {
        const lines = new LineIndex(doc.source);
        const diagnostics = [];
        const fileLanguages = new Set();
        const notices = [...doc.notices];
        const recordCalls = this.options.calls === true || this.options.scorecard !== undefined;
        const pendingCalls = [];
        for (const call of doc.calls) {
            const languages = new Set(this.forcedLanguages ?? detectLanguagesOf(call.turns.map((t) => t.text)));
            for (const l of languages)
                fileLanguages.add(l);
            const firstDiagnostic = diagnostics.length;
            const checked = [];
            let ctx = null;
            if (languages.size > 0) {
                const turns = call.turns.map((turn) => this.analyzeTurn(turn, languages));
                if (this.operators.length > 0)
                    applyOperators(this.operators, turns, languages);
                ctx = new CallContext(call, turns, languages, doc.source, lines, diagnostics, notices);
                for (const compiled of this.languageOnlyRules.length > 0 ? [...this.rules, ...this.languageOnlyRules] : this.rules) {
                    const rule = this.options.languageRules ? this.inLanguages(compiled, languages) : compiled;
                    if (rule === null)
                        continue;
                    if (rule.languages !== null && !sharesLanguage(rule.languages, languages))
                        continue;
                    if (!windowApplies(rule, ctx) || (rule.kind.applies && !rule.kind.applies(rule, ctx)))
                        continue;
                    checked.push(rule.def.id);
                    rule.kind.check(rule, ctx);
                }
            }
            if (recordCalls)
                pendingCalls.push({ call, ctx, languages: [...languages], checked, diagnostics: diagnostics.slice(firstDiagnostic) });
        }
        diagnostics.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId));
        const directed = this.options.inlineConfig === false ? null : applyDirectives(diagnostics, readDirectives(doc.source, doc.format, lines, this.options.directiveMarker), lines, this.options.reportUnusedDirectives);
        // Per-call records and scores count the findings that remain after inline directives.
        const remaining = recordCalls ? new Set(directed ? directed.diagnostics : diagnostics) : null;
        const calls = pendingCalls.map((p) => recordCall({ ...p, diagnostics: p.diagnostics.filter((d) => remaining.has(d)), conditions: this.conditions, scorecard: this.options.scorecard }));
        if (this.options.fingerprints) {
            addFingerprints(doc, directed ? directed.diagnostics : diagnostics);
            if (directed)
                addFingerprints(doc, directed.suppressed);
        }
        return counted({
            filePath,
            diagnostics: directed ? directed.diagnostics : diagnostics,
            ...(directed && directed.suppressed.length > 0 ? { suppressed: directed.suppressed, suppressedCount: directed.suppressed.length } : {}),
            notices,
            languages: [...fileLanguages],
            kind: doc.kind,
            format: doc.format,
            source: doc.source,
            ...(recordCalls ? { calls } : {}),
            errorCount: 0,
            warningCount: 0,
            infoCount: 0,
        });
    }
}
const SEVERITY_RANK = { off: 0, info: 1, warning: 2, error: 3 };
/** Counts errors, warnings and infos into a FileResult. */
export function summarize(r) {
    return counted({ ...r, errorCount: 0, warningCount: 0, infoCount: 0 });
}
function sharesLanguage(a, b) {
    for (const l of a)
        if (b.has(l))
            return true;
    return false;
}
/** Sets the counts of a result built here (no copy: the linter's hot path). */
function counted(r) {
    for (const d of r.diagnostics) {
        if (d.severity === 'error')
            r.errorCount++;
        else if (d.severity === 'warning')
            r.warningCount++;
        else
            r.infoCount++;
    }
    return r;
}
/** A variable's value (a company name) as a phrase of its words; punctuation ignored. */
function literalPattern(value) {
    const words = tokenize(normalize(value)).text;
    if (words.length === 0)
        return null;
    const nodes = words.map((w) => ({ kind: 'word', mode: [...w].length >= MORPH_MIN_LENGTH ? 'morph' : 'exact', text: w }));
    return { source: value, anchored: false, nodes };
}
