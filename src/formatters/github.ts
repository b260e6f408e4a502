/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request diff.
 *
 *   ::error file=scripts/a.md,line=3,endLine=3,col=5,endColumn=12,title=ru/no-slang::«щас» …
 *
 * errors → `::error`, warnings → `::warning`, info → `::notice`. A file that could not be read is
 * an `::error` with title `talklint`. Suggestions follow the message on new lines. A finding over
 * several lines has no col/endColumn (the runner rejects columns when line ≠ endLine).
 * Escaping as GitHub's toolkit does it (@actions/core): in the message `%`, CR and LF become
 * %25, %0D, %0A; in properties also `:` → %3A and `,` → %2C.
 */
import type { Diagnostic, FileResult } from '../types.js';
import type { Formatter, FormatterContext } from './index.js';
import { shownPath } from './shared.js';

/** Escapes a command's message (the part after `::`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property value (file, title). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function githubCommand(command: string, props: ReadonlyArray<[string, string | number]>, message: string): string {
  const p = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${command}${p ? ' ' + p : ''}::${escapeData(message)}`;
}

function annotationMessage(d: Diagnostic): string {
  return [d.message, ...d.suggestions.map((s) => `→ ${s.text}`)].join('\n');
}

export const github: Formatter = {
  name: 'github',
  usesFingerprints: false,
  description: 'GitHub Actions annotations (::error / ::warning / ::notice workflow commands)',
  format(results: readonly FileResult[], ctx: FormatterContext): string {
    const lines: string[] = [];
    for (const r of results) {
      const file = shownPath(r, ctx.cwd);
      if (r.fatal) {
        const props: Array<[string, string | number]> = [['file', file]];
        if (r.fatal.line !== undefined) props.push(['line', r.fatal.line]);
        if (r.fatal.column !== undefined) props.push(['col', r.fatal.column]);
        props.push(['title', 'talklint']);
        lines.push(githubCommand('error', props, r.fatal.message));
      }
      for (const d of r.diagnostics) {
        // The runner drops an annotation with col/endColumn over several lines, so those get lines only.
        const columns: Array<[string, number]> = d.endLine === d.line ? [['col', d.column], ['endColumn', Math.max(d.endColumn, d.column)]] : [];
        const props: Array<[string, string | number]> = [['file', file], ['line', d.line], ['endLine', d.endLine], ...columns, ['title', d.ruleId]];
        lines.push(githubCommand(COMMAND[d.severity], props, annotationMessage(d)));
      }
    }
    return lines.length > 0 ? lines.join('\n') + '\n' : '';
  },
};
