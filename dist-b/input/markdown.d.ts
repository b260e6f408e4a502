/**
 * Markdown scripts: what is not speech (front matter, code, HTML comments, headings, link
 * targets) is blanked out with spaces, line breaks kept, so offsets into the result are offsets
 * into the file. The blanked text is then read as plain text.
 */
export declare function markdownVisibleText(source: string): string;
