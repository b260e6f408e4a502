/** The formats through the CLI, in-process: every registered name, formatter modules, --output-file. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { removeTempProjects, tempProject } from './project.js';

afterAll(removeTempProjects);

const dir = tempProject({
  'scripts/a.txt': "Hello, I'm gonna check.\nI don't know, basically.\n",
  'scripts/clean.txt': 'Hello, how can I help you?\n',
});

describe('every format through the CLI', () => {
  const table: Array<[string, (out: string) => void]> = [
    ['compact', (out) => expect(out).toBe("scripts/a.txt: line 1, col 12, Error - «gonna» is slang & <careless>. Say: \"going to\" (t/no-slang)\nscripts/a.txt: line 2, col 1, Warning - Do not say «I don't know» (t/no-dont-know)\nscripts/a.txt: line 2, col 15, Info - Filler word «basically» (t/filler)\n\n3 problems\n")],
    ['unix', (out) => expect(out.split('\n')[0]).toBe('scripts/a.txt:1:12: «gonna» is slang & <careless>. Say: "going to" [Error/t/no-slang]')],
    ['github', (out) => expect(out.split('\n')[2]).toBe('::notice file=scripts/a.txt,line=2,endLine=2,col=15,endColumn=24,title=t/filler::Filler word «basically»')],
    ['checkstyle', (out) => expect(out).toContain('<file name="scripts/clean.txt">\n  </file>')],
    ['junit', (out) => expect(out).toContain('<testsuites name="talklint" tests="4" failures="2" errors="0">')],
    ['sarif', (out) => expect((JSON.parse(out) as { runs: Array<{ results: unknown[] }> }).runs[0]!.results).toHaveLength(3)],
  ];
  it.each(table)('-f %s', async (format, check) => {
    const r = await runCli(['-f', format, 'scripts'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    check(r.stdout);
  });

  it('--help lists the formats', async () => {
    const r = await runCli(['--help'], { cwd: dir });
    for (const f of ['stylish', 'json', 'sarif', 'junit', 'checkstyle', 'github', 'compact', 'unix']) expect(r.stdout).toContain(`${f} (`);
  });
});

describe('formatter modules (--format ./file.js)', () => {
  it('a default-exported function', async () => {
    writeFileSync(join(dir, 'count.mjs'), 'export default (results, ctx) => results.map((r) => `${r.filePath}=${r.diagnostics.length} ${ctx.version ? "v" : ""}`).join("\\n") + "\\n";\n');
    const r = await runCli(['-f', './count.mjs', 'scripts'], { cwd: dir });
    expect(r).toEqual({ code: 1, stdout: 'scripts/a.txt=3 v\nscripts/clean.txt=0 v\n', stderr: '' });
  });

  it('gets fingerprints unless it says it shows none (usesFingerprints: false); baselines and --cache still get them', async () => {
    const body = 'format: (results) => results.flatMap((r) => r.diagnostics.map((d) => typeof d.fingerprint)).join(",") + "\\n"';
    writeFileSync(join(dir, 'fp.mjs'), `export default { name: "fp", description: "fingerprints", ${body} };\n`);
    writeFileSync(join(dir, 'nofp.mjs'), `export default { name: "nofp", description: "no fingerprints", usesFingerprints: false, ${body} };\n`);
    const kinds = async (args: string[]): Promise<string> => (await runCli([...args, 'scripts/a.txt'], { cwd: dir })).stdout.trim();
    expect(await kinds(['-f', './fp.mjs'])).toBe('string,string,string');
    expect(await kinds(['-f', './nofp.mjs'])).toBe('undefined,undefined,undefined');
    // --baseline-write records the findings by fingerprint (and the report then shows none).
    expect(await kinds(['-f', './nofp.mjs', '--baseline-write', join(dir, 'out', 'baseline.json')])).toBe('');
    expect(readFileSync(join(dir, 'out', 'baseline.json'), 'utf8').match(/"[0-9a-f]{64}"/g)).toHaveLength(3);
    expect(await kinds(['-f', './nofp.mjs', '--cache', '--cache-location', join(dir, 'out', 'cache.json')])).toBe('string,string,string');
  });

  it('a default-exported Formatter object, by absolute path', async () => {
    writeFileSync(join(dir, 'obj.mjs'), 'export default { name: "ids", description: "rule ids", format: (results) => results.flatMap((r) => r.diagnostics.map((d) => d.ruleId)).join(",") + "\\n" };\n');
    const r = await runCli(['--format', join(dir, 'obj.mjs'), 'scripts/a.txt'], { cwd: dir });
    expect(r).toEqual({ code: 1, stdout: 't/no-slang,t/no-dont-know,t/filler\n', stderr: '' });
  });

  it('a module with stream: the command line writes the report file by file with it (the example of docs/formatters.md)', async () => {
    const doc = readFileSync(new URL('../../docs/formatters.md', import.meta.url), 'utf8');
    const example = /```js\n(\/\/ counts\.mjs[^]*?)```/.exec(doc)![1]!;
    writeFileSync(join(dir, 'counts.mjs'), example);
    const r = await runCli(['-f', './counts.mjs', 'scripts'], { cwd: dir });
    expect(r).toEqual({ code: 1, stdout: 'scripts/a.txt\t1\nscripts/clean.txt\t0\ntotal\t1\n', stderr: '' });
    // stream, not format: a module whose format throws still reports.
    writeFileSync(join(dir, 'stream-only.mjs'), example.replace('format(results, context) {', 'format(results, context) {\n    throw new Error("format was called");'));
    const streamed = await runCli(['-f', './stream-only.mjs', 'scripts'], { cwd: dir });
    expect(streamed.stdout).toBe(r.stdout);
  });

  const bad: Array<[string, string | null, RegExp]> = [
    ['./missing.js', null, /^talklint: cannot load formatter module "\.\/missing\.js" \(.*missing\.js\): no such file\n$/],
    ['./nodefault.mjs', 'export const x = 1;\n', /^talklint: formatter module "\.\/nodefault\.mjs" must have a default export: a function \(results, context\) => string or an object \{name, description, format\(results, context\)\}\n$/],
    ['./broken.mjs', 'export default {{;\n', /^talklint: cannot load formatter module "\.\/broken\.mjs" \(.*broken\.mjs\): .+\n$/],
    ['xml', null, /^talklint: unknown format "xml"; known: stylish, json, sarif, junit, checkstyle, github, compact, unix(, [a-z-]+)*, or a path to a formatter module \(\.\/my-formatter\.js\)\n$/],
  ];
  it.each(bad)('%s → usage error, exit 2', async (name, content, message) => {
    if (content !== null) writeFileSync(join(dir, name), content);
    const r = await runCli(['-f', name, 'scripts'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});

describe('--output-file', () => {
  it('writes any format, creating folders', async () => {
    const r = await runCli(['-f', 'sarif', '-o', 'reports/ci/talklint.sarif', 'scripts'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const file = join(dir, 'reports/ci/talklint.sarif');
    expect(existsSync(file)).toBe(true);
    expect((JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version).toBe('2.1.0');
    const j = await runCli(['-f', 'junit', '--output-file', 'out/deeper/junit.xml', 'scripts'], { cwd: dir });
    expect(j.code).toBe(1);
    expect(readFileSync(join(dir, 'out/deeper/junit.xml'), 'utf8')).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites /);
  });
});
