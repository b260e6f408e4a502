/** The CLI's contract: exit codes, errors without stack traces, flags, colours, stdin. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/cli.js';

const PACK = `pack: acme
description: test pack
languages: [ru, zh, en]
rules:
  - id: acme/no-dont-know
    type: forbidden
    severity: error
    message: "«{{match}}»: скажите «{{suggestion}}»"
    patterns:
      ru: ["[я] не знаю"]
      en: ["i dont know"]
    suggestions:
      - Разрешите, я уточню эту информацию
  - id: acme/slang
    type: forbidden
    severity: warning
    message: "«{{match}}» → «{{suggestion}}»"
    patterns:
      ru: ["=щас"]
    suggestions:
      - text: сейчас
        fixable: true
  - id: acme/filler
    type: forbidden
    severity: info
    message: "filler «{{match}}»"
    patterns:
      ru: ["=короче"]
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'talklint-cli-'));
  writeFileSync(join(dir, 'acme.yaml'), PACK);
  writeFileSync(join(dir, 'talklint.config.yaml'), 'packs: [./acme.yaml]\n');
  mkdirSync(join(dir, 'calls'));
  writeFileSync(join(dir, 'calls', 'bad.txt'), 'Оператор: Я не знаю.\nКлиент: Ладно.\n');
  writeFileSync(join(dir, 'calls', 'warn.txt'), 'Оператор: Щас посмотрю, короче.\n');
  writeFileSync(join(dir, 'calls', 'clean.txt'), 'Оператор: Сейчас посмотрю.\n');
  writeFileSync(join(dir, 'calls', 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]));
  mkdirSync(join(dir, 'node_modules'));
  writeFileSync(join(dir, 'node_modules', 'ignored.txt'), 'Оператор: я не знаю\n');
  writeFileSync(join(dir, '.talklintignore'), 'calls/ignored-*.txt\n');
  writeFileSync(join(dir, 'calls', 'ignored-1.txt'), 'Оператор: я не знаю\n');
  writeFileSync(join(dir, 'package.json'), '{"name": "a-project"}\n');
  writeFileSync(join(dir, 'tsconfig.json'), '{}\n');
});

describe('exit codes', () => {
  it('0 for a clean file', async () => {
    const r = await runCli(['calls/clean.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ no problems (1 file checked)');
  });
  it('1 for lint errors, with the place, rule and suggestion', async () => {
    const r = await runCli(['calls/bad.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('1:11  error    «Я не знаю»: скажите «Разрешите, я уточню эту информацию»  acme/no-dont-know');
    expect(r.stdout).toContain('→ Разрешите, я уточню эту информацию');
  });
  it('0 for warnings only, 1 over --max-warnings', async () => {
    expect((await runCli(['calls/warn.txt'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['calls/warn.txt', '--max-warnings', '0'], { cwd: dir })).code).toBe(1);
    expect((await runCli(['calls/warn.txt', '--max-warnings', '1'], { cwd: dir })).code).toBe(0);
  });
  it('info findings never count as warnings', async () => {
    const r = await runCli(['calls/warn.txt', '--rule', 'acme/slang:off', '--max-warnings', '0'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('info');
  });
  it('2 for an unknown option, without a stack trace', async () => {
    const r = await runCli(['--bogus', 'calls'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--bogus'");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('2 for a bad --rule value', async () => {
    const r = await runCli(['--rule', 'acme/slang:loud', 'calls'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--rule takes ID:off|info|warning|error');
  });
  it('2 for a --rule naming no loaded rule', async () => {
    const r = await runCli(['--rule', 'acme/nope:off', 'calls'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown rule "acme/nope"');
  });
  it('2 when no file matches', async () => {
    const r = await runCli(['nothing-here/*.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no files matching "nothing-here/*.txt" were found');
  });
  it.each([
    [['--input-format', 'nope'], '--input-format: unknown format "nope"; known: '],
    [['--encoding', 'nonsense'], '--encoding: unknown encoding "nonsense"'],
  ])('2 for %j, said once before any file is read', async (flags, message) => {
    const r = await runCli([...flags, 'calls'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`talklint: ${message}`);
  });
  it('2 when no files are given', async () => {
    const r = await runCli([], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no files given');
  });
});

describe('bad input is reported and skipped; the run goes on', () => {
  it('a binary file is reported, the other files are linted, exit 2', async () => {
    const r = await runCli(['calls'], { cwd: dir });
    expect(r.stdout).toContain('calls/binary.txt\n  fatal    binary file');
    expect(r.stdout).toContain('calls/bad.txt');
    expect(r.stdout).toContain('1 file could not be read');
    expect(r.code).toBe(2);
  });
  it('node_modules, .talklintignore patterns and project files (package.json…) are skipped when walking', async () => {
    const r = await runCli(['.', '-f', 'json'], { cwd: dir });
    const files = (JSON.parse(r.stdout) as Array<{ filePath: string }>).map((f) => f.filePath);
    expect(files).toEqual(['calls/bad.txt', 'calls/binary.txt', 'calls/clean.txt', 'calls/warn.txt']);
  });
  it('a malformed pack stops the run with file:line:column, the line, and exit 2', async () => {
    const bad = join(dir, 'bad-pack.yaml');
    writeFileSync(bad, 'pack: bad\nrules:\n  - id: bad/x\n    type: forbidden\n    sevrity: error\n    message: m\n    patterns: {ru: [a]}\n');
    const r = await runCli(['--no-config', '-p', bad, 'calls/clean.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}:5:5: unknown key "sevrity" in rule "bad/x" (did you mean "severity"?)`);
    expect(r.stderr).toContain('> 5 |     sevrity: error');
    expect(r.stderr).toContain('talklint: an error in the configuration or packs; nothing was linted.');
    expect(r.stdout).toBe('');
  });
  it('the real binary prints no stack trace for a user mistake', () => {
    const r = spawnSync(process.execPath, [join(REPO_ROOT, 'bin/talklint.js'), '--format', 'nope', 'x'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown format "nope"');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('flags', () => {
  it('--quiet reports errors only', async () => {
    const r = await runCli(['calls/warn.txt', 'calls/bad.txt', '--quiet', '-f', 'json'], { cwd: dir });
    const out = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    expect(out.flatMap((f) => f.messages.map((m) => m.ruleId))).toEqual(['acme/no-dont-know']);
  });
  it('--list-rules lists ids, types and effective severities', async () => {
    const r = await runCli(['--list-rules', '--rule', 'acme/filler:off'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/acme\/no-dont-know\s+forbidden\s+error\s+agent\s+ru,en/);
    expect(r.stdout).toMatch(/acme\/filler\s+forbidden\s+off/);
  });
  it('--print-config prints the resolved config as JSON', async () => {
    const r = await runCli(['--print-config', '--var', 'company=Ромашка'], { cwd: dir });
    const config = JSON.parse(r.stdout) as { variables: Record<string, string[]>; rules: Record<string, string> };
    expect(config.variables.company).toEqual(['Ромашка']);
    expect(config.rules['acme/slang']).toBe('warning');
  });
  it('--version prints the package version', async () => {
    const r = await runCli(['--version'], { cwd: dir });
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(r.stdout.trim()).toBe(pkg.version);
    expect(r.code).toBe(0);
  });
  it('reads standard input with "-" and --stdin-filename', async () => {
    const r = await runCli(['-', '--stdin-filename', 'call.txt', '-f', 'json'], { cwd: dir, stdin: 'Agent: I don’t know.\n' });
    const [file] = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number; endColumn: number }> }>;
    expect(file!.filePath).toBe('call.txt');
    expect(file!.messages.map((m) => [m.ruleId, m.line, m.column, m.endColumn])).toEqual([['acme/no-dont-know', 1, 8, 20]]);
    expect(r.code).toBe(1);
  });
  it('--output-file writes the report to a file', async () => {
    const out = join(dir, 'report.json');
    const r = await runCli(['calls/bad.txt', '-f', 'json', '-o', out], { cwd: dir });
    expect(r.stdout).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as unknown[]).length).toBe(1);
  });
});

describe('code frames', () => {
  it('clip a very long line around the match and keep the underline under it', async () => {
    const long = 'Оператор: ' + 'слово '.repeat(60) + 'я не знаю ' + 'слово '.repeat(60);
    writeFileSync(join(dir, 'calls-long.txt'), long + '\n');
    const r = await runCli(['calls-long.txt'], { cwd: dir });
    const lines = r.stdout.split('\n');
    const i = lines.findIndex((l) => l.includes('1 | …'));
    expect(i).toBeGreaterThan(0);
    expect(lines[i]!.endsWith('…')).toBe(true);
    const at = lines[i]!.indexOf('я не знаю');
    expect(lines[i + 1]!.indexOf('^^^^^^^^^')).toBe(at);
    expect(lines[i]!.length).toBeLessThan(200);
  });
});

describe('colours', () => {
  it('none with NO_COLOR, even on a terminal', async () => {
    const r = await runCli(['calls/bad.txt'], { cwd: dir, env: { NO_COLOR: '1' }, isTTY: true });
    expect(r.stdout).not.toContain('\u001b[');
  });
  it('FORCE_COLOR colours a pipe', async () => {
    const r = await runCli(['calls/bad.txt'], { cwd: dir, env: { FORCE_COLOR: '1' }, isTTY: false });
    expect(r.stdout).toContain('\u001b[31m');
  });
  it('a terminal gets colours by default, a pipe does not', async () => {
    expect((await runCli(['calls/bad.txt'], { cwd: dir, env: {}, isTTY: true })).stdout).toContain('\u001b[');
    expect((await runCli(['calls/bad.txt'], { cwd: dir, env: {}, isTTY: false })).stdout).not.toContain('\u001b[');
  });
});

describe('ESLint-compatible JSON', () => {
  it('has the ESLint fields plus talklint’s own', async () => {
    const r = await runCli(['calls/warn.txt', '-f', 'json'], { cwd: dir });
    const [file] = JSON.parse(r.stdout) as Array<Record<string, unknown> & { messages: Array<Record<string, unknown>> }>;
    expect(file).toMatchObject({ filePath: 'calls/warn.txt', errorCount: 0, warningCount: 2, infoCount: 1, fixableWarningCount: 1 });
    expect(file!.messages[0]).toEqual({
      ruleId: 'acme/slang', severity: 1, level: 'warning', message: '«Щас» → «Сейчас»',
      line: 1, column: 11, endLine: 1, endColumn: 14, offset: 10, endOffset: 13,
      fix: { range: [10, 13], text: 'Сейчас' },
      suggestions: [{ desc: 'Replace «Щас» with «Сейчас»', fix: { range: [10, 13], text: 'Сейчас' }, fixable: true }],
      matchedText: 'Щас', speaker: 'Оператор', role: 'agent', turn: 0,
      fingerprint: expect.stringMatching(/^[0-9a-f]{16,64}$/),
    });
    expect(file!.messages[1]).toMatchObject({ ruleId: 'acme/filler', severity: 1, level: 'info', line: 1, column: 25 });
  });
});

it('the bin works from a shell (built dist)', () => {
  const out = execFileSync(process.execPath, [join(REPO_ROOT, 'bin/talklint.js'), '--version'], { encoding: 'utf8' });
  expect(out.trim()).toMatch(/^\d+\.\d+\.\d+/);
});
