/**
 * The benchmark's calls in the other forms a contact centre hands them over in, for the "Input
 * formats" table of `npm run bench`: each plain-text transcript of a list re-written, same calls
 * and same words, as
 *
 * - JSON: one call object a file, `{call_id, turns: [{speaker, text, start?}]}`, indented;
 * - CSV: one row a turn, `call_id,speaker,text,start`, quoted as RFC 4180 has it;
 * - WebVTT: one cue a turn, `<v Speaker>` voice tags, times from the line's `[mm:ss]` (or 4 s
 *   apart);
 * - legacy encodings: the plain text itself in windows-1251 (Russian) and GBK (Chinese; English
 *   stays ASCII, which is UTF-8): what older recorders and Windows exports write.
 *
 * The speaker is the line's label (`Оператор`, `客服`, `Agent`), so talklint gives each turn the
 * role it gives the plain text; the findings should be the same in number (the table shows them).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, relative, sep } from 'node:path';

const require = createRequire(import.meta.url);

const LINE = /^(?:\[(\d{1,2}):(\d{2})\]\s*)?([^:：\n]{1,40})[:：]\s*(.*)$/;

/** The turns of a plain-text transcript: speaker label, text, start (seconds) when the line has one. */
function turnsOf(text) {
  const turns = [];
  for (const line of text.split('\n')) {
    const m = LINE.exec(line);
    if (!m || m[4].trim() === '') continue;
    turns.push({ speaker: m[3].trim(), text: m[4], ...(m[1] !== undefined ? { start: Number(m[1]) * 60 + Number(m[2]) } : {}) });
  }
  return turns;
}

const csvField = (s) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

function clock(seconds) {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:${s.toFixed(3).padStart(6, '0')}`;
}

const WRITERS = {
  json: {
    ext: 'json',
    write: (id, turns) => JSON.stringify({ call_id: id, turns }, null, 2) + '\n',
  },
  csv: {
    ext: 'csv',
    write: (id, turns) => 'call_id,speaker,text,start\n' + turns.map((t) => [id, t.speaker, t.text, t.start ?? ''].map((v) => csvField(String(v))).join(',')).join('\n') + '\n',
  },
  vtt: {
    ext: 'vtt',
    write: (_id, turns) => {
      let out = 'WEBVTT\n';
      turns.forEach((t, i) => {
        const start = t.start ?? i * 4;
        const next = turns[i + 1]?.start ?? start + 3.5;
        out += `\n${clock(start)} --> ${clock(Math.max(start + 0.5, next))}\n<v ${t.speaker}>${t.text}\n`;
      });
      return out;
    },
  },
};

/**
 * Writes the files of `files` (plain-text transcripts under `corpusDir`) in `format` ('json',
 * 'csv', 'vtt' or 'legacy') into `dir` (emptied first); returns the paths written, in order.
 */
export function writeFormatCopies(files, corpusDir, dir, format) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const iconv = format === 'legacy' ? require('iconv-lite') : null;
  const out = [];
  for (const file of files) {
    const lang = relative(corpusDir, file).split(sep)[0];
    const id = `${lang}-${basename(file, '.txt')}`;
    const text = readFileSync(file, 'utf8');
    let path;
    if (format === 'legacy') {
      path = join(dir, `${id}.txt`);
      writeFileSync(path, lang === 'ru' ? iconv.encode(text, 'windows-1251') : lang === 'zh' ? iconv.encode(text, 'gbk') : text);
    } else {
      const w = WRITERS[format];
      path = join(dir, `${id}.${w.ext}`);
      writeFileSync(path, w.write(id, turnsOf(text)));
    }
    out.push(path);
  }
  return out;
}
