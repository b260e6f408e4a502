export const DIRECTIVE_KINDS = ['disable', 'enable', 'disable-line', 'disable-next-line'];
export const DEFAULT_DIRECTIVE_MARKER = '#';
export const UNUSED_DIRECTIVE_RULE = 'talklint/unused-directive';
function escapeRegex(s) {
    return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
const markerRegexes = new Map();
/** The plain-text directive comment regex for a marker (`#`, `//`, `;`…): the marker then `talklint-<kind>`, to the end of the line. */
function plainDirectiveRegex(marker) {
    let re = markerRegexes.get(marker);
    if (!re) {
        re = new RegExp(`(?<=^|[ \\t])${escapeRegex(marker)}[ \\t]*talklint-(disable-next-line|disable-line|disable|enable)(?![\\p{L}\\p{N}_-])([^\\n\\r]*)`, 'gmu');
        markerRegexes.set(marker, re);
    }
    return re;
}
/** Plain-text directive comments of `text` (a comment may follow speech on its line). */
export function plainDirectiveSpans(text, marker) {
    if (marker === '' || !text.includes('talklint-'))
        return [];
    const re = plainDirectiveRegex(marker);
    const out = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
        out.push({
            start: m.index,
            end: m.index + m[0].length,
            lineStart,
            wholeLine: text.slice(lineStart, m.index).trim() === '',
            kind: m[1],
            rest: m[2],
        });
    }
    return out;
}
/**
 * Blanks plain-text directive comments with spaces (offsets kept) and returns the start offsets of
 * the lines that held nothing but a directive: the parser treats those as absent (neither speech
 * nor a paragraph break).
 */
export function blankPlainDirectives(text, marker) {
    const spans = plainDirectiveSpans(text, marker);
    const directiveLines = new Set();
    if (spans.length === 0)
        return { text, directiveLines };
    let out = '';
    let last = 0;
    for (const s of spans) {
        out += text.slice(last, s.start) + ' '.repeat(s.end - s.start);
        last = s.end;
        if (s.wholeLine)
            directiveLines.add(s.lineStart);
    }
    return { text: out + text.slice(last), directiveLines };
}
/** Splits " ru/a, ru/b -- reason" into rule patterns and the reason. */
export function parseDirectiveBody(rest) {
    const sep = /(?:^|\s)--(?:\s|$)/.exec(rest);
    const ids = sep ? rest.slice(0, sep.index) : rest;
    const reason = sep ? rest.slice(sep.index + sep[0].length).trim() : '';
    return { rules: ids.split(/[\s,]+/).filter(Boolean), reason };
}
function blank(s) {
    return s.replace(/[^\n]/g, ' ');
}
/** Markdown with front matter, fenced code and inline code blanked: comments shown as code are not directives. */
function markdownWithoutCode(source) {
    let text = source.replace(/^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?=\r?\n|$)/, blank);
    text = text.replace(/^([ \t]{0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]{0,3}\2[ \t]*$|(?![\s\S]))/gm, blank);
    return text.replace(/(`+)[^`\n][\s\S]*?\1/g, blank);
}
const MARKDOWN_DIRECTIVE = /^\s*talklint-(disable-next-line|disable-line|disable|enable)(?![\p{L}\p{N}_-])([\s\S]*?)\s*$/u;
/**
 * The directives of a document: HTML comments in Markdown, `marker` line comments in plain text,
 * none in other formats. Sorted by position.
 */
export function readDirectives(source, format, lines, marker = DEFAULT_DIRECTIVE_MARKER) {
    if (!source.includes('talklint-'))
        return [];
    const out = [];
    const add = (kind, rest, offset, endOffset) => {
        const { rules, reason } = parseDirectiveBody(rest);
        out.push({ kind, rules, reason, text: source.slice(offset, endOffset), offset, endOffset, line: lines.locate(offset).line, endLine: lines.locate(endOffset).line });
    };
    if (format === 'markdown') {
        const scan = markdownWithoutCode(source);
        const re = /<!--([\s\S]*?)-->/g;
        for (let m = re.exec(scan); m !== null; m = re.exec(scan)) {
            const d = MARKDOWN_DIRECTIVE.exec(m[1]);
            if (d)
                add(d[1], d[2], m.index, m.index + m[0].length);
        }
    }
    else if (format === 'text') {
        for (const s of plainDirectiveSpans(source, marker))
            add(s.kind, s.rest, s.start, s.end);
    }
    return out;
}
const globCache = new Map();
/** Whether a directive's rule pattern (an id or a glob: `*` any characters, `?` one) names a rule id. */
export function ruleMatches(pattern, ruleId) {
    if (!/[*?]/.test(pattern))
        return pattern === ruleId;
    let re = globCache.get(pattern);
    if (!re) {
        re = new RegExp('^' + pattern.split('').map((c) => (c === '*' ? '.*' : c === '?' ? '.' : escapeRegex(c))).join('') + '$', 's');
        globCache.set(pattern, re);
    }
    return re.test(ruleId);
}
/** The pattern of `dir` that names `ruleId` ('' when it names every rule), or undefined. */
function patternFor(dir, ruleId) {
    return dir.rules.length === 0 ? '' : dir.rules.find((p) => ruleMatches(p, ruleId));
}
/**
 * Applies directives to a file's diagnostics. `reportUnused` (off by default) turns each directive
 * that hid nothing (or each of its rule ids that hid nothing; an enable with nothing to re-enable)
 * into a `talklint/unused-directive` diagnostic of that severity.
 *
 * One sweep in offset order: line directives are looked up by line; block directives update the
 * state of each rule id present in the file as the sweep passes them.
 */
export function applyDirectives(diagnostics, directives, lines, reportUnused = 'off') {
    if (directives.length === 0)
        return { diagnostics: [...diagnostics], suppressed: [] };
    const usage = new Map(directives.map((d) => [d, { directive: d, used: new Set() }]));
    const blocks = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.offset - b.offset);
    const byLine = new Map();
    for (const dir of directives) {
        const target = dir.kind === 'disable-line' ? dir.line : dir.kind === 'disable-next-line' ? dir.endLine + 1 : -1;
        if (target === -1)
            continue;
        let list = byLine.get(target);
        if (!list)
            byLine.set(target, (list = []));
        list.push(dir);
    }
    const state = new Map();
    for (const d of diagnostics)
        state.set(d.ruleId, null);
    const order = diagnostics.map((_, i) => i).sort((a, b) => diagnostics[a].offset - diagnostics[b].offset || a - b);
    const hiders = new Array(diagnostics.length).fill(null);
    let next = 0;
    for (const i of order) {
        const d = diagnostics[i];
        for (; next < blocks.length && blocks[next].offset <= d.offset; next++) {
            const dir = blocks[next];
            for (const ruleId of state.keys()) {
                const pattern = patternFor(dir, ruleId);
                if (pattern !== undefined)
                    state.set(ruleId, dir.kind === 'disable' ? { directive: dir, pattern } : null);
            }
        }
        // Line directives first: they are the most specific.
        let by = null;
        for (const dir of byLine.get(d.line) ?? []) {
            const pattern = patternFor(dir, d.ruleId);
            if (pattern !== undefined) {
                by = { directive: dir, pattern };
                break;
            }
        }
        hiders[i] = by ?? state.get(d.ruleId) ?? null;
    }
    const kept = [];
    const suppressed = [];
    diagnostics.forEach((d, i) => {
        const by = hiders[i];
        if (!by) {
            kept.push(d);
            return;
        }
        usage.get(by.directive).used.add(by.pattern);
        suppressed.push({ ...d, suppressions: [{ kind: 'directive', justification: by.directive.reason }] });
    });
    if (reportUnused !== 'off') {
        const enables = unusedEnables(blocks);
        for (const dir of directives) {
            const message = dir.kind === 'enable' ? (enables.get(dir) ?? null) : unusedDisable(dir, usage.get(dir).used);
            if (message === null)
                continue;
            const start = lines.locate(dir.offset);
            const end = lines.locate(dir.endOffset);
            kept.push({
                ruleId: UNUSED_DIRECTIVE_RULE,
                severity: reportUnused,
                message,
                line: start.line,
                column: start.column,
                endLine: end.line,
                endColumn: end.column,
                offset: dir.offset,
                endOffset: dir.endOffset,
                matchedText: dir.text,
                suggestions: [],
            });
        }
        kept.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId));
    }
    return { diagnostics: kept, suppressed };
}
function quoteList(ids) {
    return ids.map((id) => `"${id}"`).join(', ');
}
function unusedDisable(dir, used) {
    if (dir.rules.length === 0)
        return used.size > 0 ? null : `Unused talklint-${dir.kind} directive (no problems were reported)`;
    const unused = dir.rules.filter((p) => !used.has(p));
    if (unused.length === 0)
        return null;
    return `Unused talklint-${dir.kind} directive (no problems were reported from ${quoteList(unused)})`;
}
/**
 * The message for each enable directive that re-enables nothing: at its place, no earlier disable
 * is in force for what it names. One sweep over the block directives (sorted by offset).
 */
function unusedEnables(blocks) {
    const out = new Map();
    let all = false;
    let active = [];
    for (const b of blocks) {
        if (b.kind === 'disable') {
            if (b.rules.length === 0)
                all = true;
            else
                active.push(...b.rules);
            continue;
        }
        if (b.rules.length === 0) {
            out.set(b, all || active.length > 0 ? null : 'Unused talklint-enable directive (no talklint-disable directive is in force here)');
            all = false;
            active = [];
            continue;
        }
        const unused = all ? [] : b.rules.filter((q) => !active.some((p) => q === p || ruleMatches(q, p) || ruleMatches(p, q)));
        out.set(b, unused.length === 0 ? null : `Unused talklint-enable directive (no talklint-disable directive is in force here for ${quoteList(unused)})`);
        active = active.filter((p) => !b.rules.some((q) => q === p || ruleMatches(q, p)));
    }
    return out;
}
