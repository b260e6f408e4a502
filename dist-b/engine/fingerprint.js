/**
 * A finding's fingerprint: a hash that survives unrelated edits, so a baseline (and a SARIF
 * viewer's `partialFingerprints`) recognises the same finding after lines were inserted above it.
 *
 * hash = sha256 of JSON [version, ruleId, callId, matched, before, after] where
 * - `matched` is the matched words, normalised (lower case, ё→е, Traditional→Simplified,
 *   full-width→half-width) and reduced to their word tokens joined by one space;
 * - `before` / `after` are up to CONTEXT_WORDS word tokens before and after the match in the same
 *   sentence of the same turn (the turn, not the line, so speaker labels and timestamps do not
 *   count; the sentence, so editing the next sentence does not count either);
 * - findings about a whole call (required / limit rules) have no words: rule + call only.
 * No line numbers and no offsets go in.
 */
import * as crypto from 'node:crypto';
import { normalize } from '../text/normalize.js';
import { SENTENCE_START, tokenize } from '../text/tokenize.js';
export const FINGERPRINT_VERSION = 1;
/** Words of context on each side of the match. */
export const CONTEXT_WORDS = 3;
function words(text) {
    return tokenize(normalize(text)).text;
}
/** Up to CONTEXT_WORDS words before and after [start, end) in `text`, within the match's sentence. */
function context(t, start, end) {
    const before = [];
    const after = [];
    let first = t.start.findIndex((s) => s >= start);
    if (first === -1)
        first = t.start.length;
    // Before: back from the match, up to the token that starts the sentence.
    if (!(first < t.flags.length && t.flags[first] & SENTENCE_START && t.start[first] === start)) {
        for (let i = first - 1; i >= 0 && before.length < CONTEXT_WORDS; i--) {
            if (t.end[i] > start)
                continue;
            before.unshift(t.text[i]);
            if (t.flags[i] & SENTENCE_START)
                break;
        }
    }
    // After: from the match's end, up to the next sentence start.
    for (let i = 0; i < t.start.length && after.length < CONTEXT_WORDS; i++) {
        if (t.start[i] < end)
            continue;
        if (t.flags[i] & SENTENCE_START)
            break;
        after.push(t.text[i]);
    }
    return [before.join(' '), after.join(' ')];
}
/** The parts that go into the hash (exported for tests and docs). */
export function fingerprintParts(d, turn, turnTokens) {
    const callId = d.callId ?? '';
    if (d.documentLevel || d.matchedText === undefined)
        return [d.ruleId, callId, '', '', ''];
    const matched = words(d.matchedText).join(' ');
    if (!turn)
        return [d.ruleId, callId, matched, '', ''];
    let start = turn.sourceOffset !== null ? d.offset - turn.sourceOffset : turn.sourceMap ? turn.sourceMap.starts.indexOf(d.offset) : turn.text.indexOf(d.matchedText);
    if (start < 0 || start > turn.text.length)
        start = Math.max(0, turn.text.indexOf(d.matchedText));
    const end = Math.min(turn.text.length, start + d.matchedText.length);
    const [before, after] = context(turnTokens ?? tokenize(normalize(turn.text)), start, end);
    return [d.ruleId, callId, matched, before, after];
}
export function hashParts(parts) {
    const data = JSON.stringify([FINGERPRINT_VERSION, ...parts]);
    return oneShotHash ? oneShotHash('sha256', data, 'hex') : crypto.createHash('sha256').update(data).digest('hex');
}
/**
 * crypto.hash (Node 20.12+): the same digest as createHash().update().digest() without a Hash
 * object per finding (the command line fingerprints every finding). Older Node 20 has no such
 * function and takes createHash.
 */
const oneShotHash = crypto.hash;
/** The turn a diagnostic was reported in, if any. */
export function turnOf(doc, d) {
    if (d.turn === undefined)
        return undefined;
    const call = doc.calls.find((c) => c.id === (d.callId ?? null)) ?? (doc.calls.length === 1 ? doc.calls[0] : undefined);
    return call?.turns[d.turn];
}
/** Sets `fingerprint` on every diagnostic. */
export function addFingerprints(doc, diagnostics) {
    const tokens = new Map();
    const calls = new Map();
    for (const c of doc.calls)
        if (!calls.has(c.id))
            calls.set(c.id, c);
    const single = doc.calls.length === 1 ? doc.calls[0] : undefined;
    for (const d of diagnostics) {
        const turn = d.turn === undefined ? undefined : (calls.get(d.callId ?? null) ?? single)?.turns[d.turn];
        let t;
        if (turn && !d.documentLevel && d.matchedText !== undefined) {
            t = tokens.get(turn);
            if (!t)
                tokens.set(turn, (t = tokenize(normalize(turn.text))));
        }
        d.fingerprint = hashParts(fingerprintParts(d, turn, t));
    }
}
