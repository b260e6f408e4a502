/**
 * SARIF: the output validates against the official SARIF 2.1.0 JSON schema (the copy shipped in
 * the npm package @microsoft/jest-sarif, lib/schemas/sarif-2.1.0-rtm.5.json, or the file named by
 * SARIF_SCHEMA), and carries what code-scanning tools read: rules, levels, regions, fixes,
 * fingerprints, suppressions, notifications.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { hashParts } from '../../src/engine/fingerprint.js';
import { sarif, sarifChunks, sarifLog, FINGERPRINT_KEY } from '../../src/formatters/sarif.js';
import type { FileResult } from '../../src/types.js';
import { BaselineComparison, createBaseline } from '../../src/api/baseline.js';
import { formatterContext, formatterResults } from './results.js';
import { testLinter } from './pack.js';

function findSchema(): string | null {
  if (process.env.SARIF_SCHEMA && existsSync(process.env.SARIF_SCHEMA)) return process.env.SARIF_SCHEMA;
  try {
    const require = createRequire(import.meta.url);
    const pkg = require.resolve('@microsoft/jest-sarif/package.json');
    const file = pkg.replace(/package\.json$/, 'lib/schemas/sarif-2.1.0-rtm.5.json');
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

const schemaFile = findSchema();

it('the official SARIF 2.1.0 schema is installed (devDependency @microsoft/jest-sarif)', () => {
  expect(schemaFile).not.toBeNull();
});

describe.skipIf(schemaFile === null)(`SARIF validates against the official 2.1.0 schema (${schemaFile ?? 'not installed: npm install -D @microsoft/jest-sarif'})`, () => {
  // The schema is draft-04 (`id`, draft-04 $schema); Ajv 8 reads it once `id` is `$id`.
  const schema = JSON.parse(readFileSync(schemaFile ?? '/dev/null', 'utf8') || '{}') as Record<string, unknown>;
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  // unicodeRegExp: false — the schema's `language` pattern has a stray "]" that only non-unicode regexes accept.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv;
  addFormats(ajv);
  const validate = ajv.compile(schema);

  const cases: Array<[string, () => string]> = [
    ['the fixed results (errors, warnings, info, fatal, suppressed, multi-call, odd file name)', () => sarif.format(formatterResults(), formatterContext())],
    ['an empty run', () => sarif.format([], formatterContext())],
    ['a run against a baseline', () => {
      const results = formatterResults();
      const cmp = new BaselineComparison(createBaseline(results.slice(0, 2), '/project', '/project'), '/project', '/project');
      return sarif.format(results.map((r) => cmp.apply(r)), formatterContext());
    }],
    ['unused-directive findings (a pseudo-rule without a pack)', () => {
      const r = testLinter({ reportUnusedDirectives: 'warning' }).lintText('Hello.\n# talklint-disable t/no-slang\n', { filePath: 'x.txt' });
      return sarif.format([r], formatterContext());
    }],
  ];
  it('the validator is real: a result with level "info" (not a SARIF level) is rejected', () => {
    const log = JSON.parse(sarif.format(formatterResults(), formatterContext())) as Sarif.Log;
    (log.runs[0]!.results![0] as { level: string }).level = 'info';
    expect(validate(log)).toBe(false);
  });
  for (const [name, make] of cases) {
    it(name, () => {
      const log = JSON.parse(make()) as unknown;
      const ok = validate(log);
      expect(ok ? [] : validate.errors).toEqual([]);
    });
  }
});

describe('SARIF content', () => {
  const log = sarifLog(formatterResults(), formatterContext());
  const run = log.runs[0]!;
  const rules = run.tool.driver.rules!;

  it('one run by talklint, columns in UTF-16 code units, paths relative to %SRCROOT%', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'talklint', version: '0.0.0-test', semanticVersion: '0.0.0-test' });
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///project/' } });
  });

  it('lists the rules that reported, sorted, and every result points at its rule', () => {
    expect(rules.map((r) => r.id)).toEqual(['t/filler', 't/greeting', 't/no-dont-know', 't/no-slang']);
    for (const res of run.results!) expect(rules[res.ruleIndex!]!.id).toBe(res.ruleId);
    const slang = rules.find((r) => r.id === 't/no-slang')!;
    expect(slang).toMatchObject({
      name: 'NoSlang',
      shortDescription: { text: 'Slang sounds careless.' },
      fullDescription: { text: 'Slang sounds careless.' },
      helpUri: 'https://example.com/standard#slang',
      defaultConfiguration: { level: 'error' },
      properties: { type: 'forbidden', speaker: 'agent', pack: 't', tags: ['en', 'ru'] },
    });
    expect(slang.help!.text).toContain('gonna → going to (fixable)');
    expect(slang.help!.markdown).toContain("- ❌ I'm gonna check");
    expect(rules.find((r) => r.id === 't/filler')!.defaultConfiguration).toEqual({ level: 'note' });
  });

  it('maps a finding: level, region with offsets and snippet, fix, fingerprint, properties', () => {
    const res = run.results!.find((r) => r.ruleId === 't/no-slang' && r.locations![0]!.physicalLocation!.artifactLocation!.uri === 'scripts/a.txt')!;
    expect(res.level).toBe('error');
    expect(res.locations![0]!.physicalLocation!.region).toEqual({ startLine: 1, startColumn: 12, endLine: 1, endColumn: 17, charOffset: 11, charLength: 5, snippet: { text: 'gonna' } });
    expect(res.fixes).toEqual([
      {
        description: { text: 'Replace «gonna» with «going to»' },
        artifactChanges: [{ artifactLocation: { uri: 'scripts/a.txt', uriBaseId: '%SRCROOT%' }, replacements: [{ deletedRegion: { charOffset: 11, charLength: 5, startLine: 1, startColumn: 12, endLine: 1, endColumn: 17 }, insertedContent: { text: 'going to' } }] }],
      },
    ]);
    // The fingerprint is the baseline hash: rule, call, matched words, words around in the sentence.
    expect(res.partialFingerprints).toEqual({ [FINGERPRINT_KEY]: hashParts(['t/no-slang', '', 'gonna', 'hello im', 'check your order']) });
    expect(res.properties).toEqual({ speaker: null, role: 'agent', turn: 0 });
    const info = run.results!.find((r) => r.ruleId === 't/filler')!;
    expect(info.level).toBe('note');
  });

  it('keeps transcript context (call id, speaker, times) as properties', () => {
    const res = run.results!.find((r) => r.ruleId === 't/no-slang' && r.properties?.callId === 'C-2')!;
    expect(res.properties).toEqual({ speaker: 'Agent', role: 'agent', turn: 0, callId: 'C-2', startTime: 0, endTime: 4.25 });
  });

  it('marks findings hidden by a directive as suppressed in source, with the reason', () => {
    const suppressed = run.results!.filter((r) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]!.suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'цитата клиента' }]);
    expect(suppressed[0]!.locations![0]!.physicalLocation!.region).toMatchObject({ startLine: 5, startColumn: 16, snippet: { text: 'щас' } });
  });

  it('reports unreadable files as tool execution notifications', () => {
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'not valid JSON: unexpected end of input' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'calls/broken.json', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 7 } } }],
            descriptor: { id: 'talklint/fatal' },
          },
        ],
      },
    ]);
  });

  it('percent-encodes file names into URIs', () => {
    const uris = new Set(run.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri));
    expect(uris).toContain('scripts/q%26a%2C%20%22draft%22.txt');
  });

  it('files outside the working directory get absolute file: URIs', () => {
    const r = testLinter().lintText('I wanna go.', { filePath: '/elsewhere/x y.txt' });
    const out: Sarif.Log = sarifLog([r], formatterContext());
    expect(out.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: 'file:///elsewhere/x%20y.txt' });
  });
});

describe('SARIF in pieces (formatChunks: what the command line writes)', () => {
  const ctx = formatterContext();
  const whole = (results: FileResult[]): string => JSON.stringify(sarifLog(results, ctx), null, 2) + '\n';
  const pieces = (results: FileResult[]): string[] => [...sarifChunks(results, ctx)];

  it.each([
    ['the formatter fixture (findings, a suppressed one, an unreadable file, notices)', () => formatterResults()],
    ['no results at all', () => []],
    ['only clean files', () => [testLinter().lintText('Thank you for calling.', { filePath: 'a.txt' })]],
    ['only an unreadable file', () => formatterResults().filter((r) => r.fatal)],
    ['a message with quotes, backslashes and line breaks', () => [testLinter().lintText('I wanna go.\n"q" \\ \r\nI wanna go.', { filePath: 'q "x"\\y.txt' })]],
  ])('are JSON.stringify(sarifLog(…), null, 2) byte for byte: %s', (_name, make) => {
    const results = make();
    expect(pieces(results).join('')).toBe(whole(results));
    expect(sarif.format(results, ctx)).toBe(whole(results));
  });

  it('a run against a baseline (its counts come after the results)', () => {
    const results = formatterResults();
    const cmp = new BaselineComparison(createBaseline(results.slice(0, 2), '/project', '/project'), '/project', '/project');
    const compared = results.map((r) => cmp.apply(r));
    expect(compared.some((r) => r.baseline)).toBe(true);
    expect(pieces(compared).join('')).toBe(whole(compared));
  });

  it('one piece per file with findings, between the shell and its end', () => {
    const results = formatterResults();
    const withFindings = results.filter((r) => r.diagnostics.length + (r.suppressed?.length ?? 0) > 0).length;
    expect(withFindings).toBeGreaterThan(1);
    const out = pieces(results);
    expect(out).toHaveLength(withFindings + 2);
    expect(out[0]).toMatch(/"results": $/);
    expect(out[1]!.startsWith('[\n        {\n          "ruleId": ')).toBe(true);
  });
});
