/**
 * OpenAI Whisper JSON (`verbose_json` / the CLI's `.json`): `segments[]` with `text` and
 * `start`/`end` in seconds; one turn per segment. Plain Whisper has no speakers (every turn is read
 * as agent speech, with a notice); WhisperX-style segments with `speaker` ("SPEAKER_00") keep it.
 */
import type { RawTurn } from '../document.js';
import { buildDocument, seconds } from '../document.js';
import type { InputFormat } from '../index.js';
import { arr, isObject, num, textAt } from './shared.js';

export const whisper: InputFormat = {
  name: 'whisper',
  description: 'OpenAI Whisper JSON (segments[] with start/end seconds; WhisperX speaker kept)',
  detect: (_text, _path, probe) => {
    const v = probe.json();
    if (!isObject(v) || !Array.isArray(v.segments)) return false;
    const first = v.segments[0];
    return v.segments.length === 0 ? typeof v.text === 'string' : isObject(first) && typeof first.text === 'string' && num(first.start) !== undefined;
  },
  parse: (text, opts) => {
    const doc = opts.probe.jsonWithPositions();
    const root = doc.value as Record<string, unknown>;
    const turns: RawTurn[] = [];
    arr(root.segments)?.forEach((s, i) => {
      if (!isObject(s) || typeof s.text !== 'string') return;
      const sp = s.speaker;
      const turn: RawTurn = {
        speaker: typeof sp === 'string' || typeof sp === 'number' ? String(sp) : null,
        text: s.text,
        ...textAt(doc, ['segments', i, 'text'], ['segments', i]),
      };
      const start = num(s.start);
      const end = num(s.end);
      if (start !== undefined) turn.startTime = seconds(start);
      if (end !== undefined) turn.endTime = seconds(end);
      turns.push(turn);
    });
    return buildDocument(text, 'whisper', [{ id: null, turns }], opts);
  },
};
