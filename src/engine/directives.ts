/**
 * Inline directives: comments in a script that switch rules off for a part of it, as ESLint's
 * `eslint-disable` comments do (see docs/directives.md).
 *
 *   <!-- talklint-disable ru/no-slang -- quoting a customer -->      (Markdown: an HTML comment)
 *   # talklint-disable-next-line ru/*, en/no-slang -- legal text      (plain text: a line comment)
 *
 * Kinds: `talklint-disable` / `talklint-enable` (from the comment on, until the matching enable),
 * `talklint-disable-line` (the comment's line), `talklint-disable-next-line` (the line after the
 * comment). Rule ids are comma-separated, `*` and `?` glob (`ru/*`); none = every rule. Text after
 * ` -- ` is the reason, reported as the suppression's justification.
 *
 * Directives are read from the original source: Markdown comments are blanked before linting, and
 * plain-text directive comments are blanked by the parser (`blankPlainDirectives`) so they are
 * never linted as speech. Other input formats (JSON, CSV, subtitles) have no directives.
 */
import type { LineIndex } from '../text/positions.js';
import type { Diagnostic, Severity, SuppressedDiagnostic } from '../types.js';

export const DIRECTIVE_KINDS = ['disable', 'enable', 'disable-line', 'disable-next-line'] as const;
export type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];
export const DEFAULT_DIRECTIVE_MARKER = '#';
export const UNUSED_DIRECTIVE_RULE = 'talklint/unused-directive';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids or globs as written; empty = every rule. */
  rules: string[];
  /** The text after ` -- `, or ''. */
  reason: string;
  /** The whole comment, as written. */
  text: string;
  /** 0-based [offset, endOffset) of the comment in the source. */
  offset: number;
  endOffset: number;
  /** 1-based line of the comment's start and end. */
  line: number;
  endLine: number;
}

export interface DirectiveSpan {
  /** 0-based [start, end) of the comment (marker to end of line, `\r` excluded). */
  start: number;
  end: number;
  /** Offset of the start of the comment's line. */
  lineStart: number;
  /** True when nothing but blanks precedes the comment on its line. */
  wholeLine: boolean;
  kind: DirectiveKind;
  /** What follows the kind: " ids -- reason". */
  rest: string;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const markerRegexes = new Map<string, RegExp>();

/** The plain-text directive comment regex for a marker (`#`, `//`, `;`…): the marker then `talklint-<kind>`, to the end of the line. */
function plainDirectiveRegex(marker: string): RegExp {
  let re = markerRegexes.get(marker);
  if (!re) {
    re = new RegExp(`(?<=^|[ \\t])${escapeRegex(marker)}[ \\t]*talklint-(disable-next-line|disable-line|disable|enable)(?![\\p{L}\\p{N}_-])([^\\n\\r]*)`, 'gmu');
    markerRegexes.set(marker, re);
  }
  return re;
}

/** Plain-text directive comments of `text` (a comment may follow speech on its line). */
export function plainDirectiveSpans(text: string, marker: string): DirectiveSpan[] {
  if (marker === '' || !text.includes('talklint-')) return [];
  const re = plainDirectiveRegex(marker);
  const out: DirectiveSpan[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      lineStart,
      wholeLine: text.slice(lineStart, m.index).trim() === '',
      kind: m[1] as DirectiveKind,
      rest: m[2]!,
    });
  }
  return out;
}

/**
 * Blanks plain-text directive comments with spaces (offsets kept) and returns the start offsets of
 * the lines that held nothing but a directive: the parser treats those as absent (neither speech
 * nor a paragraph break).
 */
export function blankPlainDirectives(text: string, marker: string): { text: string; directiveLines: Set<number> } {
  const spans = plainDirectiveSpans(text, marker);
  const directiveLines = new Set<number>();
  if (spans.length === 0) return { text, directiveLines };
  let out = '';
  let last = 0;
  for (const s of spans) {
    out += text.slice(last, s.start) + ' '.repeat(s.end - s.start);
    last = s.end;
    if (s.wholeLine) directiveLines.add(s.lineStart);
  }
  return { text: out + text.slice(last), directiveLines };
}

/** Splits " ru/a, ru/b -- reason" into rule patterns and the reason. */
export function parseDirectiveBody(rest: string): { rules: string[]; reason: string } {
  const sep = /(?:^|\s)--(?:\s|$)/.exec(rest);
  const ids = sep ? rest.slice(0, sep.index) : rest;
  const reason = sep ? rest.slice(sep.index + sep[0].length).trim() : '';
  return { rules: ids.split(/[\s,]+/).filter(Boolean), reason };
}

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

/** Markdown with front matter, fenced code and inline code blanked: comments shown as code are not directives. */
function markdownWithoutCode(source: string): string {
  let text = source.replace(/^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?=\r?\n|$)/, blank);
  text = text.replace(/^([ \t]{0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]{0,3}\2[ \t]*$|(?![\s\S]))/gm, blank);
  return text.replace(/(`+)[^`\n][\s\S]*?\1/g, blank);
}

const MARKDOWN_DIRECTIVE = /^\s*talklint-(disable-next-line|disable-line|disable|enable)(?![\p{L}\p{N}_-])([\s\S]*?)\s*$/u;

/**
 * The directives of a document: HTML comments in Markdown, `marker` line comments in plain text,
 * none in other formats. Sorted by position.
 */
export function readDirectives(source: string, format: string, lines: LineIndex, marker: string = DEFAULT_DIRECTIVE_MARKER): Directive[] {
  if (!source.includes('talklint-')) return [];
  const out: Directive[] = [];
  const add = (kind: DirectiveKind, rest: string, offset: number, endOffset: number): void => {
    const { rules, reason } = parseDirectiveBody(rest);
    out.push({ kind, rules, reason, text: source.slice(offset, endOffset), offset, endOffset, line: lines.locate(offset).line, endLine: lines.locate(endOffset).line });
  };
  if (format === 'markdown') {
    const scan = markdownWithoutCode(source);
    const re = /<!--([\s\S]*?)-->/g;
    for (let m = re.exec(scan); m !== null; m = re.exec(scan)) {
      const d = MARKDOWN_DIRECTIVE.exec(m[1]!);
      if (d) add(d[1] as DirectiveKind, d[2]!, m.index, m.index + m[0].length);
    }
  } else if (format === 'text') {
    for (const s of plainDirectiveSpans(source, marker)) add(s.kind, s.rest, s.start, s.end);
  }
  return out;
}

const globCache = new Map<string, RegExp>();

/** Whether a directive's rule pattern (an id or a glob: `*` any characters, `?` one) names a rule id. */
export function ruleMatches(pattern: string, ruleId: string): boolean {
  if (!/[*?]/.test(pattern)) return pattern === ruleId;
  let re = globCache.get(pattern);
  if (!re) {
    re = new RegExp('^' + pattern.split('').map((c) => (c === '*' ? '.*' : c === '?' ? '.' : escapeRegex(c))).join('') + '$', 's');
    globCache.set(pattern, re);
  }
  return re.test(ruleId);
}

export interface DirectiveResult {
  /** The findings left, plus unused-directive reports, sorted by position. */
  diagnostics: Diagnostic[];
  /** The findings the directives hid. */
  suppressed: SuppressedDiagnostic[];
}

interface Usage {
  directive: Directive;
  /** Patterns of the directive that hid something ('' stands for "every rule"). */
  used: Set<string>;
}

/**
 * Applies directives to a file's diagnostics. `reportUnused` (off by default) turns each directive
 * that hid nothing (or each of its rule ids that hid nothing; an enable with nothing to re-enable)
 * into a `talklint/unused-directive` diagnostic of that severity.
 */
export function applyDirectives(diagnostics: readonly Diagnostic[], directives: readonly Directive[], lines: LineIndex, reportUnused: Severity | 'off' = 'off'): DirectiveResult {
  if (directives.length === 0) return { diagnostics: [...diagnostics], suppressed: [] };
  const usage = new Map<Directive, Usage>(directives.map((d) => [d, { directive: d, used: new Set<string>() }]));
  const blocks = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  const kept: Diagnostic[] = [];
  const suppressed: SuppressedDiagnostic[] = [];

  for (const d of diagnostics) {
    let by: { directive: Directive; pattern: string } | null = null;
    // Line directives first: they are the most specific.
    for (const dir of directives) {
      const target = dir.kind === 'disable-line' ? dir.line : dir.kind === 'disable-next-line' ? dir.endLine + 1 : -1;
      if (target !== d.line) continue;
      const pattern = dir.rules.length === 0 ? '' : dir.rules.find((p) => ruleMatches(p, d.ruleId));
      if (pattern !== undefined) {
        by = { directive: dir, pattern };
        break;
      }
    }
    if (!by) {
      for (const dir of blocks) {
        if (dir.offset > d.offset) break;
        const pattern = dir.rules.length === 0 ? '' : dir.rules.find((p) => ruleMatches(p, d.ruleId));
        if (pattern === undefined) continue;
        by = dir.kind === 'disable' ? { directive: dir, pattern } : null;
      }
    }
    if (!by) {
      kept.push(d);
      continue;
    }
    usage.get(by.directive)!.used.add(by.pattern);
    suppressed.push({ ...d, suppressions: [{ kind: 'directive', justification: by.directive.reason }] });
  }

  if (reportUnused !== 'off') {
    for (const dir of directives) {
      const message = dir.kind === 'enable' ? unusedEnable(dir, blocks) : unusedDisable(dir, usage.get(dir)!.used);
      if (message === null) continue;
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

function quoteList(ids: readonly string[]): string {
  return ids.map((id) => `"${id}"`).join(', ');
}

function unusedDisable(dir: Directive, used: ReadonlySet<string>): string | null {
  if (dir.rules.length === 0) return used.size > 0 ? null : `Unused talklint-${dir.kind} directive (no problems were reported)`;
  const unused = dir.rules.filter((p) => !used.has(p));
  if (unused.length === 0) return null;
  return `Unused talklint-${dir.kind} directive (no problems were reported from ${quoteList(unused)})`;
}

/** An enable is unused when, at its place, no earlier disable is in force for what it names. */
function unusedEnable(dir: Directive, blocks: readonly Directive[]): string | null {
  // Replay the block directives before this one: which disables are still in force?
  let all: Directive | null = null;
  let active: string[] = [];
  for (const b of blocks) {
    if (b === dir) break;
    if (b.kind === 'disable') {
      if (b.rules.length === 0) all = b;
      else active.push(...b.rules);
    } else if (b.rules.length === 0) {
      all = null;
      active = [];
    } else active = active.filter((p) => !b.rules.some((q) => q === p || ruleMatches(q, p)));
  }
  if (dir.rules.length === 0) return all !== null || active.length > 0 ? null : 'Unused talklint-enable directive (no talklint-disable directive is in force here)';
  if (all !== null) return null;
  const unused = dir.rules.filter((q) => !active.some((p) => q === p || ruleMatches(q, p) || ruleMatches(p, q)));
  return unused.length === 0 ? null : `Unused talklint-enable directive (no talklint-disable directive is in force here for ${quoteList(unused)})`;
}
