import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, LANGUAGE_SETTING_KEYS, OVERRIDE_KEYS, parseConfig } from '../../src/config/config.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const schema = JSON.parse(readFileSync(join(ROOT, 'schema/talklint.config.schema.json'), 'utf8')) as {
  properties: Record<string, unknown>;
  definitions: Record<string, { properties?: Record<string, unknown> }>;
};
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

function schemaAccepts(text: string): boolean {
  return validate(parse(text) ?? {}) === true;
}

function loaderAccepts(text: string): boolean {
  return parseConfig(text, 'talklint.config.yaml', ROOT).ok;
}

/** The ```yaml blocks of a Markdown file that start with a "# talklint.config.yaml" line. */
function configBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((b) => /^# (yaml-language-server: .*\n# )?talklint\.config\.yaml/.test(b));
}

describe('the JSON Schema and the loader accept the same keys', () => {
  const sorted = (xs: Iterable<string>): string[] => [...xs].sort();
  it('top level', () => expect(sorted(Object.keys(schema.properties))).toEqual(sorted(CONFIG_KEYS)));
  it('an override', () => expect(sorted(Object.keys(schema.definitions.override!.properties!))).toEqual(sorted(OVERRIDE_KEYS)));
  it('a language of languageSettings', () => expect(sorted(Object.keys(schema.definitions.languageSetting!.properties!))).toEqual(sorted(LANGUAGE_SETTING_KEYS)));
});

describe('configs in the repository and the docs are valid', () => {
  it('the repository’s own talklint.config.yaml (if present)', () => {
    const file = join(ROOT, 'talklint.config.yaml');
    if (!existsSync(file)) return;
    const text = readFileSync(file, 'utf8');
    expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
    expect(loaderAccepts(text)).toBe(true);
  });
  const docs = ['docs/config.md', 'docs/ci.md', 'docs/fix.md', 'README.md'].filter((f) => existsSync(join(ROOT, f)));
  const blocks = docs.flatMap((f) => configBlocks(readFileSync(join(ROOT, f), 'utf8')).map((b, i) => [`${f} #${i + 1}`, b] as const));
  it('docs/config.md has config examples to check', () => {
    expect(blocks.filter(([name]) => name.startsWith('docs/config.md')).length).toBeGreaterThanOrEqual(4);
  });
  for (const [name, block] of blocks) {
    it(`${name}: valid for the schema and the loader`, () => {
      expect(validate(parse(block) ?? {}), JSON.stringify(validate.errors)).toBe(true);
      const loaded = parseConfig(block, 'talklint.config.yaml', ROOT);
      // Files, packs and packages an example refers to do not exist here; everything else must load.
      expect(loaded.ok ? [] : loaded.errors.map((e) => e.message).filter((m) => !m.startsWith('extends: ') && !m.startsWith('no such pack: '))).toEqual([]);
    });
  }
});

describe('the schema and the loader agree on examples', () => {
  const valid = [
    'packs: ru\n',
    'extends: [ru, zh]\n',
    'rules:\n  ru/no-slang: off\n  zh/polite-you: error\n',
    'variables:\n  company: Ромашка\n  product_name: [Альфа, Alpha]\n',
    'speakers:\n  agent: [Менеджер]\n  customer: Абонент\n',
    'languages: [ru, en]\n',
    'languageSettings:\n  zh:\n    rules: { zh/polite-you: error }\n',
    'ignorePatterns: ["drafts/**"]\n',
    'directiveMarker: "//"\n',
    'overrides:\n  - files: "scripts/sales/**"\n    excludedFiles: ["scripts/sales/old/**"]\n    packs: [./test/config/fixtures/sales-pack.yaml]\n    rules: { ru/no-slang: error }\n    variables: { company: [Ромашка] }\n    languages: ru\n    languageSettings: { ru: { rules: { ru/no-slang: warning } } }\n',
  ];
  for (const text of valid) {
    it(`accepted: ${JSON.stringify(text)}`, () => {
      expect(schemaAccepts(text), JSON.stringify(validate.errors)).toBe(true);
      expect(loaderAccepts(text)).toBe(true);
    });
  }
  const invalid = [
    'pack: ru\n',
    'rules:\n  ru/no-slang: fatal\n',
    'languages: [ru, de]\n',
    'languageSettings:\n  de:\n    rules: {}\n',
    'languageSettings:\n  ru:\n    severity: error\n',
    'overrides:\n  - rules: { ru/no-slang: off }\n',
    'overrides:\n  - files: ["../elsewhere/**"]\n',
    'overrides:\n  - files: ["a/**"]\n    speakers: { agent: [X] }\n',
    'variables:\n  Company: Ромашка\n',
    'speakers:\n  operator: [X]\n',
    'directiveMarker: "no spaces"\n',
  ];
  for (const text of invalid) {
    it(`rejected: ${JSON.stringify(text)}`, () => {
      expect(schemaAccepts(text)).toBe(false);
      expect(loaderAccepts(text)).toBe(false);
    });
  }
});
