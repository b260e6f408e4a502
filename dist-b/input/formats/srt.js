/** SubRip subtitles: cues parsed in cues.ts (one turn per cue, labels at the start of a cue). */
import { buildDocument } from '../document.js';
import { parseCues } from './cues.js';
export const srt = {
    name: 'srt',
    description: 'SubRip subtitles (.srt): one turn per cue; speaker labels at the start of a cue are read',
    detect: (text, filePath) => (filePath !== undefined && /\.srt$/i.test(filePath)) || /^\s*\d+[ \t]*\r?\n[ \t]*\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}[ \t]+-->/.test(text),
    parse: (text, opts) => buildDocument(text, 'srt', [{ id: null, turns: parseCues(text, opts, false) }], opts),
};
