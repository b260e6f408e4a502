/**
 * The common last step of every transcript format: raw records (speaker, text and where the text
 * stands) become a ParsedDocument — text trimmed with offsets kept, redaction placeholders
 * blanked, empty turns dropped, roles assigned (see roles.ts) and notices collected.
 */
import type { Call, ParsedDocument, Role, Turn } from '../types.js';
import { blankRedactions } from './redaction.js';
import { assignRoles } from './roles.js';
import { sliceMap, type SourceMap } from './source-map.js';
import type { SpeakerLabels } from './speakers.js';

export interface RawTurn {
  speaker: string | null;
  /** The text as read (decoded); when `sourceOffset` is set it is `source.slice(sourceOffset, sourceOffset + text.length)` with markup blanked. */
  text: string;
  sourceOffset: number | null;
  /** The start of the record the text comes from. */
  anchorOffset: number;
  startTime?: number | undefined;
  endTime?: number | undefined;
  /** Role given by the format itself. */
  role?: Role | undefined;
  channel?: number | undefined;
  /** When `sourceOffset` is null: where each character stands, if known (see source-map.ts). */
  sourceMap?: SourceMap | undefined;
}

export interface RawCall {
  id: string | null;
  agent?: string | undefined;
  turns: RawTurn[];
}

export interface BuildOptions {
  labels: SpeakerLabels;
  speakerRoles?: Readonly<Record<string, Role>> | undefined;
}

/**
 * Line breaks inside one turn (a two-line subtitle cue, a CSV field over two lines) are spaces to
 * the matcher and in messages; same length, so offsets are kept.
 */
function blankLineBreaks(text: string): string {
  return text.includes('\n') || text.includes('\r') ? text.replace(/[\r\n\u2028\u2029]/g, ' ') : text;
}

const EDGE_SPACE = /^\s+|\s+$/gu;

function trimmed(t: RawTurn): RawTurn {
  if (!/^\s|\s$/u.test(t.text)) return t;
  const lead = /^\s*/u.exec(t.text)![0].length;
  const text = t.text.replace(EDGE_SPACE, '');
  if (text.length === t.text.length) return t;
  const out: RawTurn = { ...t, text, sourceOffset: t.sourceOffset === null ? null : t.sourceOffset + lead };
  if (t.sourceMap) out.sourceMap = sliceMap(t.sourceMap, lead, lead + text.length);
  return out;
}

export function buildDocument(source: string, format: string, rawCalls: readonly RawCall[], opts: BuildOptions, notices: string[] = []): ParsedDocument {
  const calls: Call[] = [];
  for (const raw of rawCalls) {
    const turns = raw.turns
      .map((t) => trimmed({ ...t, text: blankLineBreaks(blankRedactions(t.text)) }))
      .filter((t) => t.text !== '');
    const assignment = assignRoles(turns, { labels: opts.labels, speakerRoles: opts.speakerRoles });
    if (assignment.notice) notices.push(raw.id !== null ? `call ${raw.id}: ${assignment.notice}` : assignment.notice);
    const call: Call = {
      id: raw.id,
      turns: turns.map((t, index): Turn => {
        const turn: Turn = { index, speaker: t.speaker, role: assignment.roles[index]!, text: t.text, sourceOffset: t.sourceOffset, anchorOffset: t.anchorOffset };
        if (t.startTime !== undefined) turn.startTime = t.startTime;
        if (t.endTime !== undefined) turn.endTime = t.endTime;
        if (t.sourceOffset === null && t.sourceMap && t.sourceMap.starts.length === t.text.length) turn.sourceMap = t.sourceMap;
        return turn;
      }),
    };
    if (raw.agent !== undefined && raw.agent !== '') call.agent = raw.agent;
    calls.push(call);
  }
  if (calls.every((c) => c.turns.length === 0)) notices.push('no speech found in the file');
  return { source, kind: 'transcript', format, calls, notices };
}

/** Rounds a time in seconds to milliseconds (avoids 1.2000000000000002 from unit conversions). */
export function seconds(value: number, divisor = 1): number {
  return Math.round((value / divisor) * 1000) / 1000;
}
