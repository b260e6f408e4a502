/** Speaker labels of plain transcripts and the roles they stand for. Configurable (`speakers:`). */
import type { Role } from '../types.js';
export interface SpeakerLabels {
    agent: string[];
    customer: string[];
}
export declare const DEFAULT_SPEAKER_LABELS: SpeakerLabels;
export declare function mergeLabels(base: SpeakerLabels, extra: Partial<SpeakerLabels> | undefined): SpeakerLabels;
export interface LabelMatcher {
    /** Matches a speaker label at the start of a line; group 1 = timestamp, group 2 = label. */
    regex: RegExp;
    roleOf(label: string): Role;
}
/**
 * Numbered speakers of diarization tools (`Speaker 1`, `SPEAKER_00`, `spk_0`, `Спикер 2`, `说话人1`):
 * labels too, kept whole as the speaker id, with no role of their own (the roles are then guessed,
 * see roles.ts).
 */
export declare const GENERIC_SPEAKER: string;
/**
 * A line such as `Оператор: …`, `[00:12] Agent 1: …`, `**客服**：…` or `Оператор (Анна): …`.
 * Labels are case-insensitive; the colon may be ASCII or full-width.
 */
export declare function compileLabels(labels: SpeakerLabels): LabelMatcher;
/** "01:02:03.5" → seconds. */
export declare function parseClock(text: string): number;
