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
export declare const DIRECTIVE_KINDS: readonly ["disable", "enable", "disable-line", "disable-next-line"];
export type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];
export declare const DEFAULT_DIRECTIVE_MARKER = "#";
export declare const UNUSED_DIRECTIVE_RULE = "talklint/unused-directive";
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
/** Plain-text directive comments of `text` (a comment may follow speech on its line). */
export declare function plainDirectiveSpans(text: string, marker: string): DirectiveSpan[];
/**
 * Blanks plain-text directive comments with spaces (offsets kept) and returns the start offsets of
 * the lines that held nothing but a directive: the parser treats those as absent (neither speech
 * nor a paragraph break).
 */
export declare function blankPlainDirectives(text: string, marker: string): {
    text: string;
    directiveLines: Set<number>;
};
/** Splits " ru/a, ru/b -- reason" into rule patterns and the reason. */
export declare function parseDirectiveBody(rest: string): {
    rules: string[];
    reason: string;
};
/**
 * The directives of a document: HTML comments in Markdown, `marker` line comments in plain text,
 * none in other formats. Sorted by position.
 */
export declare function readDirectives(source: string, format: string, lines: LineIndex, marker?: string): Directive[];
/** Whether a directive's rule pattern (an id or a glob: `*` any characters, `?` one) names a rule id. */
export declare function ruleMatches(pattern: string, ruleId: string): boolean;
export interface DirectiveResult {
    /** The findings left, plus unused-directive reports, sorted by position. */
    diagnostics: Diagnostic[];
    /** The findings the directives hid. */
    suppressed: SuppressedDiagnostic[];
}
/**
 * Applies directives to a file's diagnostics. `reportUnused` (off by default) turns each directive
 * that hid nothing (or each of its rule ids that hid nothing; an enable with nothing to re-enable)
 * into a `talklint/unused-directive` diagnostic of that severity.
 *
 * One sweep in offset order: line directives are looked up by line; block directives update the
 * state of each rule id present in the file as the sweep passes them.
 */
export declare function applyDirectives(diagnostics: readonly Diagnostic[], directives: readonly Directive[], lines: LineIndex, reportUnused?: Severity | 'off'): DirectiveResult;
