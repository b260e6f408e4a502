/**
 * SARIF 2.1.0 (Static Analysis Results Interchange Format), for GitHub code scanning, Azure DevOps
 * and SARIF viewers. See docs/formatters.md for the mapping. In short:
 *
 * - one run; `tool.driver.rules` lists the rules that reported in this run (sorted by id; findings
 *   hidden by directives count), each with its description, help, link and default level;
 * - each finding is a result: ruleId + ruleIndex, level (error / warning / note for info), message,
 *   a physical location relative to `%SRCROOT%` (the working directory) with line/column
 *   (UTF-16 code units: `run.columnKind` says so), character offset/length and the matched words
 *   as the snippet; fixable suggestions as `fixes`; `partialFingerprints` from the finding's
 *   fingerprint (the one baselines use); speaker, turn, call id and times as properties;
 * - findings hidden by inline directives are results with `suppressions: [{kind: "inSource"}]`;
 * - files that could not be read are `toolExecutionNotifications` (and executionSuccessful false);
 *   file notices are notifications of level "note".
 */
import { pathToFileURL } from 'node:url';
import { isAbsolute, resolve } from 'node:path';
import { indentedJson, relativePosix } from './shared.js';
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const TALKLINT_INFORMATION_URI = 'https://www.npmjs.com/package/talklint';
/** The key of talklint's fingerprint in `partialFingerprints`. */
export const FINGERPRINT_KEY = 'talklintFingerprint/v1';
export const SRCROOT = '%SRCROOT%';
const LEVEL = { error: 'error', warning: 'warning', info: 'note' };
/** Descriptions of talklint's own pseudo-rules (no pack defines them). */
const BUILTIN_RULES = {
    'talklint/unused-directive': {
        short: 'An inline talklint-disable/enable directive that hid nothing.',
        full: 'Reported with --report-unused-directives: the directive (or one of its rule ids) suppressed no finding, so it can be removed.',
    },
};
function artifactLocation(filePath, cwd) {
    const rel = relativePosix(filePath, cwd);
    if (rel !== null)
        return { uri: rel.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
    if (filePath.startsWith('<'))
        return { uri: encodeURIComponent(filePath) };
    return { uri: pathToFileURL(isAbsolute(filePath) ? filePath : resolve(cwd, filePath)).href };
}
/** "t/no-slang" → "NoSlang": SARIF's `name` is a readable identifier. */
function ruleName(id) {
    const last = id.slice(id.lastIndexOf('/') + 1);
    return last.replace(/(^|[-_])(\p{L})/gu, (_, _sep, ch) => ch.toUpperCase()).replace(/[-_]/g, '');
}
function firstSentence(text) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    const m = /^(.+?[.!?。！？])(?:\s|$)/u.exec(oneLine);
    return m ? m[1] : oneLine;
}
function suggestionLines(def) {
    const out = [];
    for (const s of def.suggestions) {
        const fix = s.fixable ? ' (fixable)' : '';
        if (s.replace)
            for (const [from, to] of Object.entries(s.replace))
                out.push(`${from} → ${to}${fix}`);
        else if (s.text !== undefined)
            out.push(`${s.text}${fix}`);
    }
    return out;
}
function ruleHelp(def) {
    const suggestions = suggestionLines(def);
    const flag = def.examples.flag.map((e) => e.text);
    const pass = def.examples.pass.map((e) => e.text);
    const text = [];
    const md = [];
    if (def.rationale) {
        text.push(def.rationale.trim(), '');
        md.push(def.rationale.trim(), '');
    }
    text.push(`Message: ${def.message}`);
    md.push(`**Message:** ${def.message}`);
    if (suggestions.length > 0) {
        text.push(`Suggestions: ${suggestions.join('; ')}`);
        md.push('', '**Suggestions:**', ...suggestions.map((s) => `- ${s}`));
    }
    if (flag.length > 0) {
        text.push(`Reported: ${flag.map((t) => `"${t}"`).join('; ')}`);
        md.push('', '**Reported:**', ...flag.map((t) => `- ❌ ${t.replace(/\n/g, ' ⏎ ')}`));
    }
    if (pass.length > 0) {
        text.push(`Not reported: ${pass.map((t) => `"${t}"`).join('; ')}`);
        md.push('', '**Not reported:**', ...pass.map((t) => `- ✅ ${t.replace(/\n/g, ' ⏎ ')}`));
    }
    if (def.link) {
        text.push(`More: ${def.link}`);
        md.push('', `[More](${def.link})`);
    }
    return { text: text.join('\n'), markdown: md.join('\n') };
}
export function ruleDescriptor(id, def) {
    if (!def) {
        const builtin = BUILTIN_RULES[id];
        return {
            id,
            name: ruleName(id),
            shortDescription: { text: builtin?.short ?? id },
            ...(builtin ? { fullDescription: { text: builtin.full } } : {}),
            defaultConfiguration: { level: 'warning' },
        };
    }
    const languages = [...new Set(def.patterns.map((p) => p.lang ?? 'any'))].sort();
    const short = def.rationale ? firstSentence(def.rationale) : def.message.replace(/\{\{\s*[^}]*\}\}/g, "…");
    return {
        id,
        name: ruleName(id),
        shortDescription: { text: short },
        ...(def.rationale ? { fullDescription: { text: def.rationale.trim() } } : {}),
        help: ruleHelp(def),
        ...(def.link ? { helpUri: def.link } : {}),
        defaultConfiguration: { level: LEVEL[def.severity] },
        properties: { type: def.type, speaker: def.speaker, pack: def.pack, tags: languages },
    };
}
function region(d) {
    const r = {
        startLine: d.line,
        startColumn: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        charOffset: d.offset,
        charLength: d.endOffset - d.offset,
    };
    // The snippet is the region's text: only where the finding has a verbatim span (not for a
    // JSON/CSV turn whose words are escaped, where the region is the record's anchor point).
    if (d.matchedText !== undefined && !d.documentLevel && d.endOffset - d.offset === d.matchedText.length)
        r.snippet = { text: d.matchedText };
    return r;
}
function resultOf(d, ruleIndex, location, r) {
    const result = {
        ruleId: d.ruleId,
        ruleIndex,
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(d) } }],
    };
    const fixes = d.suggestions.filter((s) => s.fixable);
    if (fixes.length > 0) {
        result.fixes = fixes.map((s) => {
            const deleted = { charOffset: s.range[0], charLength: s.range[1] - s.range[0] };
            if (s.range[0] === d.offset && s.range[1] === d.endOffset)
                Object.assign(deleted, { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn });
            return {
                description: { text: s.desc },
                artifactChanges: [{ artifactLocation: location, replacements: [{ deletedRegion: deleted, insertedContent: { text: s.text } }] }],
            };
        });
    }
    if (d.fingerprint !== undefined)
        result.partialFingerprints = { [FINGERPRINT_KEY]: d.fingerprint };
    const props = {};
    if (d.speaker !== undefined)
        props.speaker = d.speaker;
    if (d.role !== undefined)
        props.role = d.role;
    if (d.turn !== undefined)
        props.turn = d.turn;
    if (d.callId !== undefined)
        props.callId = d.callId;
    if (d.startTime !== undefined)
        props.startTime = d.startTime;
    if (d.endTime !== undefined)
        props.endTime = d.endTime;
    if (d.documentLevel)
        props.documentLevel = true;
    const advice = d.suggestions.filter((s) => !s.fixable).map((s) => s.text);
    if (advice.length > 0)
        props.suggestions = advice;
    if (Object.keys(props).length > 0)
        result.properties = props;
    if ('suppressions' in d)
        result.suppressions = d.suppressions.map((s) => ({ kind: 'inSource', status: 'accepted', ...(s.justification ? { justification: s.justification } : {}) }));
    else if (r.baseline)
        result.baselineState = 'new';
    return result;
}
/** What a log says about the run apart from its results (one pass over the results, cheap). */
function runShell(results, ctx) {
    const ids = new Set();
    for (const r of results) {
        for (const d of r.diagnostics)
            ids.add(d.ruleId);
        for (const d of r.suppressed ?? [])
            ids.add(d.ruleId);
    }
    const ruleIds = [...ids].sort();
    const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
    const notifications = [];
    let fatal = false;
    let hidden = 0;
    let gone = 0;
    for (const r of results) {
        if (r.baseline) {
            hidden += r.baseline.hidden;
            gone += r.baseline.gone.reduce((n, g) => n + g.count, 0);
        }
        if (!r.fatal && r.notices.length === 0)
            continue;
        const location = artifactLocation(r.filePath, ctx.cwd);
        if (r.fatal) {
            fatal = true;
            const phys = { artifactLocation: location };
            if (r.fatal.line !== undefined)
                phys.region = { startLine: Math.max(1, r.fatal.line), ...(r.fatal.column !== undefined ? { startColumn: Math.max(1, r.fatal.column) } : {}) };
            notifications.push({ level: 'error', message: { text: r.fatal.message }, locations: [{ physicalLocation: phys }], descriptor: { id: 'talklint/fatal' } });
        }
        for (const n of r.notices)
            notifications.push({ level: 'note', message: { text: n }, locations: [{ physicalLocation: { artifactLocation: location } }], descriptor: { id: 'talklint/notice' } });
    }
    const root = pathToFileURL(ctx.cwd).href;
    const run = {
        tool: {
            driver: {
                name: 'talklint',
                version: ctx.version,
                semanticVersion: ctx.version,
                informationUri: TALKLINT_INFORMATION_URI,
                rules: ruleIds.map((id) => ruleDescriptor(id, ctx.rules.get(id))),
            },
        },
        invocations: [{ executionSuccessful: !fatal, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) }],
        originalUriBaseIds: { [SRCROOT]: { uri: root.endsWith('/') ? root : root + '/' } },
        columnKind: 'utf16CodeUnits',
        results: [],
    };
    if (results.some((r) => r.baseline))
        run.properties = { baseline: { hidden, gone } };
    return { run, ruleIndex };
}
/** One file's results, in the order of the log: by position, then rule id; suppressed ones included. */
function fileResults(r, ruleIndex, cwd) {
    if (r.diagnostics.length === 0 && (r.suppressed === undefined || r.suppressed.length === 0))
        return [];
    const location = artifactLocation(r.filePath, cwd);
    const all = [...r.diagnostics, ...(r.suppressed ?? [])];
    all.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId));
    return all.map((d) => resultOf(d, ruleIndex.get(d.ruleId), location, r));
}
export function sarifLog(results, ctx) {
    const { run, ruleIndex } = runShell(results, ctx);
    for (const r of results)
        for (const result of fileResults(r, ruleIndex, ctx.cwd))
            run.results.push(result);
    return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}
/** Stands for the results array in the text of the log's shell (a string no JSON value of ours is). */
const RESULTS_HOLE = '\u0000results\u0000';
/** How deep a result stands in the log, in levels of 2 spaces: `{"runs": [{"results": [ here`. */
const RESULT_LEVELS = 4;
/**
 * The log's text (`JSON.stringify(sarifLog(…), null, 2)`, byte for byte) in pieces: the shell,
 * then each file's results as they are turned into SARIF, so the results of a run over thousands
 * of files are never all SARIF objects, nor one string, at the same time (`-f sarif` over the
 * benchmark's 20,000 files held ~420 MB that way).
 */
export function* sarifChunks(results, ctx) {
    const { run, ruleIndex } = runShell(results, ctx);
    run.results = RESULTS_HOLE;
    const shell = JSON.stringify({ $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] }, null, 2) + '\n';
    // The last occurrence: only the baseline's counts follow the results in a run.
    const hole = shell.lastIndexOf(JSON.stringify(RESULTS_HOLE));
    yield shell.slice(0, hole);
    let first = true;
    for (const r of results) {
        const list = fileResults(r, ruleIndex, ctx.cwd);
        if (list.length === 0)
            continue;
        let out = '';
        for (const result of list) {
            // Inside the array, each line of a result is indented to its depth (a JSON string never holds a raw line break).
            out += (first ? '[\n' : ',\n') + indentedJson(result, RESULT_LEVELS);
            first = false;
        }
        yield out;
    }
    yield (first ? '[]' : '\n' + ' '.repeat(2 * RESULT_LEVELS - 2) + ']') + shell.slice(hole + JSON.stringify(RESULTS_HOLE).length);
}
export const sarif = {
    name: 'sarif',
    usesFingerprints: true,
    description: 'SARIF 2.1.0 JSON (GitHub code scanning, Azure DevOps, SARIF viewers)',
    format: (results, ctx) => [...sarifChunks(results, ctx)].join(''),
    formatChunks: sarifChunks,
};
