/**
 * Positions through the whole pipeline: every fixture is linted with the shipped packs, and every
 * diagnostic on a verbatim turn slices exactly its matched words out of the decoded source; a
 * diagnostic on a turn without a verbatim position points at the opening quote of the text string.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine/linter.js';
import { parsePack, loadPacks } from '../../src/packs/load.js';
import type { Diagnostic, ParsedDocument, Turn } from '../../src/types.js';
import { fixture, parse, TRANSCRIPTS } from './helpers.js';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

function listFixtures(dir: string): string[] {
  return walk(dir)
    .filter((f) => !f.endsWith('.expected'))
    .map((f) => relative(TRANSCRIPTS, f))
    .filter((f) => !f.startsWith('broken'))
    .sort();
}

const FIXTURES = listFixtures(TRANSCRIPTS);

const packs = loadPacks(['ru', 'zh', 'en']);
if (!packs.ok) throw new Error(JSON.stringify(packs.errors));
const linter = new Linter({ packs: packs.packs, variables: { company: ['Ромашка', '蓝天保险', 'Acme Energy'] } });

/** A piece of JSON string source decoded (escapes resolved; an escape cut in half is dropped). */
function decoded(piece: string): string {
  return piece.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/\\u[0-9a-fA-F]{0,3}$|^[0-9a-fA-F]{1,4}/, '').replace(/\\(.)/g, '$1');
}

function turnOf(doc: ParsedDocument, d: Diagnostic): Turn {
  const call = doc.calls.find((c) => c.id === (d.callId ?? null))!;
  return call.turns[d.turn!]!;
}

describe('diagnostics point at the words in the decoded source', () => {
  it('finds the fixtures', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(35);
  });

  it.each(FIXTURES)('%s', (rel) => {
    const doc = fixture(rel, { labels: linter.labels });
    const result = linter.lintDocument(doc, rel);
    const violations = /violations|no-speakers|calls|encodings\/(?:ru-koi8r|zh-gbk|zh-tw-big5|en-)|ru-utf16le|speaker-numbers/.test(rel);
    if (violations) expect(result.diagnostics.length).toBeGreaterThan(0);
    else expect(result.diagnostics).toEqual([]);
    for (const d of result.diagnostics) {
      const turn = turnOf(doc, d);
      if (d.documentLevel) continue;
      if (turn.sourceOffset !== null) {
        // Line breaks inside a turn read as spaces; everything else is the source itself.
        expect(doc.source.slice(d.offset, d.endOffset).replace(/[\r\n]/g, ' ')).toBe(d.matchedText);
        expect(d.offset).toBeGreaterThanOrEqual(turn.sourceOffset);
        expect(d.endOffset).toBeLessThanOrEqual(turn.sourceOffset + turn.text.length);
      } else if (turn.sourceMap) {
        // Not a literal slice (escapes, joined words), but the range starts at the first matched
        // character and ends after the last one, and nothing in it is fixable.
        const slice = doc.source.slice(d.offset, d.endOffset);
        const first = d.matchedText!.trimStart()[0]!;
        const last = d.matchedText!.trimEnd().at(-1)!;
        expect(decoded(slice.slice(0, 6))[0]).toBe(first);
        expect(decoded(slice.slice(-6)).at(-1)).toBe(last);
        expect(d.suggestions.every((x) => !x.fixable)).toBe(true);
      } else {
        expect([d.offset, d.endOffset]).toEqual([turn.anchorOffset, turn.anchorOffset]);
        expect(doc.source[d.offset]).toBe('"');
      }
    }
  });
});

const PACK = parsePack(
  `pack: t
rules:
  - id: t/dont-know
    type: forbidden
    severity: error
    message: "{{match}}"
    speaker: agent
    patterns:
      ru: ["не знаю"]
      zh: ["不知道"]
      en: ["don't know"]
`,
  't.yaml',
);
if (!PACK.ok) throw new Error(JSON.stringify(PACK.errors));
const tiny = new Linter({ packs: [PACK.pack] });

describe('exact line/column per format (tiny pack)', () => {
  const cases: [string, string, { filePath?: string }, [number, number, number, number][]][] = [
    ['SRT, second line of a cue', '1\n00:00:01,000 --> 00:00:02,000\nОператор: Ну,\nя не знаю.\n', {}, [[4, 3, 4, 10]]],
    ['WebVTT voice tag', 'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Agent>I don\'t know.</v>\n', {}, [[4, 12, 4, 22]]],
    ['Deepgram utterance', '{"results": {"utterances": [\n  {"start": 0, "end": 1, "speaker": 0, "transcript": "这个我不知道。"}\n]}}', {}, [[2, 58, 2, 61]]],
    ['CSV quoted field', 'speaker,text\nagent,"Hmm, I don\'t know."\n', { filePath: 'a.csv' }, [[2, 15, 2, 25]]],
    ['CSV field with doubled quotes: mapped through the doubled quotes', 'speaker,text\nagent,"I ""really"" don\'t know."\n', { filePath: 'a.csv' }, [[2, 21, 2, 31]]],
    ['JSONL second line', '{"speaker":"customer","text":"hi"}\n{"speaker":"agent","text":"I don\'t know"}\n', {}, [[2, 30, 2, 40]]],
    ['Contact Lens escaped string: mapped through the escapes', '{"Participants":[{"ParticipantId":"a","ParticipantRole":"AGENT"}],\n"Transcript":[{"Content":"\\"I don\'t know\\"","ParticipantId":"a","BeginOffsetMillis":0,"EndOffsetMillis":1}]}', {}, [[2, 31, 2, 41]]],
    ['Whisper \\u escapes: from the first escape of «не» to the end of «ю»', '{"segments": [{"start": 0, "end": 1, "text": " \\u042f \\u043d\\u0435 \\u0437\\u043d\\u0430\\u044e"}]}', {}, [[1, 55, 1, 92]]],
    ['UTF-16-decoded plain transcript', 'Оператор: Я не знаю.', {}, [[1, 13, 1, 20]]],
  ];
  it.each(cases)('%s', (_name, src, opts, expected) => {
    const doc = parse(src, opts);
    const r = tiny.lintDocument(doc, 'x');
    expect(r.diagnostics.map((d) => [d.line, d.column, d.endLine, d.endColumn])).toEqual(expected);
  });

  it('AWS Transcribe: joined words are mapped from the first matched word to the last', () => {
    const src = JSON.stringify({ results: { transcripts: [{ transcript: '' }], speaker_labels: { segments: [] }, items: [
      { start_time: '0.1', end_time: '0.2', alternatives: [{ content: 'Hello' }], type: 'pronunciation', speaker_label: 'spk_0' },
      { start_time: '1.1', end_time: '1.2', alternatives: [{ content: 'I' }], type: 'pronunciation', speaker_label: 'spk_0' },
      { start_time: '1.2', end_time: '1.4', alternatives: [{ content: "don't" }], type: 'pronunciation', speaker_label: 'spk_0' },
      { start_time: '1.4', end_time: '1.6', alternatives: [{ content: 'know' }], type: 'pronunciation', speaker_label: 'spk_0' },
    ] } });
    const doc = parse(src);
    const [d] = tiny.lintDocument(doc, 'x').diagnostics;
    expect(d).toMatchObject({ offset: src.indexOf("don't"), endOffset: src.indexOf('know"') + 4, matchedText: "don't know", startTime: 0.1, endTime: 1.6 });
    expect(d!.suggestions).toEqual([]);
  });
});
