/**
 * The rule docs (docs/rules/) are generated from the packs' metadata; this test fails when the
 * files on disk differ from what the shipped packs generate today.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { anchor, generateRuleDocs, RULE_DOCS_DIR } from '../../src/docs/rule-docs.js';
import { loadPacks, parsePack } from '../../src/packs/load.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const loaded = loadPacks(['ru', 'zh', 'en']);
if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
const generated = generateRuleDocs(loaded.packs);

describe('docs/rules is up to date', () => {
  it.each([...generated.keys()])('%s matches the packs', (path) => {
    const file = join(root, path);
    const onDisk = existsSync(file) ? readFileSync(file, 'utf8') : null;
    expect(onDisk, `${path} is missing or out of date: run \`npm run docs\``).toBe(generated.get(path));
  });

  it('holds no pages for packs that do not exist', () => {
    const pages = readdirSync(join(root, RULE_DOCS_DIR)).filter((n) => n.endsWith('.md')).map((n) => `${RULE_DOCS_DIR}/${n}`);
    expect(pages.filter((p) => !generated.has(p)), 'stale pages: run `npm run docs`').toEqual([]);
  });

  it('documents every shipped rule on its pack page, with an anchor the index links to', () => {
    const index = generated.get(`${RULE_DOCS_DIR}/README.md`)!;
    for (const pack of loaded.packs) {
      const page = generated.get(`${RULE_DOCS_DIR}/${pack.id}.md`)!;
      for (const rule of pack.rules) {
        expect(page).toContain(`\n## ${rule.id}\n`);
        expect(index).toContain(`](${pack.id}.md#${anchor(rule.id)})`);
      }
    }
  });
});

describe('generateRuleDocs', () => {
  const pack = parsePack(
    [
      'pack: acme',
      'description: Acme phrases',
      'languages: [ru, en]',
      'rules:',
      '  - id: acme/no-slang',
      '    type: forbidden',
      '    severity: warning',
      '    message: "«{{match}}» → «{{suggestion}}»"',
      '    rationale: Slang is not for customers. Say it plainly.',
      '    patterns: {ru: ["=щас"], en: ["=gonna"]}',
      '    exceptions: {ru: ["щас-щас"]}',
      '    suggestions:',
      '      - fixable: true',
      '        replace: {"щас": "сейчас"}',
      '    examples:',
      '      flag:',
      '        - text: "Оператор: щас\\nКлиент: ок"',
      '          match: щас',
      '      pass: ["Оператор: сейчас"]',
      '  - id: acme/bye',
      '    type: required',
      '    severity: info',
      '    within: {last: 2}',
      '    message: no farewell',
      '    patterns: [bye]',
    ].join('\n'),
    'acme.yaml',
  );
  if (!pack.ok) throw new Error(pack.errors.map((e) => e.message).join('\n'));
  const files = generateRuleDocs([pack.pack]);

  it('writes an index and one page per pack', () => {
    expect([...files.keys()]).toEqual(['docs/rules/README.md', 'docs/rules/acme.md']);
  });

  it('indexes each rule with type, severity, fixability and the first sentence of its rationale', () => {
    expect(files.get('docs/rules/README.md')).toContain(
      '| [acme/no-slang](acme.md#acmeno-slang) | forbidden | warning | yes | Slang is not for customers. |',
    );
  });

  it.each([
    '## acme/no-slang',
    '| forbidden | warning | agent | yes |',
    '**Why.** Slang is not for customers. Say it plainly.',
    '- ru: `=щас`',
    '- en: `=gonna`',
    '**Not reported inside:**\n\n- ru: `щас-щас`',
    '- replace (fixable): `щас` → `сейчас`',
    '- `Оператор: щас⏎Клиент: ок` — match `щас`',
    '- `Оператор: сейчас`',
    '## acme/bye',
    '| required | info | agent | no |',
    '```yaml\nwithin:\n  last: 2\n```',
    '- any: `bye`',
  ])('the pack page contains %j', (fragment) => {
    expect(files.get('docs/rules/acme.md')).toContain(fragment);
  });
});
