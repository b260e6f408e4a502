/**
 * Runs the `examples` of every rule of the shipped packs (rules/ru.yaml, zh.yaml, en.yaml): each
 * example is linted with its rule alone; a `flag` example must get at least one diagnostic of
 * that rule (with the exact `match` / first `suggestion` when the example gives them), a `pass`
 * example none. Also pins the rule ids, types and severities of ../shared/spec/shipped-packs.md.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine/linter.js';
import { loadPacks } from '../../src/packs/load.js';
import type { ExampleDef, PackDef, RuleDef } from '../../src/packs/definition.js';

/** The company names examples are linted with unless they set `variables` themselves. */
export const EXAMPLE_VARIABLES = { company: ['Ромашка', 'Acme', '安心保险'] };

const loaded = loadPacks(['ru', 'zh', 'en']);
if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n'));
const packs: PackDef[] = loaded.packs;
const rules: RuleDef[] = packs.flatMap((p) => p.rules);

/** id → [type, severity], as in shipped-packs.md. */
const SPEC: Record<string, [string, string]> = {
  'ru/no-dont-know': ['forbidden', 'error'],
  'ru/no-not-my-job': ['forbidden', 'error'],
  'ru/no-pressure': ['forbidden', 'warning'],
  'ru/avoid-negative-forms': ['forbidden', 'warning'],
  'ru/formal-address': ['forbidden', 'error'],
  'ru/no-slang': ['forbidden', 'warning'],
  'ru/filler-words': ['limit', 'info'],
  'ru/no-arguing': ['forbidden', 'warning'],
  'ru/agent-calls-back': ['forbidden', 'warning'],
  'ru/greeting': ['required', 'error'],
  'ru/greeting-company': ['required', 'error'],
  'ru/greeting-name': ['required', 'error'],
  'ru/offer-help': ['required', 'warning'],
  'ru/closing': ['required', 'warning'],
  'ru/max-one-transfer': ['limit', 'warning'],
  'ru/call-structure': ['sequence', 'warning'],
  'zh/no-dont-know': ['forbidden', 'error'],
  'zh/no-not-my-job': ['forbidden', 'error'],
  'zh/no-must': ['forbidden', 'warning'],
  'zh/will-not-try': ['forbidden', 'warning'],
  'zh/polite-you': ['forbidden', 'warning'],
  'zh/no-flat-refusal': ['forbidden', 'warning'],
  'zh/borrow-not-have': ['forbidden', 'info'],
  'zh/prefer-thanks': ['forbidden', 'info'],
  'zh/no-rules-talk': ['forbidden', 'warning'],
  'zh/no-blind-promise': ['forbidden', 'warning'],
  'zh/greeting': ['required', 'error'],
  'zh/greeting-company': ['required', 'error'],
  'zh/greeting-name': ['required', 'warning'],
  'zh/offer-help': ['required', 'warning'],
  'zh/closing': ['required', 'warning'],
  'zh/apologize-on-complaint': ['conditional', 'warning'],
  'en/no-dont-know': ['forbidden', 'error'],
  'en/no-not-my-job': ['forbidden', 'error'],
  'en/no-pressure': ['forbidden', 'warning'],
  'en/avoid-negative-forms': ['forbidden', 'warning'],
  'en/greeting': ['required', 'error'],
  'en/greeting-company': ['required', 'error'],
  'en/greeting-name': ['required', 'error'],
  'en/offer-help': ['required', 'warning'],
  'en/closing': ['required', 'warning'],
  'en/max-one-transfer': ['limit', 'warning'],
};

/** Rules whose suggestion must be a fixable drop-in replacement (spec: "fixable"). */
const FIXABLE = ['ru/formal-address', 'ru/no-slang', 'zh/polite-you'];

/** The line the structure rules (sequence/conditional) are appended after. */
const STRUCTURE_MARKER = '# --- structure rules (sequence/conditional) below ---';

const linters = new Map<string, Linter>();
function linterFor(rule: RuleDef, ex: ExampleDef): Linter {
  const variables = ex.variables ?? EXAMPLE_VARIABLES;
  const key = `${rule.id}\u0000${JSON.stringify(variables)}\u0000${ex.lang ?? ''}`;
  let linter = linters.get(key);
  if (!linter) {
    linter = new Linter({ packs, only: [rule.id], variables, ...(ex.lang ? { languages: [ex.lang] } : {}) });
    linters.set(key, linter);
  }
  return linter;
}

function label(rule: RuleDef, which: 'flag' | 'pass', ex: ExampleDef): string {
  const text = ex.text.replace(/\n/g, '⏎');
  return `${rule.id} ${which} ${rule.file}:${ex.line} ${text.length > 70 ? text.slice(0, 70) + '…' : text}`;
}

describe('shipped packs: spec ids', () => {
  it.each(Object.entries(SPEC))('%s exists with the spec type and severity', (id, [type, severity]) => {
    const rule = rules.find((r) => r.id === id);
    expect(rule, `${id} is missing from rules/${id.split('/')[0]}.yaml`).toBeDefined();
    expect([rule!.type, rule!.severity]).toEqual([type, severity]);
  });

  it.each(FIXABLE)('%s offers a fixable replacement', (id) => {
    const rule = rules.find((r) => r.id === id)!;
    expect(rule.suggestions.some((s) => s.fixable)).toBe(true);
  });

  it.each(['ru', 'zh', 'en'])('rules/%s.yaml ends its own rules with the structure-rules marker', (pack) => {
    const text = readFileSync(new URL(`../../rules/${pack}.yaml`, import.meta.url), 'utf8');
    const lines = text.split('\n');
    const marker = lines.indexOf(STRUCTURE_MARKER);
    expect(marker).toBeGreaterThan(0);
    // Nothing but structure rules may follow the marker.
    const after = rules.filter((r) => r.pack === pack && r.line > marker + 1);
    for (const r of after) expect(['sequence', 'conditional']).toContain(r.type);
  });
});

describe('shipped packs: every rule has examples', () => {
  it.each(rules.map((r) => [r.id, r] as const))('%s has a flag and a pass example', (_id, rule) => {
    expect(rule.examples.flag.length).toBeGreaterThan(0);
    expect(rule.examples.pass.length).toBeGreaterThan(0);
  });
});

const cases = rules.flatMap((rule) =>
  (['flag', 'pass'] as const).flatMap((which) => rule.examples[which].map((ex) => ({ name: label(rule, which, ex), rule, which, ex }))),
);

describe('shipped packs: examples', () => {
  it.each(cases)('$name', ({ rule, which, ex }) => {
    const result = linterFor(rule, ex).lintText(ex.text, { filePath: `${rule.file}:${ex.line}` });
    const found = result.diagnostics.filter((d) => d.ruleId === rule.id);
    if (which === 'pass') {
      expect(found.map((d) => d.matchedText ?? d.message)).toEqual([]);
      return;
    }
    expect(found.length, 'expected at least one diagnostic').toBeGreaterThan(0);
    const first = found[0]!;
    if (ex.match !== undefined) expect(first.matchedText).toBe(ex.match);
    if (ex.suggestion !== undefined) expect(first.suggestions[0]?.text).toBe(ex.suggestion);
  });
});
