/**
 * The report's text as UTF-8 bytes for a write, encoded into one buffer kept from write to write.
 *
 * Writing a string to a stream or a file makes Node encode it into a new Buffer each time. A
 * report goes out in pieces of ~64 Ki characters (ReportSink), ~700 of them for the JSON report
 * of the bench corpus (47 MB): allocating ~100 KB of fresh memory per piece cost the main thread
 * ~660 ms of a `--jobs 2` run there (8 % of its time; the encoding itself ~120 ms) on a VM where
 * first touching memory is dear. Encoded into a kept buffer, the bytes are the same
 * (`Buffer.write` writes what `Buffer.from` makes: a lone surrogate as U+FFFD).
 *
 * The bytes handed out are valid until the next `encode`: the caller must be done with them (a
 * synchronous write), or call `release` when a stream kept them for later (the next text then
 * gets a buffer of its own).
 */
export declare class Utf8Out {
    private buf;
    /** `text` as UTF-8 bytes (a view of the kept buffer, or a buffer of its own for a long text). */
    encode(text: string): Uint8Array;
    /** The bytes last handed out are someone else's now: the next text is encoded elsewhere. */
    release(): void;
}
