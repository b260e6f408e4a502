/**
 * talklint's public API. Everything exported here is pinned by test/api.test.ts.
 *
 *   import { loadPacks, Linter, lintFiles } from 'talklint';
 */
export type {
  Call,
  Diagnostic,
  DocumentKind,
  FileResult,
  Language,
  ParsedDocument,
  Role,
  Severity,
  SeverityOrOff,
  SpeakerScope,
  SuggestionResult,
  Turn,
} from './types.js';
export { LANGUAGES } from './types.js';
export type { LocatedError } from './errors.js';
export { formatLocatedError } from './errors.js';
export type { PackDef, RuleDef, PatternDef, SuggestionDef, ExampleDef } from './packs/definition.js';
export { loadPacks, loadPackFile, parsePack, BUILTIN_PACKS, type PackResult, type PacksResult } from './packs/load.js';
export { Linter, type LinterOptions, type LintTextOptions } from './engine/linter.js';
export { parseDocument, INPUT_FORMATS, type ParseOptions, type InputFormat } from './input/index.js';
export { parseTranscript, parseInputBytes, TranscriptError, type InputOptions, type InputResult } from './input/load.js';
export { DEFAULT_SPEAKER_LABELS, type SpeakerLabels } from './input/speakers.js';
export { normalize } from './text/normalize.js';
export { lintFiles, type LintFilesOptions, type LintFilesResult } from './api/lint.js';
export { setup, resolveConfig, type Setup, type SetupOptions, type SetupResult } from './api/setup.js';
export { collectFiles, LINTABLE_EXTENSIONS, type CollectOptions, type CollectResult } from './api/files.js';
export { lintFile, lintBytes, type LintFileOptions } from './api/lint-files.js';
export { FORMATTERS, registerFormatter, type Formatter, type FormatterContext, type FormatterStream } from './formatters/index.js';
export { run as runCli, type CliIO } from './cli/main.js';
export type { CallResult, CallScore, ScoreItemResult } from './types.js';
export {
  loadScorecard,
  parseScorecard,
  checkScorecardRules,
  type Scorecard,
  type ScorecardItem,
  type ScorecardSection,
  type ScorecardResult,
  type NotApplicableWhen,
} from './scorecard/definition.js';
export { scoreCall, type CallInfo } from './scorecard/score.js';
export { buildSummary, type Summary, type SummaryCall, type RuleFigures, type AgentFigures, type ScoreBucket } from './formatters/summary.js';
export type { Suppression, SuppressedDiagnostic, BaselineFileOutcome } from './types.js';
export { resolveFormatter, type ResolvedFormatter } from './formatters/index.js';
export { runFiles, type RunFilesOptions, type RunStats } from './api/run-files.js';
export { emptyTimes, addTimes, type LintTimes, type StageTimes, type RuleTime } from './engine/timing.js';
export { parseShard, shardFiles, type Shard } from './api/shard.js';
export { mergeReports, fileResultFromJson } from './cli/merge.js';
export { readDirectives, applyDirectives } from './engine/directives.js';
export {
  createBaseline,
  parseBaseline,
  loadBaseline,
  serializeBaseline,
  BaselineComparison,
  type Baseline,
  type BaselineEntry,
} from './api/baseline.js';
export { fixText, applyFixes, type Fix, type FixTextOptions, type FixTextResult } from './fix/apply.js';
export { fixFile, type FixFileOptions, type FixFileOutcome } from './fix/fix-file.js';
export { LintCache } from './api/cache.js';
export { generateRuleDocs } from './docs/rule-docs.js';

// The stylish formatter loads string-width only when a code frame needs it (it builds an
// Intl.Segmenter when imported: see formatters/stylish.ts), and the command line awaits that
// before its report. A library user may call FORMATTERS.get('stylish').format right away, so
// importing talklint loads it.
import { loadStringWidth } from './formatters/stylish.js';
await loadStringWidth();
