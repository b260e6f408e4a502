/**
 * The default, human format: findings grouped by file, each with its place, severity, message
 * and rule id, who said it (speaker, turn, time), a code frame with the words underlined, and the
 * suggested wording. Colours only when the context says so (NO_COLOR / FORCE_COLOR / TTY).
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type stringWidthOf from 'string-width';
import type { Diagnostic, FileResult } from '../types.js';
import type { Formatter, FormatterContext, FormatterStream } from './index.js';
import { streamAll } from './shared.js';

/**
 * string-width, loaded only when a code frame needs it: it builds an Intl.Segmenter when it is
 * imported, 10–15 ms of every run of the command line (measured), and most frames are Cyrillic
 * and Latin text that ONE_COLUMN measures without it. The library's entry (src/index.ts) loads it
 * when imported; the command line awaits `stylish.prepare` before the report.
 */
let stringWidth: typeof stringWidthOf | null = null;
let loading: Promise<void> | null = null;

export function loadStringWidth(): Promise<void> {
  return (loading ??= import('string-width').then((m) => {
    stringWidth = m.default;
  }));
}

/**
 * Text each of whose characters is one column wide and a grapheme of its own, as string-width
 * measures them (test/formatters/stylish-width.test.ts compares every code point of the class,
 * and pairs of them, with string-width): printable ASCII and Latin-1 but the soft hyphen and
 * © ® (emoji to string-width), Latin Extended, IPA, spacing modifiers, Greek, Cyrillic but its
 * combining marks, and the ellipsis a clipped frame adds.
 */
const ONE = '\\u0020-\\u007e\\u00a0-\\u00a8\\u00aa-\\u00ac\\u00af-\\u02ff\\u0370-\\u0377\\u037a-\\u037f\\u0384-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u0482\\u048a-\\u052f\\u2026';
export const ONE_COLUMN = new RegExp(`^[${ONE}]*$`);

// Chinese frames: CJK ideographs, kana, CJK punctuation and full-width forms are two columns to
// string-width, each a grapheme of its own (the combining marks U+302A–302F and U+3099–309A are
// left out), and the dashes, quotes and bullets of U+2010–2027 one. Text of those and ONE_COLUMN
// is measured without string-width as well (test/formatters/stylish-width.test.ts checks every
// character of both classes and pairs of them against string-width): string-width's Intl.Segmenter took ~3 %
// of a --jobs 1 stylish run over the bench corpus, a third of whose calls are Chinese.
const WIDE = '\\u3000-\\u3029\\u3030-\\u303e\\u3041-\\u3096\\u309b-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff01-\\uff60\\uffe0-\\uffe6';
/** One character string-width counts as two columns (global: counted with match). */
export const TWO_COLUMNS = new RegExp(`[${WIDE}]`, 'g');
/** Text whose columns are its length plus its TWO_COLUMNS characters. */
export const KNOWN_COLUMNS = new RegExp(`^[${ONE}\\u2010-\\u2027${WIDE}]*$`);

/** Columns `text` takes in a terminal. */
export function columns(text: string): number {
  if (ONE_COLUMN.test(text)) return text.length;
  if (KNOWN_COLUMNS.test(text)) return text.length + (text.match(TWO_COLUMNS)?.length ?? 0);
  if (stringWidth === null) throw new Error('stylish: string-width is not loaded; await stylish.prepare(results) (or import talklint, which loads it) before formatting');
  return stringWidth(text);
}

/** Whether some code frame of `results` has text outside KNOWN_COLUMNS. */
function framesNeedStringWidth(results: readonly FileResult[]): boolean {
  for (const r of results) {
    const lines = r.sourceLines;
    if (lines === undefined) continue;
    for (const d of r.diagnostics) {
      const text = lines[d.line];
      if (text !== undefined && !KNOWN_COLUMNS.test(text)) return true;
    }
  }
  return false;
}

/** "83.4" → "01:23"; hours when needed. */
export function clock(seconds: number): string {
  const s = Math.floor(seconds);
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = s % 60;
  const two = (n: number): string => String(n).padStart(2, '0');
  return hh > 0 ? `${hh}:${two(mm)}:${two(ss)}` : `${two(mm)}:${two(ss)}`;
}

function severityLabel(c: ChalkInstance, d: Diagnostic): string {
  if (d.severity === 'error') return c.red('error  ');
  if (d.severity === 'warning') return c.yellow('warning');
  return c.blue('info   ');
}

function who(d: Diagnostic): string {
  const parts: string[] = [];
  if (d.callId !== undefined && d.callId !== null) parts.push(`call ${d.callId}`);
  if (d.speaker) parts.push(d.speaker);
  if (d.turn !== undefined && d.speaker !== undefined) parts.push(`turn ${d.turn + 1}`);
  if (d.startTime !== undefined) parts.push(d.endTime !== undefined ? `${clock(d.startTime)}–${clock(d.endTime)}` : clock(d.startTime));
  return parts.join(' · ');
}

/** Longest source line shown whole in a code frame; longer ones (one-line JSON) are clipped around the match. */
const MAX_FRAME_WIDTH = 160;
const FRAME_CONTEXT = 50;

function frame(c: ChalkInstance, d: Diagnostic, lines: Record<number, string> | undefined, indent: string): string[] {
  const full = lines?.[d.line];
  if (full === undefined || d.documentLevel) return [];
  const gutter = `${d.line} | `;
  let startCol = d.column - 1;
  let endCol = d.endLine === d.line ? Math.max(d.endColumn - 1, startCol + 1) : full.length;
  let text = full;
  if (full.length > MAX_FRAME_WIDTH) {
    const from = Math.max(0, startCol - FRAME_CONTEXT);
    const to = Math.min(full.length, Math.max(endCol, startCol + 1) + FRAME_CONTEXT);
    const head = from > 0 ? '…' : '';
    text = head + full.slice(from, to) + (to < full.length ? '…' : '');
    startCol = startCol - from + head.length;
    endCol = Math.min(endCol, to) - from + head.length;
  }
  const pad = ' '.repeat(columns(text.slice(0, startCol)));
  const marks = '^'.repeat(Math.max(1, columns(text.slice(startCol, endCol))));
  return [
    indent + c.dim(gutter) + text,
    indent + ' '.repeat(gutter.length - 2) + c.dim('| ') + pad + c.red(marks),
  ];
}

function formatFile(c: ChalkInstance, r: FileResult): string[] {
  const out: string[] = [c.underline(r.filePath)];
  if (r.fatal) {
    const where = r.fatal.line !== undefined ? `${r.fatal.line}:${r.fatal.column ?? 1}  ` : '';
    out.push(`  ${where}${c.red('fatal  ')}  ${r.fatal.message}`);
  }
  for (const n of r.notices) out.push(c.dim(`  note: ${n}`));
  const placeWidth = Math.max(0, ...r.diagnostics.map((d) => `${d.line}:${d.column}`.length));
  for (const d of r.diagnostics) {
    const place = `${d.line}:${d.column}`.padEnd(placeWidth);
    out.push(`  ${c.dim(place)}  ${severityLabel(c, d)}  ${d.message}  ${c.dim(d.ruleId)}`);
    const indent = ' '.repeat(4 + placeWidth);
    const speaker = who(d);
    if (speaker) out.push(indent + c.dim(speaker));
    out.push(...frame(c, d, r.sourceLines, indent));
    for (const s of d.suggestions) out.push(indent + c.green(`→ ${s.text}`) + (s.fixable ? c.dim(' (fixable)') : ''));
  }
  return out;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export const stylish: Formatter = {
  name: 'stylish',
  usesFingerprints: false,
  description: 'grouped by file, with code frames and suggestions (default)',
  usesSourceLines: true,
  /** Loads string-width when a frame of `results` needs it; without results (a stream), always. */
  async prepare(results?: readonly FileResult[]): Promise<void> {
    if (results === undefined || framesNeedStringWidth(results)) await loadStringWidth();
  },
  format(results: readonly FileResult[], ctx: FormatterContext): string {
    return streamAll(stylishStream(ctx), results);
  },
  stream: stylishStream,
};

/**
 * The report file by file: each file's block as its result arrives, the totals at the end (the
 * same text as `format`, which is this stream over all the results).
 */
function stylishStream(ctx: FormatterContext): FormatterStream {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  let files = 0;
  let blocks = 0;
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fatal = 0;
  let fixable = 0;
  let suppressed = 0;
  let baseline = false;
  let hidden = 0;
  let gone = 0;
  return {
    file(r: FileResult): string {
      files++;
      // Unreadable files are counted apart from findings: `errors` are findings only.
      errors += r.errorCount;
      warnings += r.warningCount;
      infos += r.infoCount;
      if (r.fatal) fatal++;
      // --fix touches scripts only: transcripts are records of what was said.
      if (r.kind === 'script') fixable += r.diagnostics.filter((d) => d.suggestions.some((s) => s.fixable)).length;
      suppressed += r.suppressedCount ?? 0;
      if (r.baseline) {
        baseline = true;
        hidden += r.baseline.hidden;
        gone += r.baseline.gone.reduce((m, g) => m + g.count, 0);
      }
      if (r.diagnostics.length === 0 && !r.fatal && r.notices.length === 0) return '';
      return (blocks++ > 0 ? '\n\n' : '') + formatFile(c, r).join('\n');
    },
    end(): string {
      const problems = errors + warnings + infos;
      const checked = `${plural(files, 'file')} checked`;
      let tail: string;
      if (problems === 0 && fatal === 0) tail = c.green(`✔ no problems (${checked})`);
      else {
        const mark = errors > 0 || fatal > 0 ? c.red.bold('✖') : c.yellow.bold('⚠');
        tail = `${mark} ${plural(problems, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}) in ${checked}`;
        if (fatal > 0) tail += `\n${c.red(`✖ ${plural(fatal, 'file')} could not be read`)}`;
        if (fixable > 0) tail += `\n${c.dim(`  ${fixable} of them can be fixed in scripts with --fix`)}`;
      }
      if (suppressed > 0) tail += `\n${c.dim(`  ${plural(suppressed, 'finding')} hidden by talklint-disable comments`)}`;
      if (baseline) tail += `\n${c.dim(`  baseline: ${plural(hidden, 'known finding')} hidden, ${plural(gone, 'recorded finding')} no longer ${gone === 1 ? 'occurs' : 'occur'}`)}`;
      return (blocks > 0 ? '\n\n' : '') + tail + '\n';
    },
  };
}
