/**
 * Malformed packs: every mistake comes back (never thrown) as file:line:column + message, with
 * the offending line. Each row is a pack text and the exact errors it must produce.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatLocatedError } from '../../src/errors.js';
import { loadPacks, parsePack } from '../../src/packs/load.js';

const FILE = 'rules/acme.yaml';
/** Rules start on line 4. */
const pack = (rules: string): string => `pack: acme\nlanguages: [ru]\nrules:\n${rules}`;
const rule = (id: string, extra = ''): string =>
  `  - id: ${id}\n    type: forbidden\n    severity: error\n    message: "x"\n    patterns: {ru: ["не знаю"]}\n${extra}`;

const ROWS: Array<{ what: string; text: string; errors: string[] }> = [
  {
    what: 'unknown key with a did-you-mean',
    text: pack(`  - id: acme/no-slang\n    type: forbidden\n    sevrity: error\n    message: "x"\n    patterns: {ru: ["щас"]}\n`),
    errors: [
      `${FILE}:6:5: unknown key "sevrity" in rule "acme/no-slang" (did you mean "severity"?)`,
    ],
  },
  {
    what: 'wrong type: text for a number',
    text: pack(`  - id: acme/x\n    type: limit\n    severity: error\n    max: three\n    message: "x"\n    patterns: {ru: ["щас"]}\n`),
    errors: [`${FILE}:7:10: "max" in rule "acme/x" must be a whole number ≥ 0, found the text "three"`],
  },
  {
    what: 'wrong value: unknown severity',
    text: pack(`  - id: acme/x\n    type: forbidden\n    severity: fatal\n    message: "x"\n    patterns: {ru: ["щас"]}\n`),
    errors: [`${FILE}:6:15: "severity" in rule "acme/x" must be one of error | warning | info, found "fatal"`],
  },
  {
    what: 'wrong type: a text for the patterns mapping',
    text: pack(`  - id: acme/x\n    type: forbidden\n    severity: error\n    message: "x"\n    patterns: "щас"\n`),
    errors: [`${FILE}:8:15: "patterns" in rule "acme/x" must map languages to lists of phrases (ru: [...], zh: [...]), found the text "щас"`],
  },
  {
    what: 'invalid patterns: the column points inside the pattern (quoted and plain)',
    text: pack(`  - id: acme/x\n    type: forbidden\n    severity: error\n    message: "x"\n    patterns:\n      ru:\n        - "я (не знаю"\n        - я не знаю)\n`),
    errors: [
      `${FILE}:10:14: invalid pattern "я (не знаю" in rule "acme/x": unclosed "(": alternatives are written (one|two words)`,
      `${FILE}:11:20: invalid pattern "я не знаю)" in rule "acme/x": unmatched ")"`,
    ],
  },
  {
    what: 'duplicate rule ids',
    text: pack(rule('acme/ok') + rule('acme/ok')),
    errors: [`${FILE}:9:5: duplicate rule id "acme/ok" (first defined on line 4); to change a shipped rule, define it in your own pack`],
  },
  {
    what: 'empty pattern list',
    text: pack(`  - id: acme/x\n    type: forbidden\n    severity: error\n    message: "x"\n    patterns: {ru: []}\n`),
    errors: [`${FILE}:8:20: "ru" in "patterns" of rule "acme/x" must not be empty`],
  },
  {
    what: 'invalid YAML',
    text: pack(`  - id: acme/x\n    type: forbidden\n  severity: [error\n`),
    errors: [
      `${FILE}:6:1: invalid YAML: All mapping items must start at the same column`,
      `${FILE}:7:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ],
  },
  {
    what: 'rule id not starting with the pack id',
    text: pack(rule('other/x')),
    errors: [`${FILE}:4:9: rule id "other/x" must start with its pack id: "acme/…"`],
  },
  {
    what: 'unknown message placeholder',
    text: pack(`  - id: acme/x\n    type: forbidden\n    severity: error\n    message: "{{mtach}}"\n    patterns: {ru: ["щас"]}\n`),
    errors: [`${FILE}:7:15: unknown placeholder {{mtach}} in the message of rule "acme/x"; known: {{match}}, {{suggestion}}`],
  },
];

describe('pack loader: located errors', () => {
  it.each(ROWS)('$what', ({ text, errors }) => {
    const result = parsePack(text, FILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`)).toEqual(errors);
    for (const e of result.errors) expect(e.frame).toMatch(new RegExp(`^> +${e.line} \\|`, 'm'));
  });

  it('renders the offending line with a caret under the column', () => {
    const result = parsePack(pack(`  - id: acme/no-slang\n    type: forbidden\n    sevrity: error\n    message: "x"\n    patterns: {ru: ["щас"]}\n`), FILE);
    if (result.ok) throw new Error('expected errors');
    expect(formatLocatedError(result.errors[0]!)).toBe(
      [
        `${FILE}:6:5: unknown key "sevrity" in rule "acme/no-slang" (did you mean "severity"?)`,
        '  5 |     type: forbidden',
        '> 6 |     sevrity: error',
        '    |     ^',
        '  7 |     message: "x"',
      ].join('\n'),
    );
  });

  it('loadPacks names the file it read and returns (does not throw) its errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'talklint-pack-'));
    writeFileSync(join(dir, 'acme.yaml'), pack(rule('acme/ok') + rule('acme/ok')));
    const result = loadPacks(['acme.yaml'], dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.file}:${e.line}:${e.column}`)).toEqual(['acme.yaml:9:5']);
  });

  it('a valid pack loads', () => {
    const result = parsePack(pack(rule('acme/ok')), FILE);
    expect(result.ok && result.pack.rules.map((r) => r.id)).toEqual(['acme/ok']);
  });

  it('the shipped packs load without errors', () => {
    const result = loadPacks(['ru', 'zh', 'en']);
    expect(result.ok ? [] : result.errors.map(formatLocatedError)).toEqual([]);
  });
});
