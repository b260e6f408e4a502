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
/** Pieces longer than this (in UTF-8 bytes at most: 3 a UTF-16 unit) get a buffer of their own, not kept. */
const MAX_KEPT_BYTES = 4 * 1024 * 1024;
const INITIAL_BYTES = 256 * 1024;
export class Utf8Out {
    buf = null;
    /** `text` as UTF-8 bytes (a view of the kept buffer, or a buffer of its own for a long text). */
    encode(text) {
        const most = text.length * 3;
        if (most > MAX_KEPT_BYTES)
            return Buffer.from(text, 'utf8');
        let buf = this.buf;
        if (buf === null || buf.length < most)
            buf = this.buf = Buffer.allocUnsafeSlow(Math.max(INITIAL_BYTES, most));
        const n = buf.write(text, 0, 'utf8');
        return buf.subarray(0, n);
    }
    /** The bytes last handed out are someone else's now: the next text is encoded elsewhere. */
    release() {
        this.buf = null;
    }
}
