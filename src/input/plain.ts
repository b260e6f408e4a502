/**
 * Plain text: either a transcript whose lines start with speaker labels ("Оператор: …"), where a
 * turn may continue over several lines, or a script (no labels) whose paragraphs are agent turns.
 */
import type { Call, ParsedDocument, Turn } from '../types.js';
import { compileLabels, parseClock, type LabelMatcher, type SpeakerLabels } from './speakers.js';
import { blankPlainDirectives, DEFAULT_DIRECTIVE_MARKER } from '../engine/directives.js';

export interface PlainOptions {
  labels: SpeakerLabels;
  /**
   * The line-comment marker of inline directives (`# talklint-disable …`, see docs/directives.md);
   * directive comments are blanked and never read as speech. Default `#`; null: none.
   */
  directiveMarker?: string | null;
}

const matcherCache = new WeakMap<SpeakerLabels, LabelMatcher>();
function matcherFor(labels: SpeakerLabels): LabelMatcher {
  let m = matcherCache.get(labels);
  if (!m) {
    m = compileLabels(labels);
    matcherCache.set(labels, m);
  }
  return m;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    out.push({ start, end: lineEnd, text: text.slice(start, lineEnd) });
    if (nl === -1) return out;
    start = nl + 1;
  }
}

/**
 * Parses `visible` (the text to lint: for Markdown, the source with markup blanked out) whose
 * offsets are those of `source`.
 */
export function parsePlain(source: string, visible: string, format: string, opts: PlainOptions): ParsedDocument {
  const marker = opts.directiveMarker === undefined ? DEFAULT_DIRECTIVE_MARKER : opts.directiveMarker;
  let directiveLines: ReadonlySet<number> | undefined;
  if (marker !== null) ({ text: visible, directiveLines } = blankPlainDirectives(visible, marker));
  const lines = splitLines(visible);
  const labels = matcherFor(opts.labels);
  const isTranscript = looksLabelled(lines, labels.regex);
  const turns = isTranscript ? transcriptTurns(visible, lines, labels) : paragraphTurns(visible, lines, directiveLines);
  const call: Call = { id: null, turns };
  return { source, kind: isTranscript ? 'transcript' : 'script', format, calls: [call], notices: [] };
}

function makeTurn(visible: string, index: number, start: number, end: number, speaker: string | null, role: Turn['role']): Turn {
  // Trim, keeping offsets exact.
  while (start < end && /\s/u.test(visible[start]!)) start++;
  while (end > start && /\s/u.test(visible[end - 1]!)) end--;
  return { index, speaker, role, text: visible.slice(start, end), sourceOffset: start, anchorOffset: start };
}

/**
 * A transcript: its first non-empty line, or two of its lines, start with a speaker label. Asked
 * with `test` and no further than it takes to know: the labels are read again one line at a time
 * as the turns are made, so a long file never holds a match array for each of its lines at once.
 */
function looksLabelled(lines: readonly Line[], label: RegExp): boolean {
  let count = 0;
  let seenText = false;
  for (const line of lines) {
    const labelled = label.test(line.text);
    if (!seenText && line.text.trim() !== '') {
      if (labelled) return true;
      seenText = true;
    }
    if (labelled && ++count >= 2) return true;
  }
  return false;
}

function transcriptTurns(visible: string, lines: Line[], labels: LabelMatcher): Turn[] {
  const turns: Turn[] = [];
  let cur: { start: number; speaker: string | null; role: Turn['role']; time?: number } | null = null;
  let curEnd = 0;
  const close = (): void => {
    if (!cur) return;
    const t = makeTurn(visible, turns.length, cur.start, curEnd, cur.speaker, cur.role);
    if (cur.time !== undefined) t.startTime = cur.time;
    if (t.text !== '' || cur.speaker !== null) turns.push(t);
  };
  for (const line of lines) {
    const m = labels.regex.exec(line.text);
    if (m) {
      close();
      const label = m[2]!;
      cur = { start: line.start + m[0].length, speaker: label, role: labels.roleOf(label) };
      if (m[1] !== undefined) cur.time = parseClock(m[1]);
      curEnd = line.end;
    } else if (line.text.trim() !== '') {
      if (!cur) cur = { start: line.start, speaker: null, role: 'unknown' };
      curEnd = line.end;
    }
  }
  close();
  // End times: the next turn's start, where known.
  for (let i = 0; i + 1 < turns.length; i++) {
    const next = turns[i + 1]!.startTime;
    if (turns[i]!.startTime !== undefined && next !== undefined) turns[i]!.endTime = next;
  }
  return turns;
}

/** `directiveLines`: starts of lines that held only a directive comment: no paragraph break. */
function paragraphTurns(visible: string, lines: Line[], directiveLines?: ReadonlySet<number>): Turn[] {
  const turns: Turn[] = [];
  let start = -1;
  let end = 0;
  const close = (): void => {
    if (start === -1) return;
    turns.push(makeTurn(visible, turns.length, start, end, null, 'agent'));
    start = -1;
  };
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (!directiveLines?.has(line.start)) close();
    }
    else {
      if (start === -1) start = line.start;
      end = line.end;
    }
  }
  close();
  return turns;
}
