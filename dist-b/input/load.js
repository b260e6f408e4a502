import { TranscriptError } from './errors.js';
import { parseDocument, UnknownFormatError } from './index.js';
import { decodeBytes } from './read.js';
import { DEFAULT_SPEAKER_LABELS } from './speakers.js';
export { TranscriptError };
/** What `parseDocument` is given for a file read with these input options. */
export function parseOptions(opts, filePath, format = opts.format) {
    return {
        filePath,
        labels: opts.labels ?? DEFAULT_SPEAKER_LABELS,
        ...(format !== undefined ? { format } : {}),
        ...(opts.speakerRoles !== undefined ? { speakerRoles: opts.speakerRoles } : {}),
        ...(opts.csv !== undefined ? { csv: opts.csv } : {}),
        ...(opts.directiveMarker !== undefined ? { directiveMarker: opts.directiveMarker } : {}),
    };
}
export function parseInputBytes(bytes, filePath, opts = {}) {
    const decoded = decodeBytes(bytes, { encoding: opts.encoding });
    if (!decoded.ok)
        return { ok: false, error: { message: decoded.reason } };
    if (decoded.text.trim() === '')
        return { ok: false, error: { message: 'empty file; skipped' } };
    try {
        const doc = parseDocument(decoded.text, parseOptions(opts, filePath));
        doc.notices.unshift(...decoded.notices);
        return { ok: true, doc, encoding: decoded.encoding, notices: doc.notices };
    }
    catch (e) {
        if (e instanceof TranscriptError) {
            const error = { message: e.reason };
            if (e.line !== undefined)
                error.line = e.line;
            if (e.column !== undefined)
                error.column = e.column;
            return { ok: false, error };
        }
        if (e instanceof UnknownFormatError)
            return { ok: false, error: { message: e.message } };
        throw e;
    }
}
/** Library API: parses a transcript (bytes or text); throws a TranscriptError on bad input. */
export function parseTranscript(input, opts = {}) {
    const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
    const r = parseInputBytes(bytes, opts.filePath ?? '<input>', typeof input === 'string' ? { ...opts, encoding: 'utf-8' } : opts);
    if (!r.ok)
        throw new TranscriptError(r.error.message, r.error.line, r.error.column);
    return r.doc;
}
