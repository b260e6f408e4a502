/** WebVTT subtitles: cues parsed in cues.ts (one turn per voice span or cue). */
import { buildDocument } from '../document.js';
import { parseCues } from './cues.js';
export const webvtt = {
    name: 'webvtt',
    description: 'WebVTT subtitles (.vtt): one turn per cue; voice tags <v Name> give the speaker',
    detect: (text, filePath) => (filePath !== undefined && /\.vtt$/i.test(filePath)) || /^(?:\uFEFF)?WEBVTT(?:[ \t\r\n]|$)/.test(text),
    parse: (text, opts) => buildDocument(text, 'webvtt', [{ id: null, turns: parseCues(text, opts, true) }], opts),
};
