/** Which of talklint's languages a text is in, by counting letters per script. */
import type { Language } from '../types.js';
export declare function detectLanguages(text: string): Language[];
/** `detectLanguages` of the texts joined by line breaks, without joining them (a call's turns). */
export declare function detectLanguagesOf(texts: readonly string[]): Language[];
/**
 * Any character outside Latin-1 (V8 answers at once for a string it holds one byte a character:
 * no such string can match). Shared with normalize.
 */
export declare const NON_LATIN1: RegExp;
/** The regex form of `detectLanguages` (the reference the counting loop is tested against). */
export declare function detectLanguagesWithRegex(text: string): Language[];
