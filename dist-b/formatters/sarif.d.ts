import type * as Sarif from 'sarif';
import type { RuleDef } from '../packs/definition.js';
import type { FileResult } from '../types.js';
import type { Formatter, FormatterContext } from './index.js';
export declare const SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
export declare const TALKLINT_INFORMATION_URI = "https://www.npmjs.com/package/talklint";
/** The key of talklint's fingerprint in `partialFingerprints`. */
export declare const FINGERPRINT_KEY = "talklintFingerprint/v1";
export declare const SRCROOT = "%SRCROOT%";
export declare function ruleDescriptor(id: string, def: RuleDef | undefined): Sarif.ReportingDescriptor;
export declare function sarifLog(results: readonly FileResult[], ctx: FormatterContext): Sarif.Log;
/**
 * The log's text (`JSON.stringify(sarifLog(…), null, 2)`, byte for byte) in pieces: the shell,
 * then each file's results as they are turned into SARIF, so the results of a run over thousands
 * of files are never all SARIF objects, nor one string, at the same time (`-f sarif` over the
 * benchmark's 20,000 files held ~420 MB that way).
 */
export declare function sarifChunks(results: readonly FileResult[], ctx: FormatterContext): Generator<string>;
export declare const sarif: Formatter;
