/**
 * The response window of `conditional` rules, found by binary search and bounded scans (linear in
 * a call's length), against the plain definition it replaced (a filter of every responder per
 * trigger, quadratic in a long call): the same turns and ranges, in the same order, on random
 * calls — turn and seconds windows, every direction, times that go backwards, missing end times.
 */
import { describe, expect, it } from 'vitest';
// The rule kinds' registry first: it is what loads the kinds in the order the packs need.
import '../../src/rules/index.js';
import { responseWindow, type ConditionalOptions } from '../../src/rules/conditional.js';
import type { AnalyzedTurn } from '../../src/engine/call-context.js';
import type { PhraseMatch } from '../../src/pattern/matcher.js';
import { mulberry32 } from '../../bench/prng.mjs';

type Window = Array<{ turn: AnalyzedTurn; from: number; to: number }>;
type Trigger = { turn: AnalyzedTurn; match: PhraseMatch };

/** The definition: every responder is looked at for every trigger. */
function reference(responders: readonly AnalyzedTurn[], t: Trigger, o: ConditionalOptions, useSeconds: boolean): Window {
  const dir = o.response.direction;
  const idx = t.turn.turn.index;
  const out: Window = [];
  const whole = (turn: AnalyzedTurn) => ({ turn, from: 0, to: turn.turn.text.length });
  if (responders.includes(t.turn)) {
    if (dir !== 'before') out.push({ turn: t.turn, from: t.match.end, to: t.turn.turn.text.length });
    if (dir !== 'after') out.push({ turn: t.turn, from: 0, to: t.match.start });
  }
  const after = responders.filter((x) => x.turn.index > idx);
  const before = responders.filter((x) => x.turn.index < idx);
  if (useSeconds) {
    const n = o.response.within.seconds as number;
    const tStart = t.turn.turn.startTime ?? 0;
    const tEnd = t.turn.turn.endTime ?? tStart;
    if (dir !== 'before') for (const x of after) if ((x.turn.startTime ?? 0) - tEnd <= n) out.push(whole(x));
    if (dir !== 'after') for (const x of before) if (tStart - (x.turn.endTime ?? x.turn.startTime ?? 0) <= n) out.push(whole(x));
  } else {
    const n = o.response.within.turns as number;
    if (dir !== 'before') out.push(...after.slice(0, n).map(whole));
    if (dir !== 'after') out.push(...before.slice(Math.max(0, before.length - n)).map(whole));
  }
  return out;
}

/** A call of `n` turns: roles at random, times in order or shuffled, some end times missing. */
function randomCall(rand: () => number, n: number): AnalyzedTurn[] {
  const ordered = rand() < 0.5;
  let clock = 0;
  return Array.from({ length: n }, (_, index) => {
    clock += rand() * 6;
    const start = ordered ? clock : rand() * n * 3;
    const text = 'x'.repeat(5 + Math.floor(rand() * 20));
    const turn = {
      index,
      text,
      role: rand() < 0.5 ? 'agent' : 'customer',
      startTime: start,
      ...(rand() < 0.8 ? { endTime: start + rand() * 8 } : {}),
    };
    return { turn, text: {}, hits: [], lists: [] } as unknown as AnalyzedTurn;
  });
}

const shape = (w: Window) => w.map((x) => [x.turn.turn.index, x.from, x.to]);

describe('conditional: response window', () => {
  it('matches the plain definition on random calls (2,000 triggers)', () => {
    const rand = mulberry32(20261203);
    let compared = 0;
    let nonEmpty = 0;
    for (let c = 0; c < 200; c++) {
      const turns = randomCall(rand, 1 + Math.floor(rand() * 40));
      const scope = (['agent', 'customer', 'any'] as const)[Math.floor(rand() * 3)]!;
      const responders = scope === 'any' ? turns : turns.filter((t) => t.turn.role === scope);
      for (let k = 0; k < 10; k++) {
        const turn = turns[Math.floor(rand() * turns.length)]!;
        const a = Math.floor(rand() * turn.turn.text.length);
        const match = { start: a, end: a + 1 + Math.floor(rand() * (turn.turn.text.length - a)) } as PhraseMatch;
        const useSeconds = rand() < 0.5;
        const o = {
          response: {
            direction: (['after', 'before', 'around'] as const)[Math.floor(rand() * 3)]!,
            within: useSeconds ? { seconds: Math.floor(rand() * 12) } : { turns: 1 + Math.floor(rand() * 3) },
          },
        } as ConditionalOptions;
        const got = shape(responseWindow(responders, { turn, match }, o, useSeconds));
        expect(got).toEqual(shape(reference(responders, { turn, match }, o, useSeconds)));
        compared++;
        if (got.length > 0) nonEmpty++;
      }
    }
    expect(compared).toBe(2000);
    // The comparison means something only if most windows hold turns.
    expect(nonEmpty).toBeGreaterThan(1500);
  });

  it('keeps the response turns of a long call in order (20,000 turns, seconds window)', () => {
    // One turn a second, roles alternating: a 5-second window after turn 10,000 holds the
    // responders that start within 5 s of its end.
    const turns = Array.from({ length: 20000 }, (_, index) => ({ turn: { index, text: 'abc', role: index % 2 === 0 ? 'customer' : 'agent', startTime: index, endTime: index + 0.5 }, text: {}, hits: [], lists: [] }) as unknown as AnalyzedTurn);
    const responders = turns.filter((t) => t.turn.role === 'agent');
    const o = { response: { direction: 'after', within: { seconds: 5 } } } as ConditionalOptions;
    const got = shape(responseWindow(responders, { turn: turns[10000]!, match: { start: 0, end: 1 } as PhraseMatch }, o, true));
    expect(got).toEqual([10001, 10003, 10005].map((i) => [i, 0, 3]));
  });
});
