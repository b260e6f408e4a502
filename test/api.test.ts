/** The public surface is deliberate: this pins the names `import … from 'talklint'` gives. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { REPO_ROOT } from './helpers/cli.js';

describe('public API', () => {
  it('exports exactly these runtime names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "BUILTIN_PACKS",
        "BaselineComparison",
        "DEFAULT_SPEAKER_LABELS",
        "FORMATTERS",
        "INPUT_FORMATS",
        "LANGUAGES",
        "LINTABLE_EXTENSIONS",
        "LintCache",
        "Linter",
        "TranscriptError",
        "addTimes",
        "applyDirectives",
        "applyFixes",
        "buildSummary",
        "checkScorecardRules",
        "collectFiles",
        "createBaseline",
        "emptyTimes",
        "fileResultFromJson",
        "fixFile",
        "fixText",
        "formatLocatedError",
        "generateRuleDocs",
        "lintBytes",
        "lintFile",
        "lintFiles",
        "loadBaseline",
        "loadPackFile",
        "loadPacks",
        "loadScorecard",
        "mergeReports",
        "normalize",
        "parseBaseline",
        "parseDocument",
        "parseInputBytes",
        "parsePack",
        "parseScorecard",
        "parseShard",
        "parseTranscript",
        "readDirectives",
        "registerFormatter",
        "resolveConfig",
        "resolveFormatter",
        "runCli",
        "runFiles",
        "scoreCall",
        "serializeBaseline",
        "setup",
        "shardFiles",
      ]
    `);
  });

  it('lints text end to end with a shipped pack', () => {
    const packs = api.loadPacks(['ru']);
    expect(packs.ok).toBe(true);
    if (!packs.ok) return;
    const linter = new api.Linter({ packs: packs.packs, only: ['ru/no-dont-know'] });
    const result = linter.lintText('Оператор: Ну я, честно говоря, не знаю.\nКлиент: Понятно.');
    expect(result.diagnostics.map((d) => [d.ruleId, d.line, d.column, d.endLine, d.endColumn, d.matchedText])).toEqual([
      ['ru/no-dont-know', 1, 14, 1, 39, 'я, честно говоря, не знаю'],
    ]);
  });

  it('is importable by name with types from the built package (a consumer typechecks)', () => {
    const dir = mkdtempSync(join(REPO_ROOT, 'node_modules', '.talklint-consumer-'));
    writeFileSync(
      join(dir, 'consumer.ts'),
      [
        "import { lintFiles, loadPacks, Linter, registerFormatter, type Diagnostic, type FileResult, type Formatter, type FormatterStream } from 'talklint';",
        'const packs = loadPacks(["ru"]);',
        'if (packs.ok) { const l = new Linter({ packs: packs.packs }); const r: FileResult = l.lintText("x"); const d: Diagnostic[] = r.diagnostics; void d; }',
        'void lintFiles;',
        // A formatter with every optional member (docs/formatters.md, "Your own formatter").
        'const stream = (): FormatterStream => { let n = 0; return { file: (r) => { n += r.errorCount; return ""; }, end: () => `${n}\\n` }; };',
        'const counts: Formatter = { name: "counts", description: "errors", usesSourceLines: false, usesFingerprints: false, prepare: async () => {}, format: (rs) => { const s = stream(); for (const r of rs) s.file(r); return s.end(); }, formatChunks: (rs, ctx) => [counts.format(rs, ctx)], stream };',
        'registerFormatter(counts);',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['consumer.ts'] }),
    );
    // Resolves 'talklint' through package.json "exports" (self-reference from inside the package).
    execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
  });
});
