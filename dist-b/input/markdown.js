/**
 * Markdown scripts: what is not speech (front matter, code, HTML comments, headings, link
 * targets) is blanked out with spaces, line breaks kept, so offsets into the result are offsets
 * into the file. The blanked text is then read as plain text.
 */
function blank(s) {
    return s.replace(/[^\n]/g, ' ');
}
export function markdownVisibleText(source) {
    let text = source;
    // Front matter: a --- block at the very top.
    text = text.replace(/^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?=\r?\n|$)/, blank);
    // Fenced code blocks (``` or ~~~, closed by the same fence or the end of the file).
    text = text.replace(/^([ \t]{0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]{0,3}\2[ \t]*$|(?![\s\S]))/gm, blank);
    // HTML comments and tags.
    text = text.replace(/<!--[\s\S]*?-->/g, blank);
    text = text.replace(/<\/?[A-Za-z][^>\n]*>/g, blank);
    // Headings are structure, not speech.
    text = text.replace(/^[ \t]{0,3}#{1,6}(?:[ \t][^\n]*)?$/gm, blank);
    // Inline code, link and image targets, reference definitions.
    text = text.replace(/(`+)[^`\n][\s\S]*?\1/g, blank);
    text = text.replace(/(\]\()([^)\n]*)(\))/g, (_, a, b, c) => blank(a) + blank(b) + blank(c));
    text = text.replace(/^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*$/gm, blank);
    return text;
}
