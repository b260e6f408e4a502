import { assemblyai } from './formats/assemblyai.js';
import { awsTranscribe } from './formats/aws-transcribe.js';
import { ccai } from './formats/ccai.js';
import { contactLens } from './formats/contact-lens.js';
import { csv } from './formats/csv.js';
import { deepgram } from './formats/deepgram.js';
import { jsonRecords } from './formats/json.js';
import { jsonl } from './formats/jsonl.js';
import { srt } from './formats/srt.js';
import { tsv } from './formats/tsv.js';
import { webvtt } from './formats/webvtt.js';
import { whisper } from './formats/whisper.js';
import { markdownVisibleText } from './markdown.js';
import { parsePlain } from './plain.js';
import { ContentProbe } from './probe.js';
import { documentOfRecords } from './records.js';
import { blankRedactions, mayHaveRedactions } from './redaction.js';
import { assignRoles } from './roles.js';
import { DEFAULT_SPEAKER_LABELS } from './speakers.js';
const markdown = {
    name: 'markdown',
    description: 'Markdown script or transcript (code, front matter, headings and comments are skipped)',
    detect: (_text, filePath) => filePath !== undefined && /\.(md|markdown)$/i.test(filePath),
    parse: (text, opts) => parsePlain(text, markdownVisibleText(text), 'markdown', { labels: opts.labels, directiveMarker: null }),
};
const plain = {
    name: 'text',
    description: 'Plain text: a script, or a transcript with "Speaker: text" lines',
    detect: () => true,
    parse: (text, opts) => parsePlain(text, text, 'text', { labels: opts.labels, ...(opts.directiveMarker !== undefined ? { directiveMarker: opts.directiveMarker } : {}) }),
};
/** Registered formats, most specific first; `text` is the fallback. */
export const INPUT_FORMATS = [
    awsTranscribe,
    contactLens,
    deepgram,
    assemblyai,
    ccai,
    whisper,
    jsonl,
    jsonRecords,
    webvtt,
    srt,
    tsv,
    csv,
    markdown,
    plain,
];
export class UnknownFormatError extends Error {
}
/** The format that would read `text` (forced by name, else detected). */
export function selectFormat(text, opts, probe = new ContentProbe(text)) {
    if (opts.format !== undefined) {
        const f = INPUT_FORMATS.find((x) => x.name === opts.format);
        if (!f)
            throw new UnknownFormatError(`unknown input format "${opts.format}"; known: ${INPUT_FORMATS.map((x) => x.name).join(', ')}`);
        return f;
    }
    return INPUT_FORMATS.find((x) => x.detect(text, opts.filePath, probe)) ?? plain;
}
function formatParseOptions(opts, probe) {
    return { labels: opts.labels ?? DEFAULT_SPEAKER_LABELS, probe, filePath: opts.filePath, speakerRoles: opts.speakerRoles, csv: opts.csv, directiveMarker: opts.directiveMarker };
}
/**
 * `parseDocument` in two steps, for a format with records (see InputFormat.records): null for any
 * other format. Throws as parseDocument does.
 */
export function readRecords(text, opts = {}) {
    const probe = new ContentProbe(text);
    const f = selectFormat(text, opts, probe);
    if (f.records === undefined)
        return null;
    const parseOpts = formatParseOptions(opts, probe);
    return { format: f.name, records: f.records(text, parseOpts), document: (rows) => documentOfRecords(text, f.name, rows, parseOpts) };
}
/**
 * Parses decoded text. Throws UnknownFormatError for an unknown forced format and a
 * TranscriptError (with line/column) for a file that is not valid in its format.
 */
export function parseDocument(text, opts = {}) {
    const probe = new ContentProbe(text);
    const f = selectFormat(text, opts, probe);
    const doc = f.parse(text, formatParseOptions(opts, probe));
    if (f === plain || f === markdown) {
        const redactions = mayHaveRedactions(text);
        for (const call of doc.calls) {
            // Redaction placeholders are not speech (transcript formats blank them while building).
            if (redactions)
                for (const turn of call.turns)
                    turn.text = blankRedactions(turn.text);
            // Numbered speakers (`Speaker 1:`) have no role of their own: the same guess as elsewhere.
            if (call.turns.some((t) => t.speaker !== null && t.role === 'unknown')) {
                const labels = opts.labels ?? DEFAULT_SPEAKER_LABELS;
                const r = assignRoles(call.turns.map((t) => ({ speaker: t.speaker, text: t.text, role: t.role === 'unknown' ? undefined : t.role })), { labels, speakerRoles: opts.speakerRoles });
                call.turns.forEach((t, i) => (t.role = r.roles[i]));
                if (r.notice)
                    doc.notices.push(r.notice);
            }
        }
    }
    return doc;
}
