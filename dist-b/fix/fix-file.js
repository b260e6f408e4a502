/**
 * `--fix` for one file on disk: read, decode exactly as linting does, refuse what must not be
 * changed (transcripts, texts that cannot be written back in their encoding), fix in passes
 * (apply.ts), then write atomically (write-file-atomic: a temp file in the same folder, fsync,
 * rename; the file's mode and owner kept). A failure at any point leaves the original bytes as
 * they were. Nothing is written when the text did not change.
 *
 * Encodings: a UTF-8 file is written back as UTF-8, with its byte-order mark if it had one. A file
 * decoded from another encoding (windows-1251, GB18030, Big5, UTF-16…) is re-encoded in the same
 * encoding with iconv-lite, but only when that is lossless: the original bytes must survive a
 * decode/encode round trip and the fixed text must be representable in the encoding; otherwise
 * the file is refused with a notice and left untouched.
 */
import { accessSync, constants, readFileSync } from 'node:fs';
import { createTwoFilesPatch } from 'diff';
import { iconv, writeFileAtomic } from '../lazy-deps.js';
import { parseDocument } from '../input/index.js';
import { parseInputBytes } from '../input/load.js';
import { fixesOf, fixText } from './apply.js';
/** Input formats whose text is the agent's script and may be edited. */
export const FIXABLE_FORMATS = ['text', 'markdown'];
/** True when a lint result has a fixable problem the filter lets through. */
export function hasFixes(result, filter = {}, ruleType) {
    return fixesOf(result, filter, ruleType).length > 0;
}
/** A rule id → its type, from a linter's definitions. */
export function ruleTypes(linter) {
    const types = new Map(linter.definitions.map((d) => [d.id, d.type]));
    return (id) => types.get(id);
}
/** Why --fix leaves a document alone, or null when it may fix it. */
export function refusal(kind, format) {
    if (kind === 'transcript' || (format !== undefined && !FIXABLE_FORMATS.includes(format))) {
        return `--fix does not change transcripts (${format ?? 'unknown'} format): they are a record of what was said; the file was left as it is`;
    }
    return null;
}
const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** How to write a text back in the encoding the file was read in; a string when that cannot be done safely. */
export function codecFor(bytes, encoding, source) {
    const enc = (encoding ?? 'utf-8').toLowerCase();
    if (enc === 'utf-8' || enc === 'utf8' || enc === 'utf-8-bom' || enc === 'utf-8 with bom') {
        const bom = UTF8_BOM.every((b, i) => bytes[i] === b);
        const encode = (text) => Buffer.from((bom ? '\ufeff' : '') + text, 'utf8');
        if (!Buffer.from(encode(source)).equals(Buffer.from(bytes)))
            return 'the file does not read back byte for byte as UTF-8; the file was left as it is';
        return { encode, check: (text) => (text.isWellFormed() ? null : 'the fixed text is not valid Unicode') };
    }
    if (!iconv().encodingExists(enc))
        return `cannot write ${encoding} (an encoding iconv-lite does not know); the file was left as it is`;
    const decoded = iconv().decode(Buffer.from(bytes), enc, { stripBOM: false });
    const bom = decoded.charCodeAt(0) === 0xfeff;
    const encode = (text) => iconv().encode((bom ? '\ufeff' : '') + text, enc, { addBOM: false });
    const body = bom ? decoded.slice(1) : decoded;
    if (body !== source || !Buffer.from(encode(body)).equals(Buffer.from(bytes))) {
        return `the file does not survive a round trip through ${encoding}, so it cannot be rewritten without changing other bytes; the file was left as it is`;
    }
    return {
        encode,
        check: (text) => {
            const back = iconv().decode(Buffer.from(encode(text)), enc, { stripBOM: false });
            return back === (bom ? '\ufeff' : '') + text ? null : `the fixed text has characters that ${encoding} cannot encode; the file was left as it is`;
        },
    };
}
/** The outcome decided by a lint result alone (nothing to fix, or a transcript), or null to go on. */
function precheck(initial, filter, ruleType) {
    const fixable = hasFixes(initial, filter, ruleType);
    const why = refusal(initial.kind, initial.format);
    if (why !== null && fixable)
        return { status: 'refused', reason: why };
    if (why !== null || initial.fatal || !fixable)
        return { status: 'unchanged', result: initial };
    return null;
}
/**
 * Fixes the bytes of one file (or of standard input) without writing anything: decode, refuse or
 * fix, re-encode. `initial` is the file's lint result from this run, if the caller has it (used
 * only to skip files with nothing to fix without decoding them again).
 */
export function fixBytes(bytes, linter, opts, initial) {
    const ruleType = ruleTypes(linter);
    const filter = opts.filter ?? {};
    const early = initial ? precheck(initial, filter, ruleType) : null;
    if (early)
        return early;
    const parsed = parseInputBytes(bytes, opts.displayPath, opts.input);
    if (!parsed.ok)
        return { status: 'failed', reason: `cannot read the file to fix it: ${parsed.error.message}` };
    const doc = parsed.doc;
    const why = refusal(doc.kind, doc.format);
    const labels = opts.input?.labels ?? linter.labels;
    const finish = (r) => {
        r.notices = [...parsed.notices, ...r.notices.filter((n) => !parsed.notices.includes(n))];
        r.encoding = parsed.encoding;
        return r;
    };
    const first = finish(linter.lintDocument(doc, opts.displayPath));
    if (why !== null)
        return hasFixes(first, filter, ruleType) ? { status: 'refused', reason: why } : { status: 'unchanged', result: first };
    if (!hasFixes(first, filter, ruleType))
        return { status: 'unchanged', result: first };
    const codec = codecFor(bytes, parsed.encoding, doc.source);
    if (typeof codec === 'string')
        return { status: 'refused', reason: codec };
    // Re-parse exactly as the file was parsed (same format, labels and input options).
    const lint = (text) => linter.lintDocument(parseDocument(text, { ...opts.input, filePath: opts.displayPath, labels, format: doc.format }), opts.displayPath);
    const fix = fixText(doc.source, lint, { filter, ruleType, initial: first });
    const result = finish(fix.result);
    if (fix.output === doc.source)
        return { status: 'unchanged', result, fix };
    const problem = codec.check(fix.output);
    if (problem !== null)
        return { status: 'refused', reason: problem };
    const diff = opts.dryRun ? createTwoFilesPatch(`a/${opts.displayPath}`, `b/${opts.displayPath}`, doc.source, fix.output) : '';
    return { status: 'fixed', result, fix, diff, written: false, bytes: codec.encode(fix.output) };
}
/** Fixes one file on disk (see fixBytes), writing it atomically unless `dryRun`. */
export function fixFile(absPath, linter, opts, initial) {
    const early = initial ? precheck(initial, opts.filter ?? {}, ruleTypes(linter)) : null;
    if (early)
        return early;
    let bytes;
    try {
        bytes = readFileSync(absPath);
    }
    catch (e) {
        return { status: 'failed', reason: `cannot read the file to fix it: ${e.message}` };
    }
    const outcome = fixBytes(bytes, linter, opts);
    if (outcome.status !== 'fixed' || opts.dryRun)
        return outcome;
    try {
        // A file the user cannot write is not replaced behind their back (the rename would allow it).
        accessSync(absPath, constants.W_OK);
        writeFileAtomic().sync(absPath, Buffer.from(outcome.bytes));
    }
    catch (e) {
        const err = e;
        return { status: 'failed', reason: `cannot write the fixed file (${err.code ?? err.message}); the original is unchanged` };
    }
    return { ...outcome, written: true };
}
/** Notes about a fix that did not go all the way: rules undoing each other, the pass limit. */
export function fixNotes(fix) {
    const notes = [];
    if (fix.cycleRules.length > 0)
        notes.push(`the fixes of ${fix.cycleRules.join(', ')} undo each other, so they were not applied`);
    if (fix.exhausted)
        notes.push(`fixable problems remain after ${fix.passes} passes (the limit); run --fix again`);
    return notes;
}
/** "2 problems fixed (ru/formal-address ×1, ru/no-slang ×1)". */
export function describeFix(fix, dryRun) {
    const rules = Object.entries(fix.appliedByRule)
        .map(([id, n]) => `${id} ×${n}`)
        .join(', ');
    return `${fix.applied} problem${fix.applied === 1 ? '' : 's'} ${dryRun ? 'would be fixed' : 'fixed'} (${rules})`;
}
