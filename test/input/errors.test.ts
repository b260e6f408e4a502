/** Bad input is reported with the place where known — never a crash, never linted as text. */
import { describe, expect, it } from 'vitest';
import { parseInputBytes, parseTranscript, TranscriptError } from '../../src/input/load.js';
import { fixtureBytes } from './helpers.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('broken fixtures', () => {
  it.each([
    ['broken/malformed.json', 'invalid JSON: expected \',\' or \'}\' after property value, found character "\\""', 4, 33],
    ['broken/truncated-deepgram.json', 'invalid JSON: unexpected end of input (the object opened at line 37, column 15 is not closed)', 42, 2],
    ['broken/unknown-shape.json', 'unrecognised JSON transcript: expected Amazon Transcribe, Contact Lens, Deepgram, AssemblyAI, Whisper or CCAI output, or an array of {speaker, text} turns (see docs/inputs.md); force a format with --input-format', 1, 1],
    ['broken/bad-line.jsonl', "invalid JSON: unexpected end of input (expected ',' or '}'; the object opened at line 2, column 1 is not closed)", 2, 53],
    ['broken/ragged.csv', 'row has 4 fields, the header has 3', 4, 1],
    ['broken/no-text-column.csv', 'no text column in the header ("call_id", "speaker", "duration"); expected one of text, transcript, utterance, content, текст, реплика, 文本, 内容… or name it with the csv.text option', 1, 1],
    ['broken/bad-timing.srt', 'expected a cue timing line ("00:00:01,000 --> 00:00:04,000")', 6, 1],
    ['broken/bad-timing.vtt', 'cue ends (00:03.500) before it starts (00:04.000)', 6, 15],
    ['broken/no-header.vtt', 'a WebVTT file must start with "WEBVTT"', 1, 1],
    ['broken/empty.txt', 'empty file; skipped', undefined, undefined],
    ['broken/binary.txt', 'binary file; skipped', undefined, undefined],
  ])('%s', (rel, message, line, column) => {
    const r = parseInputBytes(fixtureBytes(rel), rel);
    const error: Record<string, unknown> = { message };
    if (line !== undefined) Object.assign(error, { line, column });
    expect(r).toEqual({ ok: false, error });
  });
});

describe('located errors (inline)', () => {
  it.each([
    ['JSON trailing comma', '{"results": {"utterances": [1,]}}', 'a.json', "invalid JSON: unexpected ']' after ',' (trailing comma)", 1, 31],
    ['JSON bad escape', '{"text": "a\\qb"}', 'a.json', 'invalid JSON: invalid escape sequence in string', 1, 12],
    ['JSON raw line break in a string', '{"segments": [{"text": "a\nb"}]}', 'a.json', 'invalid JSON: unterminated string (a line break inside a string must be written \\n)', 1, 26],
    ['JSON garbage after the value', '{"entries": []} x', 'a.json', 'invalid JSON: unexpected character "x" after the end of the JSON value', 1, 17],
    ['JSON empty array is not a transcript shape? (it is: no turns)', '[1, 2]', 'a.json', 'unrecognised JSON transcript: expected Amazon Transcribe, Contact Lens, Deepgram, AssemblyAI, Whisper or CCAI output, or an array of {speaker, text} turns (see docs/inputs.md); force a format with --input-format', 1, 1],
    ['JSONL non-object line', '{"text":"a"}\n[1]\n', 'a.jsonl', 'expected one JSON object per line', 2, 1],
    ['CSV unterminated quote', 'speaker,text\nagent,"hello\n', 'a.csv', 'unterminated quoted field', 2, 7],
    ['CSV text after a closing quote', 'speaker,text\nagent,"hello"x\n', 'a.csv', 'unexpected "x" after a closing quote (expected the delimiter or a line end)', 2, 14],
    ['CSV bad time', 'speaker,text,start\nagent,hello,soon\n', 'a.csv', 'invalid time "soon" in "start" (expected seconds, 00:01:02.5 or a date-time)', 2, 13],
    ['CSV override names a missing column', 'speaker,text\nagent,hi\n', 'a.csv', 'column "Фраза" (csv.text) not found; columns: "speaker", "text"', 1, 1],
    ['SRT bad start time', '1\n00:00:01,000 --> 00:00:02,000\nhi\n\n2\n00:0x:03,000 --> 00:00:04,000\nho\n', 'a.srt', 'invalid start time "00:0x:03,000"', 6, 1],
    ['SRT cue without a timing line', '1\n00:00:01,000 --> 00:00:02,000\nhi\n\n2\nho\n', 'a.srt', 'expected a cue timing line ("00:00:01,000 --> 00:00:04,000")', 6, 1],
    ['SRT text where a cue number should be', '1\n00:00:01,000 --> 00:00:02,000\nhi\n\nhello there\nho\n', 'a.srt', 'expected a cue number or a timing line ("00:00:01,000 --> 00:00:04,000"), found "hello there"', 5, 1],
    ['WebVTT malformed arrow', 'WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n\n00:03.000 --> 00:04\nho\n', 'a.vtt', 'invalid end time "00:04"', 6, 15],
    ['unknown forced format', 'x', 'a.txt', 'unknown input format "nope"; known: aws-transcribe, contact-lens, deepgram, assemblyai, ccai, whisper, jsonl, json, webvtt, srt, tsv, csv, markdown, text', undefined, undefined],
  ])('%s', (name, src, file, message, line, column) => {
    const opts = name.startsWith('CSV override') ? { csv: { text: 'Фраза' } } : name.startsWith('unknown forced') ? { format: 'nope' } : {};
    const r = parseInputBytes(enc(src), file, opts);
    const error: Record<string, unknown> = { message };
    if (line !== undefined) Object.assign(error, { line, column });
    expect(r).toEqual({ ok: false, error });
  });

  it('whitespace-only files are empty', () => {
    expect(parseInputBytes(enc(' \n\t\n'), 'a.srt')).toEqual({ ok: false, error: { message: 'empty file; skipped' } });
  });

  it('a JSON transcript with no turns is read, with a notice', () => {
    const r = parseInputBytes(enc('{"results": {"utterances": []}}'), 'a.json');
    expect(r.ok && [r.doc.format, r.doc.calls.length, r.notices]).toEqual(['deepgram', 1, ['no speech found in the file']]);
  });

  it('parseTranscript throws a TranscriptError with line and column', () => {
    let caught: unknown;
    try {
      parseTranscript('speaker,text\nagent,hi,there\n', { filePath: 'x.csv' });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(TranscriptError);
    expect(caught).toMatchObject({ reason: 'row has 3 fields, the header has 2', line: 2, column: 1, message: '2:1: row has 3 fields, the header has 2' });
  });
});
