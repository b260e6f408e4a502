/** Redaction placeholders are blanked (same length) and never reported as speech. */
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine/linter.js';
import { blankRedactions } from '../../src/input/redaction.js';
import { parsePack } from '../../src/packs/load.js';
import { fixture, parse } from './helpers.js';

describe('blankRedactions', () => {
  it.each([
    ['My card is [PII].', 'My card is      .'],
    ['Call [NAME] at <PHONE> or {{PHONE}}', 'Call        at         or          '],
    ['[REDACTED] and *** and #####', '           and     and      '],
    ['Меня зовут [ИМЯ], телефон [ТЕЛЕФОН]', 'Меня зовут      , телефон          '],
    ['我的电话是[电话]，姓名【姓名】', '我的电话是    ，姓名    '],
    ['[PERSON_NAME] said [CREDIT CARD NUMBER]', '              said                     '],
    ['[laughter] is kept, so is a*b and #1', '[laughter] is kept, so is a*b and #1'],
    ['<v Agent> is not a placeholder', '<v Agent> is not a placeholder'],
  ])('%j', (text, expected) => {
    expect(blankRedactions(text)).toBe(expected);
    expect(blankRedactions(text).length).toBe(text.length);
  });
});

const pack = parsePack(
  `pack: t
rules:
  - id: t/no-you
    type: forbidden
    severity: warning
    message: "{{match}}"
    speaker: agent
    patterns:
      en: ["you must confirm", "you must"]
      ru: ["ты"]
  - id: t/caps
    type: forbidden
    severity: warning
    message: "{{match}}"
    speaker: any
    patterns:
      en: ["pii", "name", "redacted"]
`,
  't.yaml',
);
if (!pack.ok) throw new Error(JSON.stringify(pack.errors));
const linter = new Linter({ packs: [pack.pack] });

describe('placeholders in transcripts', () => {
  it('are not speech, and matching around them keeps exact positions', () => {
    const src = JSON.stringify({ results: { utterances: [{ start: 0, end: 1, speaker: 0, transcript: 'Mr [NAME], you must confirm [PII] first.' }] } });
    const doc = parse(src);
    const r = linter.lintDocument(doc, 'x.json');
    expect(r.diagnostics.map((d) => [d.ruleId, d.matchedText, src.slice(d.offset, d.endOffset)])).toEqual([['t/no-you', 'you must confirm', 'you must confirm']]);
  });

  it('plain transcripts too: a placeholder is never matched as a word', () => {
    const doc = parse('Agent: Hello [NAME], your number [REDACTED] is noted.\nCustomer: ok');
    expect(doc.calls[0]!.turns[0]!.text).toBe('Hello       , your number            is noted.');
    expect(linter.lintDocument(doc, 'x.txt').diagnostics).toEqual([]);
  });

  it('Contact Lens [PII] in the fixture is blank in the turn text', () => {
    const doc = fixture('contact-lens/en-redacted-clean.json');
    const turn = doc.calls[0]!.turns.find((t) => t.text.startsWith('It is'))!;
    expect(turn.text).toBe('It is      .');
    expect(doc.source.slice(turn.sourceOffset!, turn.sourceOffset! + turn.text.length)).toBe('It is [PII].');
  });
});
