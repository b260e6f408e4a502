/**
 * Redaction placeholders are not speech. Exports from ASR and QA tools replace personal data with
 * tags such as `[PII]`, `[NAME]`, `<PHONE>`, `{{PHONE}}`, `[REDACTED]`, `***` or `#####`. They are
 * blanked to spaces in Turn.text: the length (and so every source offset) is kept, the matcher
 * sees a word break, and a placeholder is never reported as something the agent said.
 */
export declare const REDACTION_PLACEHOLDER: RegExp;
/**
 * Whether `text` may hold a placeholder at all. A document without one of these characters needs
 * no turn of it tested (a turn is a slice of the document's text, or of a copy of it with parts
 * blanked to spaces).
 */
export declare function mayHaveRedactions(text: string): boolean;
/** The text with every redaction placeholder replaced by spaces (same length). */
export declare function blankRedactions(text: string): string;
