/**
 * Plain text: either a transcript whose lines start with speaker labels ("Оператор: …"), where a
 * turn may continue over several lines, or a script (no labels) whose paragraphs are agent turns.
 */
import type { ParsedDocument } from '../types.js';
import { type SpeakerLabels } from './speakers.js';
export interface PlainOptions {
    labels: SpeakerLabels;
    /**
     * The line-comment marker of inline directives (`# talklint-disable …`, see docs/directives.md);
     * directive comments are blanked and never read as speech. Default `#`; null: none.
     */
    directiveMarker?: string | null;
}
/**
 * Parses `visible` (the text to lint: for Markdown, the source with markup blanked out) whose
 * offsets are those of `source`.
 */
export declare function parsePlain(source: string, visible: string, format: string, opts: PlainOptions): ParsedDocument;
