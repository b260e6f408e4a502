/**
 * Words and phrases a speaker drops inside a sentence without changing it ("я, ну, не знаю").
 * The matcher may skip them between the words of a pattern (never at its ends). Packs add more
 * with `fillers:`. Written normalised (lower case, е for ё, Simplified Chinese).
 */
import type { Language } from '../types.js';
/**
 * Words that start a new clause. A slot ({…}) ends before them even where the text has no
 * punctuation (ASR output), so «вы должны заполнить заявление а потом ждать» keeps «заполнить
 * заявление» for the suggestion. Written normalised.
 */
export declare const CLAUSE_WORDS: readonly string[];
export declare const DEFAULT_FILLERS: Record<Language, readonly string[]>;
