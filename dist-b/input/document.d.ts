/**
 * The common last step of every transcript format: raw records (speaker, text and where the text
 * stands) become a ParsedDocument — text trimmed with offsets kept, redaction placeholders
 * blanked, empty turns dropped, roles assigned (see roles.ts) and notices collected.
 */
import type { ParsedDocument, Role } from '../types.js';
import { type SourceMap } from './source-map.js';
import type { SpeakerLabels } from './speakers.js';
export interface RawTurn {
    speaker: string | null;
    /** The text as read (decoded); when `sourceOffset` is set it is `source.slice(sourceOffset, sourceOffset + text.length)` with markup blanked. */
    text: string;
    sourceOffset: number | null;
    /** The start of the record the text comes from. */
    anchorOffset: number;
    startTime?: number | undefined;
    endTime?: number | undefined;
    /** Role given by the format itself. */
    role?: Role | undefined;
    channel?: number | undefined;
    /** When `sourceOffset` is null: where each character stands, if known (see source-map.ts). */
    sourceMap?: SourceMap | undefined;
}
export interface RawCall {
    id: string | null;
    agent?: string | undefined;
    turns: RawTurn[];
}
export interface BuildOptions {
    labels: SpeakerLabels;
    speakerRoles?: Readonly<Record<string, Role>> | undefined;
}
export declare function buildDocument(source: string, format: string, rawCalls: readonly RawCall[], opts: BuildOptions, notices?: string[]): ParsedDocument;
/** Rounds a time in seconds to milliseconds (avoids 1.2000000000000002 from unit conversions). */
export declare function seconds(value: number, divisor?: number): number;
