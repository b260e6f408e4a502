/**
 * What a `{regex: …}` pattern needs in a text before it can match there, read off its source:
 * the longest run of literal characters every match contains, and whether every match contains
 * an ASCII digit. The matcher tests these (`includes`, one digit test per turn) before it runs
 * the regex, so a turn without "вам" or without a digit costs no regex scan at all. Most shipped
 * regexes are times, phone numbers and sums: they need a digit, and most turns have none.
 *
 * Only the top level of the source is read (a sequence with no `|` there); everything inside a
 * group, class or lookaround counts as "anything", and a part that may be absent (`?`, `*`,
 * `{0,…}`) needs nothing. The answer is therefore never more than the regex needs.
 */
export interface RegexNeeds {
    /** Every match contains this text ('' when nothing is known). */
    literal: string;
    /** Every match contains an ASCII digit. */
    digit: boolean;
}
/** `flags` are the RegExp's: with `i`, the literal is not used (its case may differ). */
export declare function regexNeeds(source: string, flags: string): RegexNeeds;
