export { LANGUAGES } from './types.js';
export { formatLocatedError } from './errors.js';
export { loadPacks, loadPackFile, parsePack, BUILTIN_PACKS } from './packs/load.js';
export { Linter } from './engine/linter.js';
export { parseDocument, INPUT_FORMATS } from './input/index.js';
export { parseTranscript, parseInputBytes, TranscriptError } from './input/load.js';
export { DEFAULT_SPEAKER_LABELS } from './input/speakers.js';
export { normalize } from './text/normalize.js';
export { lintFiles } from './api/lint.js';
export { setup, resolveConfig } from './api/setup.js';
export { collectFiles, LINTABLE_EXTENSIONS } from './api/files.js';
export { lintFile, lintBytes } from './api/lint-files.js';
export { FORMATTERS, registerFormatter } from './formatters/index.js';
export { run as runCli } from './cli/main.js';
export { loadScorecard, parseScorecard, checkScorecardRules, } from './scorecard/definition.js';
export { scoreCall } from './scorecard/score.js';
export { buildSummary } from './formatters/summary.js';
export { resolveFormatter } from './formatters/index.js';
export { runFiles } from './api/run-files.js';
export { parseShard, shardFiles } from './api/shard.js';
export { mergeReports, fileResultFromJson } from './cli/merge.js';
export { readDirectives, applyDirectives } from './engine/directives.js';
export { createBaseline, parseBaseline, loadBaseline, serializeBaseline, BaselineComparison, } from './api/baseline.js';
export { fixText, applyFixes } from './fix/apply.js';
export { fixFile } from './fix/fix-file.js';
export { LintCache } from './api/cache.js';
export { generateRuleDocs } from './docs/rule-docs.js';
// The stylish formatter loads string-width only when a code frame needs it (it builds an
// Intl.Segmenter when imported: see formatters/stylish.ts), and the command line awaits that
// before its report. A library user may call FORMATTERS.get('stylish').format right away, so
// importing talklint loads it.
import { loadStringWidth } from './formatters/stylish.js';
await loadStringWidth();
