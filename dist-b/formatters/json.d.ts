/**
 * ESLint-compatible JSON: an array of `{filePath, messages, errorCount, warningCount, …}`, so tools
 * that read ESLint's JSON read talklint's. ESLint has two severities: talklint's `info` findings
 * appear with `severity: 1` and `level: "info"` (every message has `level`). talklint's own fields
 * are added to each message: speaker, role, turn, callId, startTime, endTime, matchedText, offsets.
 */
import type { Diagnostic, FileResult } from '../types.js';
import type { Formatter } from './index.js';
export interface JsonMessage {
    ruleId: string | null;
    severity: 1 | 2;
    level: 'error' | 'warning' | 'info';
    message: string;
    line: number;
    column: number;
    endLine?: number;
    endColumn?: number;
    fatal?: true;
    fix?: {
        range: [number, number];
        text: string;
    };
    suggestions?: Array<{
        desc: string;
        fix: {
            range: [number, number];
            text: string;
        };
        fixable: boolean;
    }>;
    offset?: number;
    endOffset?: number;
    matchedText?: string;
    speaker?: string | null;
    role?: string;
    turn?: number;
    callId?: string | null;
    startTime?: number;
    endTime?: number;
    documentLevel?: boolean;
    /** Stable hash of rule, matched words and context (no line numbers): baselines and SARIF use it. */
    fingerprint?: string;
    /** Why the finding was hidden (`suppressedMessages` only), as ESLint writes it. */
    suppressions?: Array<{
        kind: string;
        justification: string;
    }>;
}
export declare function jsonMessage(d: Diagnostic): JsonMessage;
export declare function jsonFileResult(r: FileResult): Record<string, unknown>;
export declare const json: Formatter;
