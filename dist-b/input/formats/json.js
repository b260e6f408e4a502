/**
 * JSON records: an array of turn objects, or of call objects that hold such an array (`turns`,
 * `messages`, `utterances`, `entries`, `segments`, `dialog`…), or one call object. Any other JSON
 * is refused with a message naming the known formats; broken JSON with its syntax error.
 */
import { buildDocument } from '../document.js';
import { TranscriptError } from '../errors.js';
import { rowsToCalls } from '../records.js';
import { hasTextField, recordOf, turnArrayKey } from './json-records.js';
import { isObject } from './shared.js';
export const jsonRecords = {
    name: 'json',
    description: 'JSON array of turn objects, or of calls holding one (turns/messages/utterances…); other JSON is refused with its syntax error',
    detect: (text, filePath, probe) => {
        if (filePath !== undefined && /\.json$/i.test(filePath))
            return true;
        if (probe.json() !== undefined)
            return true;
        // Looks like JSON but does not parse: claim it, so the syntax error is reported.
        return /^\s*(?:\{(?!\{)|\[\s*[{["\]])/.test(text);
    },
    parse: (text, opts) => {
        const doc = opts.probe.jsonWithPositions();
        // The line index only to place an error (lintDocument makes its own over the same text).
        const lines = () => opts.probe.lines;
        const root = doc.value;
        const records = [];
        const located = (o, m) => TranscriptError.at(lines(), o, m);
        const addCall = (obj, path, key, position) => {
            const callFields = recordOf(obj, path, doc, opts).fields;
            const inherited = {};
            if (callFields.callId)
                inherited.callId = callFields.callId;
            // Calls in an array without an id of their own are numbered by position (1, 2, …).
            else if (position !== undefined)
                inherited.callId = { value: String(position + 1), verbatimOffset: null, offset: doc.offsetOf(path) ?? 0, name: '#' };
            if (callFields.agent)
                inherited.agent = callFields.agent;
            const turns = obj[key];
            if (turns.length === 0 && inherited.callId)
                records.push({ start: doc.offsetOf(path) ?? 0, fields: inherited });
            turns.forEach((t, i) => {
                if (isObject(t))
                    records.push(recordOf(t, [...path, key, i], doc, opts, inherited));
            });
        };
        if (Array.isArray(root) && root.every((r) => isObject(r) && hasTextField(r, opts))) {
            root.forEach((r, i) => records.push(recordOf(r, [i], doc, opts)));
        }
        else if (Array.isArray(root) && root.length > 0 && root.every((r) => isObject(r) && turnArrayKey(r, opts) !== undefined)) {
            root.forEach((r, i) => addCall(r, [i], turnArrayKey(r, opts), i));
        }
        else if (isObject(root) && turnArrayKey(root, opts) !== undefined) {
            addCall(root, [], turnArrayKey(root, opts));
        }
        else {
            throw located(doc.offsetOf([]) ?? 0, 'unrecognised JSON transcript: expected Amazon Transcribe, Contact Lens, Deepgram, AssemblyAI, Whisper or CCAI output, or an array of {speaker, text} turns (see docs/inputs.md); force a format with --input-format');
        }
        // Without any call id the file is one call.
        return buildDocument(text, 'json', rowsToCalls(records, located, { labels: opts.labels }), opts);
    },
};
