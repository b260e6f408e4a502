import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { setup, type SetupResult } from '../../src/api/setup.js';
import { loadConfigFile } from '../../src/config/config.js';
import { formatLocatedError } from '../../src/errors.js';
import { cli } from '../fix/helpers.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A temp project: the test packs, plus the given files. */
function project(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'talklint-config-'));
  for (const pack of ['cfg-pack.yaml', 'sales-pack.yaml']) copyFileSync(join(FIXTURES, pack), join(dir, pack));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

function ok(r: SetupResult): Extract<SetupResult, { ok: true }> {
  if (!r.ok) throw new Error(r.errors.map(formatLocatedError).join('\n'));
  return r;
}

function errors(r: SetupResult): string[] {
  return r.ok ? [] : r.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`);
}

/** Rule id → severity of the diagnostics a file gets (sorted "id:severity"). */
function findings(s: Extract<SetupResult, { ok: true }>, rel: string, text: string): string[] {
  const abs = join(dir, rel);
  return s.linterFor(abs).lintText(text, { filePath: rel }).diagnostics.map((d) => `${d.ruleId}:${d.severity}`).sort();
}

describe('extends', () => {
  it('a shipped pack id adds that pack', () => {
    project({ 'talklint.config.yaml': 'extends: ru\n' });
    const r = loadConfigFile(join(dir, 'talklint.config.yaml'));
    expect(r.ok && r.config.packs).toEqual(['ru']);
  });

  it('a config file: its packs come first, this file’s rules win', () => {
    project({
      'base/talklint.base.yaml': 'packs: [../cfg-pack.yaml]\nrules:\n  cfg/slang: error\n  cfg/dont-know: warning\nvariables:\n  competitor: [Лютик]\n',
      'talklint.config.yaml': 'extends: ./base/talklint.base.yaml\npacks: [./sales-pack.yaml]\nrules:\n  cfg/dont-know: off\n',
    });
    const r = loadConfigFile(join(dir, 'talklint.config.yaml'));
    if (!r.ok) throw new Error('not ok');
    expect(r.config.packs).toEqual([join(dir, 'cfg-pack.yaml'), join(dir, 'sales-pack.yaml')]);
    expect(r.config.rules).toEqual({ 'cfg/slang': 'error', 'cfg/dont-know': 'off' });
    expect(r.config.variables).toEqual({ competitor: ['Лютик'] });
    expect(r.config.extended).toEqual([join(dir, 'base/talklint.base.yaml')]);
  });

  it('an npm package whose main file is a YAML config, resolved from the config’s folder', () => {
    project({
      'node_modules/@acme/talklint-config/package.json': JSON.stringify({ name: '@acme/talklint-config', main: 'talklint.yaml' }),
      'node_modules/@acme/talklint-config/talklint.yaml': 'packs: [../../../cfg-pack.yaml]\nrules: { cfg/slang: error }\n',
      'talklint.config.yaml': 'extends: "@acme/talklint-config"\n',
    });
    const s = ok(setup({ cwd: dir }));
    expect(findings(s, 'a.txt', 'Щас. Я не знаю.')).toEqual(['cfg/dont-know:error', 'cfg/slang:error']);
  });

  it('an npm package exporting a config object (CommonJS)', () => {
    project({
      'node_modules/talklint-config-obj/package.json': JSON.stringify({ name: 'talklint-config-obj', main: 'index.cjs' }),
      'node_modules/talklint-config-obj/index.cjs': 'module.exports = { rules: { "cfg/slang": "off" } };\n',
      'talklint.config.yaml': 'packs: [./cfg-pack.yaml]\nextends: [talklint-config-obj]\n',
    });
    const s = ok(setup({ cwd: dir }));
    expect(findings(s, 'a.txt', 'Щас. Я не знаю.')).toEqual(['cfg/dont-know:error']);
  });

  it('an npm package exporting the path of its config file', () => {
    project({
      'node_modules/talklint-config-path/package.json': JSON.stringify({ name: 'talklint-config-path', main: 'index.js' }),
      'node_modules/talklint-config-path/index.js': 'module.exports = "./configs/strict.yaml";\n',
      'node_modules/talklint-config-path/configs/strict.yaml': 'rules: { cfg/slang: error }\n',
      'talklint.config.yaml': 'packs: [./cfg-pack.yaml]\nextends: talklint-config-path\n',
    });
    const s = ok(setup({ cwd: dir }));
    expect(findings(s, 'a.txt', 'Щас.')).toEqual(['cfg/slang:error']);
  });

  it('a cycle is a located error', () => {
    project({
      'talklint.config.yaml': 'packs: [./cfg-pack.yaml]\nextends: ./b.yaml\n',
      'b.yaml': '# b\nextends:\n  - ./talklint.config.yaml\n',
    });
    expect(errors(setup({ cwd: dir }))).toEqual([`b.yaml:3:5: extends cycle: talklint.config.yaml → b.yaml → talklint.config.yaml`].map((e) => join(dir, e)));
  });

  it('a missing file, an unknown package and a typo of a shipped pack are located errors', () => {
    project({ 'talklint.config.yaml': 'extends:\n  - ./nope.yaml\n  - talklint-config-missing\n  - rux\n' });
    const e = errors(setup({ cwd: dir }));
    const file = join(dir, 'talklint.config.yaml');
    expect(e).toHaveLength(3);
    expect(e[0]).toBe(`${file}:2:5: extends: no such config file "./nope.yaml" (looked for ${join(dir, 'nope.yaml')})`);
    expect(e[1]).toBe(`${file}:3:5: extends: "talklint-config-missing" is not a shipped pack (ru, zh, en), a config file, or an npm package installed for ${dir}`);
    expect(e[2]).toBe(`${file}:4:5: extends: "rux" is not a shipped pack (ru, zh, en), a config file, or an npm package installed for ${dir} (did you mean "ru"?)`);
  });

  it('an error inside an extended file points into that file', () => {
    project({
      'shared/base.yaml': 'packs: [../cfg-pack.yaml]\nrules:\n  cfg/slang: eror\n',
      'talklint.config.yaml': 'extends: ./shared/base.yaml\n',
    });
    expect(errors(setup({ cwd: dir }))).toEqual([`${join(dir, 'shared/base.yaml')}:3:14: "cfg/slang" in "rules" must be one of off | info | warning | error, found "eror" (did you mean "error"?)`]);
  });
});

describe('overrides', () => {
  const config = [
    'packs: [./cfg-pack.yaml]',
    'rules:',
    '  cfg/slang: warning',
    'overrides:',
    '  - files: ["scripts/sales/**"]',
    '    excludedFiles: ["scripts/sales/drafts/**"]',
    '    packs: [./sales-pack.yaml]',
    '    rules:',
    '      cfg/slang: error',
    '  - files: ["scripts/support/**"]',
    '    rules:',
    '      cfg/slang: off',
    '      cfg/dont-know: warning',
    '    variables:',
    '      competitor: [Лютик]',
    '  - files: "*.md"',
    '    rules: { cfg/dont-know: info }',
    '',
  ].join('\n');
  const text = 'Щас. Я не знаю. Скидку дам. Как в Лютике.';
  const table: Array<[string, string[]]> = [
    ['other/a.txt', ['cfg/dont-know:error', 'cfg/slang:warning']],
    ['scripts/sales/a.txt', ['cfg/dont-know:error', 'cfg/slang:error', 'sales/discount:error']],
    ['scripts/sales/deep/er/a.txt', ['cfg/dont-know:error', 'cfg/slang:error', 'sales/discount:error']],
    ['scripts/sales/drafts/a.txt', ['cfg/dont-know:error', 'cfg/slang:warning']],
    ['scripts/support/a.txt', ['cfg/company:info', 'cfg/dont-know:warning']],
    ['scripts/support/a.md', ['cfg/company:info', 'cfg/dont-know:info']],
    ['a.md', ['cfg/dont-know:info', 'cfg/slang:warning']],
  ];
  for (const [rel, expected] of table) {
    it(`${rel}: ${expected.join(', ')}`, () => {
      project({ 'talklint.config.yaml': config });
      expect(findings(ok(setup({ cwd: dir })), rel, text)).toEqual(expected);
    });
  }

  it('one Linter per distinct set of matching overrides, built once', () => {
    project({ 'talklint.config.yaml': config });
    const s = ok(setup({ cwd: dir }));
    const a = s.linterFor(join(dir, 'scripts/sales/a.txt'));
    expect(s.linterFor(join(dir, 'scripts/sales/b/c.txt'))).toBe(a);
    expect(s.linterFor(join(dir, 'scripts/support/a.txt'))).not.toBe(a);
    expect(s.linterFor(join(dir, 'elsewhere.txt'))).toBe(s.linter);
    expect(s.linterFor('/outside/the/project/scripts/sales/a.txt')).toBe(s.linter);
  });

  it('globs are relative to the config’s folder, wherever the run starts', () => {
    project({ 'talklint.config.yaml': config });
    mkdirSync(join(dir, 'scripts/sales'), { recursive: true });
    const s = ok(setup({ cwd: join(dir, 'scripts/sales') }));
    expect(findings(s, 'scripts/sales/a.txt', text)).toContain('sales/discount:error');
  });

  it('--rule on the command line wins over an override', () => {
    project({ 'talklint.config.yaml': config });
    const s = ok(setup({ cwd: dir, rules: { 'cfg/slang': 'info' } }));
    expect(findings(s, 'scripts/sales/a.txt', text)).toEqual(['cfg/dont-know:error', 'cfg/slang:info', 'sales/discount:error']);
  });

  it('override languages force the language of its files', () => {
    project({ 'talklint.config.yaml': 'packs: [./cfg-pack.yaml]\noverrides:\n  - files: ["en/**"]\n    languages: [en]\n' });
    const s = ok(setup({ cwd: dir }));
    // Latin text with a Russian word: detected as en elsewhere too, but "щас" only counts in a ru call.
    expect(findings(s, 'ru/a.txt', 'Щас.')).toEqual(['cfg/slang:warning']);
    expect(findings(s, 'en/a.txt', 'Щас.')).toEqual([]);
  });

  it('through the CLI: the same file name gets different rules in sales and support', async () => {
    project({
      'talklint.config.yaml': config,
      'scripts/sales/call.txt': 'Щас.\n',
      'scripts/support/call.txt': 'Щас.\n',
    });
    const r = await cli(dir, ['-f', 'json', 'scripts']);
    const json = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; severity: number }> }>;
    expect(json.map((f) => [relative(dir, resolve(dir, f.filePath)), f.messages.map((m) => `${m.ruleId}:${m.severity}`)])).toEqual([
      ['scripts/sales/call.txt', ['cfg/slang:2']],
      ['scripts/support/call.txt', []],
    ]);
    expect(r.code).toBe(1);
  });

  const bad: Array<[string, string]> = [
    ['overrides:\n  - files: ["a/**"]\n    rulez: {}\n', 'talklint.config.yaml:3:5: unknown key "rulez" in each entry of "overrides" (did you mean "rules"?)'],
    ['overrides:\n  - rules: { cfg/slang: off }\n', 'talklint.config.yaml:2:5: each entry of "overrides": missing "files" (a list)'],
    ['overrides:\n  - files: ["a/**"]\n    rules:\n      cfg/slangg: off\n', 'talklint.config.yaml:4:7: unknown rule "cfg/slangg"'],
    ['overrides:\n  - files: ["../x/**"]\n', 'talklint.config.yaml:2:13: globs in "overrides" are relative to the config\'s folder and cannot leave it, found "../x/**"'],
    ['overrides:\n  - files: ["a/**"]\n    packs: [./missing.yaml]\n', 'talklint.config.yaml:3:13: no such pack: "./missing.yaml" is neither a shipped pack (ru, zh, en) nor a file'],
    ['overrides:\n  - files: ["a/**"]\n    packs: [rux]\n', 'talklint.config.yaml:3:13: no such pack: "rux" is neither a shipped pack (ru, zh, en) nor a file'],
  ];
  for (const [yaml, message] of bad) {
    it(`located error: ${message}`, () => {
      project({ 'talklint.config.yaml': 'packs: [./cfg-pack.yaml]\n' + yaml.replace(/^/, '') });
      const e = errors(setup({ cwd: dir })).map((x) => x.replace(dir + '/', ''));
      // The config's first line is "packs:", so every line number is one more than in `yaml`.
      const shifted = message.replace(/^talklint\.config\.yaml:(\d+):/, (_, l: string) => `talklint.config.yaml:${Number(l) + 1}:`);
      expect(e.some((x) => x.includes(shifted))).toBe(true);
    });
  }
});

describe('packs in the config', () => {
  it('a typo of a shipped pack id is located, with a suggestion', () => {
    project({ 'talklint.config.yaml': 'packs: [ru, zhh]\n' });
    expect(errors(setup({ cwd: dir }))).toEqual([
      `${join(dir, 'talklint.config.yaml')}:1:13: no such pack: "zhh" is neither a shipped pack (ru, zh, en) nor a file (looked for ${join(dir, 'zhh')}) (did you mean "zh"?)`,
    ]);
  });
});

describe('languageSettings', () => {
  const config = [
    'packs: [./cfg-pack.yaml]',
    'rules:',
    '  cfg/dont-know: off',
    'languageSettings:',
    '  ru:',
    '    rules:',
    '      cfg/slang: error',
    '  en:',
    '    rules:',
    '      cfg/slang: off',
    '      cfg/dont-know: warning',
    '',
  ].join('\n');
  const table: Array<[string, string, string[]]> = [
    ['a Russian call', 'Щас. Я не знаю.', ['cfg/slang:error']],
    ['an English call', "I'm gonna check. I don't know.", ['cfg/dont-know:warning']],
  ];
  for (const [name, text, expected] of table) {
    it(`${name}: ${expected.join(', ')}`, () => {
      project({ 'talklint.config.yaml': config });
      expect(findings(ok(setup({ cwd: dir })), 'a.txt', text)).toEqual(expected);
    });
  }

  it('a call in two languages: the highest severity wins', () => {
    project({ 'talklint.config.yaml': config });
    const s = ok(setup({ cwd: dir, languages: ['ru', 'en'] }));
    expect(findings(s, 'a.txt', 'Щас. Я не знаю.')).toEqual(['cfg/dont-know:warning', 'cfg/slang:error']);
  });

  it('--rule beats languageSettings', () => {
    project({ 'talklint.config.yaml': config });
    const s = ok(setup({ cwd: dir, rules: { 'cfg/slang': 'info' } }));
    expect(findings(s, 'a.txt', 'Щас.')).toEqual(['cfg/slang:info']);
  });

  it('an override can have its own languageSettings', () => {
    project({ 'talklint.config.yaml': config + 'overrides:\n  - files: ["lax/**"]\n    languageSettings:\n      ru: { rules: { cfg/slang: info } }\n' });
    const s = ok(setup({ cwd: dir }));
    expect(findings(s, 'lax/a.txt', 'Щас.')).toEqual(['cfg/slang:info']);
    expect(findings(s, 'a.txt', 'Щас.')).toEqual(['cfg/slang:error']);
  });

  it('an unknown language or rule is a located error', () => {
    project({ 'talklint.config.yaml': 'packs: [./cfg-pack.yaml]\nlanguageSettings:\n  rus:\n    rules: {}\n  en:\n    rules:\n      cfg/slng: off\n' });
    const e = errors(setup({ cwd: dir })).map((x) => x.replace(dir + '/', ''));
    expect(e[0]).toBe('talklint.config.yaml:3:3: unknown key "rus" in "languageSettings" (did you mean "ru"?)');
  });

  it('unknown rule ids in languageSettings are located', () => {
    project({ 'talklint.config.yaml': 'packs: [./cfg-pack.yaml]\nlanguageSettings:\n  en:\n    rules:\n      cfg/slng: off\n' });
    const e = errors(setup({ cwd: dir })).map((x) => x.replace(dir + '/', ''));
    expect(e).toEqual([
      `talklint.config.yaml:5:7: unknown rule "cfg/slng"; the loaded packs (${join(dir, 'cfg-pack.yaml')}) have no such rule (did you mean "cfg/slang"?)`,
    ]);
  });
});
