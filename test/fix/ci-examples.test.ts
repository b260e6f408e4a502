/**
 * The CI examples in docs/examples are run as written: the talklint command lines are taken from
 * the YAML and run in-process against a fixture project, and the output is checked for the shape
 * GitHub (SARIF upload, annotations) and pre-commit expect.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { FORMATTERS } from '../../src/formatters/index.js';
import { cli, project, type Project } from './helpers.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const readYaml = (rel: string): unknown => parse(readFileSync(join(ROOT, rel), 'utf8'));

/** Splits a command line the way a shell would for these simple lines (no quotes, no variables). */
function argv(command: string): string[] {
  expect(command).not.toMatch(/["'$`\\|;&<>]/);
  return command.trim().split(/\s+/);
}

/** A project with scripts to lint: one with an error, one with a warning, one clean; and a transcript. */
function ciProject(): Project {
  const p = project();
  p.write('scripts/sales/offer.txt', 'Добрый день!\n\nЯ не знаю, когда будет скидка.\n');
  p.write('scripts/support/hello.md', '# Приветствие\n\nДобрый день! Щас посмотрю.\n');
  p.write('scripts/support/clean.txt', 'Добрый день! Сейчас посмотрю.\n');
  p.write('README.rst', 'Ты не должен это проверять.\n');
  return p;
}

let p: Project;
afterEach(() => p?.cleanup());

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  if?: string;
  'continue-on-error'?: boolean;
}

describe('docs/examples/github-workflow.yml', () => {
  const workflow = readYaml('docs/examples/github-workflow.yml') as { on: unknown; permissions: Record<string, string>; jobs: Record<string, { steps: Step[] }> };
  const steps = Object.values(workflow.jobs)[0]!.steps;
  const talklintSteps = steps.filter((s) => s.run?.includes('talklint'));

  it('checks out, sets up Node 20, installs with npm ci, uploads SARIF with the permission it needs', () => {
    expect(steps.map((s) => s.uses ?? s.run)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'npm ci',
      'npx talklint --format sarif --output-file talklint.sarif scripts/',
      'github/codeql-action/upload-sarif@v3',
      'npx talklint --format github scripts/',
    ]);
    expect(steps[1]!.with!['node-version']).toBe(20);
    expect(workflow.permissions['security-events']).toBe('write');
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    expect(upload.if).toBe('always()');
    // The file uploaded is the file the talklint step writes.
    const sarifStep = argv(talklintSteps[0]!.run!);
    expect(upload.with!.sarif_file).toBe(sarifStep[sarifStep.indexOf('--output-file') + 1]);
  });

  it('the SARIF step writes a SARIF 2.1.0 log with located results (exit 1: there are errors)', async () => {
    p = ciProject();
    const [npx, ...args] = argv(talklintSteps[0]!.run!);
    expect([npx, args[0]]).toEqual(['npx', 'talklint']);
    const hasSarif = FORMATTERS.has('sarif');
    const r = await cli(p.dir, hasSarif ? args.slice(1) : args.slice(1).map((a) => (a === 'sarif' ? 'json' : a)));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const log = JSON.parse(readFileSync(p.path('talklint.sarif'), 'utf8')) as {
      version: string;
      runs: Array<{ tool: { driver: { name: string } }; results: Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }> }> }>;
    };
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('talklint');
    const found = run.results.map((res) => {
      const loc = res.locations[0]!.physicalLocation;
      return `${loc.artifactLocation.uri}:${loc.region.startLine}:${loc.region.startColumn} ${res.level} ${res.ruleId}`;
    });
    expect(found).toEqual(expect.arrayContaining(['scripts/sales/offer.txt:3:1 error fixt/dont-know', 'scripts/support/hello.md:3:14 warning fixt/no-slang']));
    expect(found.some((f) => f.startsWith('README.rst') || f.includes('clean.txt'))).toBe(false);
  });

  it('the annotation step prints GitHub workflow commands, one per finding (exit 1)', async () => {
    p = ciProject();
    const [, , ...args] = argv(talklintSteps[1]!.run!);
    const r = await cli(p.dir, args);
    expect(r.code).toBe(1);
    const commands = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(commands.length).toBeGreaterThanOrEqual(2);
    for (const c of commands) expect(c).toMatch(/^::(error|warning|notice) file=scripts\/[^,]+,line=\d+,/);
    expect(commands.some((c) => c.startsWith('::error file=scripts/sales/offer.txt,line=3,'))).toBe(true);
    expect(commands.some((c) => c.startsWith('::warning file=scripts/support/hello.md,line=3,'))).toBe(true);
  });
});

describe('pre-commit: .pre-commit-hooks.yaml and docs/examples/pre-commit-config.yaml', () => {
  interface Hook {
    id: string;
    entry: string;
    language: string;
    files: string;
    args?: string[];
  }
  const hooks = readYaml('.pre-commit-hooks.yaml') as Hook[];
  const config = readYaml('docs/examples/pre-commit-config.yaml') as { repos: Array<{ repo: string; rev: string; hooks: Array<Partial<Hook> & { id: string }> }> };

  it('the hook repository offers talklint as a node hook on .txt/.md files', () => {
    const hook = hooks.find((h) => h.id === 'talklint')!;
    expect(hook).toMatchObject({ entry: 'talklint', language: 'node' });
    const files = new RegExp(hook.files);
    expect(['a.txt', 'scripts/b.md'].every((f) => files.test(f))).toBe(true);
    expect(['a.rst', 'b.txt.bak', 'c.yaml'].some((f) => files.test(f))).toBe(false);
    expect(existsSync(join(ROOT, '.pre-commit-hooks.yaml'))).toBe(true);
  });

  it('every hook the example uses exists', () => {
    for (const repo of config.repos) for (const h of repo.hooks) expect(hooks.map((x) => x.id)).toContain(h.id);
  });

  /** What pre-commit runs: entry + args + the staged files its `files` regex selects. */
  function commandFor(id: string, staged: string[]): string[] {
    const hook = hooks.find((h) => h.id === id)!;
    const used = config.repos[0]!.hooks.find((h) => h.id === id) ?? { id };
    const files = new RegExp(used.files ?? hook.files);
    return [...argv(hook.entry).slice(1), ...(used.args ?? hook.args ?? []), ...staged.filter((f) => files.test(f))];
  }

  const staged = ['scripts/sales/offer.txt', 'scripts/support/hello.md', 'scripts/support/clean.txt', 'README.rst'];

  it('the example hook fails the commit on errors, naming the file and place', async () => {
    p = ciProject();
    const args = commandFor('talklint', staged);
    expect(args).toEqual(['--max-warnings', '0', 'scripts/sales/offer.txt', 'scripts/support/hello.md', 'scripts/support/clean.txt']);
    const r = await cli(p.dir, args);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('scripts/sales/offer.txt\n');
    expect(r.stdout).toMatch(/3:1 +error +«Я не знаю»/);
  });

  it('a warning alone also fails it (--max-warnings 0); a clean file passes', async () => {
    p = ciProject();
    expect((await cli(p.dir, commandFor('talklint', ['scripts/support/hello.md']))).code).toBe(1);
    expect((await cli(p.dir, commandFor('talklint', ['scripts/support/clean.txt']))).code).toBe(0);
  });

  it('the talklint-fix hook fixes the staged script and reports what remains', async () => {
    p = ciProject();
    const r = await cli(p.dir, commandFor('talklint-fix', ['scripts/support/hello.md']));
    expect(readFileSync(p.path('scripts/support/hello.md'), 'utf8')).toBe('# Приветствие\n\nДобрый день! Сейчас посмотрю.\n');
    expect(r.code).toBe(0);
  });
});
