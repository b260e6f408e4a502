/**
 * Cues of SubRip (.srt, srt.ts) and WebVTT (.vtt, webvtt.ts) subtitles: one turn per cue, times from the cue timing. A cue's
 * text is its text lines as they stand in the file (line breaks included) with markup blanked to
 * spaces — `<i>`, `<b>`, `<font …>`, `{\an8}`, WebVTT `<v Name>`, `<c.x>`, `<00:01.000>` — so offsets
 * stay exact. The speaker is the voice tag (`<v Оператор>`; a cue with several voice spans gives
 * a turn per span), or a label at the start of the cue (`Agent: …`, `- Клиент: …`,
 * `[SPEAKER_00]: …`, `Speaker 1: …`); otherwise there is none.
 */
import type { RawTurn } from '../document.js';
import type { FormatParseOptions } from '../index.js';
export declare function parseCues(text: string, opts: FormatParseOptions, vtt: boolean): RawTurn[];
