/**
 * Public types of talklint.
 *
 * Positions, everywhere in this file:
 * - `line` / `column` are 1-based; columns count UTF-16 code units (as ESLint, LSP and VS Code do);
 * - `offset` / `endOffset` / ranges are 0-based UTF-16 code-unit offsets into the *decoded source
 *   text* of the file (after BOM removal), end exclusive.
 */
export const LANGUAGES = ['ru', 'zh', 'en'];
