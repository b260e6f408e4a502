/**
 * Public types of talklint.
 *
 * Positions, everywhere in this file:
 * - `line` / `column` are 1-based; columns count UTF-16 code units (as ESLint, LSP and VS Code do);
 * - `offset` / `endOffset` / ranges are 0-based UTF-16 code-unit offsets into the *decoded source
 *   text* of the file (after BOM removal), end exclusive.
 */
export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';
export type Role = 'agent' | 'customer' | 'unknown';
export type SpeakerScope = 'agent' | 'customer' | 'any';
export type Language = 'ru' | 'zh' | 'en';
export declare const LANGUAGES: readonly Language[];
/** One utterance of a call (or one paragraph of a script). */
export interface Turn {
    /** 0-based index of the turn in its call. */
    index: number;
    /** The speaker label as written (`Оператор`, `spk_0`), or null for a plain script. */
    speaker: string | null;
    role: Role;
    /** The words of the turn (labels and markup removed). */
    text: string;
    /**
     * Offset of `text[0]` in the source text when `text` stands there verbatim (so every offset
     * inside the turn maps to `sourceOffset + i`); null when it does not (e.g. JSON with escapes),
     * in which case diagnostics point at `anchorOffset`.
     */
    sourceOffset: number | null;
    /** Where to point when no verbatim position exists: the start of the turn's record. */
    anchorOffset: number;
    /**
     * When `sourceOffset` is null, where each code unit of `text` stands in the source if the format
     * knows (escaped JSON strings, words joined from Amazon Transcribe items): per code unit the
     * offset of its first and just after its last source character, -1 where it stands nowhere.
     * Diagnostics then get exact start/end offsets, but suggestions are never fixable.
     */
    sourceMap?: {
        starts: Int32Array;
        ends: Int32Array;
    };
    /** Start / end time of the turn in seconds, where the format has times. */
    startTime?: number;
    endTime?: number;
}
/** A call (or a script): what rules run over. A file can hold several calls. */
export interface Call {
    /** Call id from the file (multi-call CSV/JSONL), or null for a one-call file. */
    id: string | null;
    turns: Turn[];
    /** Agent name where the format carries one. */
    agent?: string;
}
export type DocumentKind = 'script' | 'transcript';
/** A parsed input file. */
export interface ParsedDocument {
    /** The decoded source text, into which every offset points. */
    source: string;
    kind: DocumentKind;
    /** The input format that produced it (`text`, `markdown`, `transcript`, …). */
    format: string;
    calls: Call[];
    /** Notices about the input itself (e.g. "speaker roles guessed"). */
    notices: string[];
}
export interface SuggestionResult {
    /** Human-readable description ("Replace with «вы»"). */
    desc: string;
    /** The suggested text (slots filled). */
    text: string;
    /** True when `text` is a literal drop-in replacement of `range` that `--fix` may apply. */
    fixable: boolean;
    /** 0-based [start, end) offsets into the source text of what `text` replaces. */
    range: [number, number];
}
export interface Diagnostic {
    ruleId: string;
    severity: Severity;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    offset: number;
    endOffset: number;
    /** The matched words as written in the source (absent for document-level findings). */
    matchedText?: string;
    /** Speaker label and role of the turn (transcripts). */
    speaker?: string | null;
    role?: Role;
    /** 0-based turn index within its call. */
    turn?: number;
    /** Call id for multi-call files. */
    callId?: string | null;
    startTime?: number;
    endTime?: number;
    /** True when the finding concerns the whole call (required/limit rules) rather than a span. */
    documentLevel?: boolean;
    suggestions: SuggestionResult[];
    /**
     * A stable hash of the finding (rule, call, normalised matched words and a few words around
     * them; no line numbers), set when `LinterOptions.fingerprints` is on. Baselines and SARIF
     * `partialFingerprints` use it. See src/engine/fingerprint.ts.
     */
    fingerprint?: string;
}
/** Why a finding was hidden: an inline `talklint-disable…` directive (ESLint's `suppressions`). */
export interface Suppression {
    kind: 'directive';
    /** The text after ` -- ` in the directive, or ''. */
    justification: string;
}
/** A finding hidden by an inline directive (kept for reports: JSON `suppressedMessages`, SARIF `suppressions`). */
export interface SuppressedDiagnostic extends Diagnostic {
    suppressions: Suppression[];
}
/** What a baseline (`--baseline`) did to one file's findings. */
export interface BaselineFileOutcome {
    /** Findings hidden because the baseline records them. */
    hidden: number;
    /** Baseline entries of this file that no longer occur (fixed, or the text changed): rule id, hash, count. */
    gone: Array<{
        ruleId: string;
        hash: string;
        count: number;
    }>;
}
/** One scorecard item's outcome for one call (see docs/scorecards.md). */
export interface ScoreItemResult {
    id: string;
    section: string;
    title?: string;
    weight: number;
    /** pass: none of its rules reported; fail: at least one did; na: not applicable to the call. */
    status: 'pass' | 'fail' | 'na';
    /** Diagnostics of the item's rules in the call. */
    hits: number;
    autoFail: boolean;
    /** Why the item is not applicable (status `na`). */
    reason?: string;
}
/** A call's score: 100 × Σweight(pass) / Σweight(pass + fail), 0 when an auto-fail item failed. */
export interface CallScore {
    scorecard: string;
    score: number;
    /** True when an auto-fail item failed (the score is then 0). */
    autoFailed: boolean;
    /** Ids of the auto-fail items that failed (empty when none). */
    autoFailItems: string[];
    items: ScoreItemResult[];
    /** Σ weight of the passed items and of the applicable (passed + failed) items. */
    passedWeight: number;
    applicableWeight: number;
}
/** What the linter records per call when asked (`LinterOptions.calls` or a scorecard). */
export interface CallResult {
    /** Call id from the file, or null for a one-call file. */
    id: string | null;
    agent?: string;
    turns: number;
    languages: Language[];
    /** Rule ids that were checked on the call (their language matched and their window applied). */
    checked: string[];
    /** Rule ids whose condition fired (a conditional rule's trigger). */
    triggered: string[];
    /** Ids of the scorecard's `said` conditions that occurred in the call. */
    said: string[];
    /** Diagnostics of the call, per rule id. */
    hits: Record<string, number>;
    score?: CallScore;
}
/** Result of linting one file. The library never decides exit codes: see the CLI. */
export interface FileResult {
    filePath: string;
    diagnostics: Diagnostic[];
    /** Set when the file could not be read or parsed; the file was skipped. */
    fatal?: {
        message: string;
        line?: number;
        column?: number;
    };
    /** Non-fatal notices about the input (encoding guessed, roles guessed…). */
    notices: string[];
    /** The detected (or forced) languages of the file. */
    languages: Language[];
    kind?: DocumentKind;
    format?: string;
    /** The decoded source text (kept so formatters can show a code frame; the CLI drops it). */
    source?: string;
    /** The source lines diagnostics point at, by 1-based line number (kept for code frames instead of `source`). */
    sourceLines?: Record<number, string>;
    /** The encoding the file was decoded from (`utf-8`, `windows-1251`, …). */
    encoding?: string;
    /** Per-call records, when the linter was asked for them (scorecards, summaries). */
    calls?: CallResult[];
    /** Findings hidden by inline directives (`talklint-disable…`), when there were any. */
    suppressed?: SuppressedDiagnostic[];
    /** How many findings inline directives hid (0 or absent: none). */
    suppressedCount?: number;
    /** Set when the run compared against a baseline (`--baseline`). */
    baseline?: BaselineFileOutcome;
    errorCount: number;
    warningCount: number;
    infoCount: number;
}
