/**
 * Redaction placeholders are not speech. Exports from ASR and QA tools replace personal data with
 * tags such as `[PII]`, `[NAME]`, `<PHONE>`, `{{PHONE}}`, `[REDACTED]`, `***` or `#####`. They are
 * blanked to spaces in Turn.text: the length (and so every source offset) is kept, the matcher
 * sees a word break, and a placeholder is never reported as something the agent said.
 */
// Tags: an upper-case word (Latin or Cyrillic, digits, _ and - allowed) or a known Chinese tag in
// [..], <..>, {{..}} or 【..】; runs of three or more * or #, and runs of X masking digits.
const ZH_TAGS = '姓名|名字|电话|電話|手机号|手機號|号码|號碼|地址|身份证|身份證|身份证号|身份證號|银行卡|銀行卡|卡号|卡號|邮箱|郵箱|已屏蔽|屏蔽|隐藏|隱藏|个人信息|個人信息|个人资料|個人資料|敏感信息|脱敏|脫敏';
const UPPER_TAG = String.raw `[\p{Lu}][\p{Lu}\p{N}_\-]*(?: [\p{Lu}][\p{Lu}\p{N}_\-]*){0,3}`;
const TAG = `(?:${UPPER_TAG}|${ZH_TAGS})`;
export const REDACTION_PLACEHOLDER = new RegExp([
    String.raw `\[${TAG}\]`,
    String.raw `<${TAG}>`,
    String.raw `\{\{\s*[\p{L}_][\p{L}\p{N}_]*\s*\}\}`,
    String.raw `【${TAG}】`,
    String.raw `\*{3,}`,
    String.raw `#{3,}`,
].join('|'), 'gu');
/** A character every placeholder starts with. */
const PLACEHOLDER_START = /[[<{*#【]/;
/**
 * Whether `text` may hold a placeholder at all. A document without one of these characters needs
 * no turn of it tested (a turn is a slice of the document's text, or of a copy of it with parts
 * blanked to spaces).
 */
export function mayHaveRedactions(text) {
    return PLACEHOLDER_START.test(text);
}
/** The text with every redaction placeholder replaced by spaces (same length). */
export function blankRedactions(text) {
    if (!PLACEHOLDER_START.test(text))
        return text;
    return text.replace(REDACTION_PLACEHOLDER, (m) => ' '.repeat(m.length));
}
