import { type Tokens } from '../text/tokenize.js';
import type { Diagnostic, ParsedDocument, Turn } from '../types.js';
export declare const FINGERPRINT_VERSION = 1;
/** Words of context on each side of the match. */
export declare const CONTEXT_WORDS = 3;
/** The parts that go into the hash (exported for tests and docs). */
export declare function fingerprintParts(d: Pick<Diagnostic, 'ruleId' | 'callId' | 'matchedText' | 'documentLevel' | 'offset'>, turn: Turn | undefined, turnTokens?: Tokens): [string, string, string, string, string];
export declare function hashParts(parts: readonly string[]): string;
/** The turn a diagnostic was reported in, if any. */
export declare function turnOf(doc: ParsedDocument, d: Diagnostic): Turn | undefined;
/** Sets `fingerprint` on every diagnostic. */
export declare function addFingerprints(doc: ParsedDocument, diagnostics: readonly Diagnostic[]): void;
