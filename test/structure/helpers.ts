/** Small inline packs and a compact view of diagnostics for the structure tests. */
import { parsePack } from '../../src/packs/load.js';
import { Linter, type LinterOptions } from '../../src/engine/linter.js';
import type { Diagnostic, FileResult } from '../../src/types.js';

/** A pack "t" from the YAML of its rules (indented as list items under `rules:`). */
export function pack(rulesYaml: string, languages = '[ru, zh, en]') {
  const text = `pack: t\nlanguages: ${languages}\nrules:\n${rulesYaml}`;
  const r = parsePack(text, 't.yaml');
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.line}:${e.column}: ${e.message}`).join('\n'));
  return r.pack;
}

export function packErrors(rulesYaml: string): string[] {
  const r = parsePack(`pack: t\nlanguages: [ru, zh, en]\nrules:\n${rulesYaml}`, 't.yaml');
  return r.ok ? [] : r.errors.map((e) => `${e.line}:${e.column}: ${e.message}`);
}

export function lint(rulesYaml: string, text: string, opts: Partial<LinterOptions> = {}): FileResult {
  return new Linter({ packs: [pack(rulesYaml)], ...opts }).lintText(text);
}

/** [ruleId, line, column, endLine, endColumn, offset, endOffset, matched text or null, message] */
export type Row = [string, number, number, number, number, number, number, string | null, string];

export function rows(diagnostics: Diagnostic[]): Row[] {
  return diagnostics.map((d) => [d.ruleId, d.line, d.column, d.endLine, d.endColumn, d.offset, d.endOffset, d.matchedText ?? null, d.message]);
}

/** Where `needle` (the `nth` occurrence, 0-based) stands in `text`: 1-based line/column, 0-based offsets. */
export function at(text: string, needle: string, nth = 0): { line: number; column: number; offset: number; endOffset: number } {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset === -1) throw new Error(`"${needle}" not in text`);
  }
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column, offset, endOffset: offset + needle.length };
}
