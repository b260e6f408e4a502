/**
 * A large export (JSON Lines, CSV, TSV with many calls) read in pieces gives the result a
 * whole-file read gives: same findings at the same lines/columns/offsets, suggestion ranges,
 * code-frame lines, notices, languages, per-call records and scores, fingerprints. Pieces are made
 * tiny here (a few hundred bytes) so that calls, quoted CSV fields and the header cross them; what
 * cannot be read in pieces falls back to the whole-file read (null).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportRanges, LARGE_EXPORT_BYTES, lintExportRange, lintInPieces, mergeExportParts } from '../../src/api/large-export.js';
import { lintOne } from '../../src/api/run-files.js';
import { setup } from '../../src/api/setup.js';
import { keepFrameLines } from '../../src/formatters/index.js';
import { lintFile } from '../../src/api/lint-files.js';
import type { FileResult } from '../../src/types.js';

const dir = mkdtempSync(join(tmpdir(), 'talklint-large-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const s = setup({ cwd: dir, noConfig: true, packs: ['ru', 'zh', 'en'], scorecard: 'default' });
if (!s.ok) throw new Error(JSON.stringify(s.errors));
const linter = s.linter;
const fingerprinting = setup({ cwd: dir, noConfig: true, packs: ['ru', 'zh', 'en'], linterOptions: { fingerprints: true } });
if (!fingerprinting.ok) throw new Error('setup');

const AGENT = [
  'Здравствуйте, компания «Ромашка», меня зовут Анна. Чем могу помочь?',
  'Я не знаю, перезвоните позже.',
  'Нет, это нельзя сделать.',
  'Ты можешь подождать?',
  'Разрешите, я уточню эту информацию.',
  'Всего доброго!',
  '您好，我是客服小王，请问有什么可以帮您？',
  '你必须先填写投保单。',
  '您必須先填寫投保單。',
  '这是公司规定。',
  'Hello, you have reached BlueSky Energy, this is Liam speaking. How may I help you?',
  "I don't know, call back later.",
  'Thank you for calling, goodbye!',
];
const CUSTOMER = ['Когда придёт курьер?', 'Спасибо.', '我的快递呢？', '謝謝。', 'How much will that cost?', 'Okay, "thanks", bye'];

interface Turn {
  call: string;
  speaker: string;
  text: string;
  start: number;
}

function calls(n: number, seed = 7): Turn[] {
  let x = seed;
  const rnd = (k: number): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) % k;
  };
  const out: Turn[] = [];
  for (let c = 0; c < n; c++) {
    const turns = 2 + rnd(9);
    for (let t = 0; t < turns; t++) {
      const agent = t % 2 === 0;
      out.push({ call: `c-${String(c).padStart(4, '0')}`, speaker: agent ? 'agent' : 'customer', text: agent ? AGENT[rnd(AGENT.length)]! : CUSTOMER[rnd(CUSTOMER.length)]!, start: t * 7.5 });
    }
  }
  return out;
}

const jsonl = (turns: Turn[]): string => turns.map((t) => JSON.stringify({ call_id: t.call, speaker: t.speaker, start: t.start, text: t.text })).join('\n') + '\n';
const csvField = (v: string): string => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = (turns: Turn[], sep = ','): string =>
  ['call_id,speaker,start,text'.replace(/,/g, sep), ...turns.map((t, i) => [t.call, t.speaker, String(t.start), i % 5 === 0 ? `${t.text}\nещё строка, "в кавычках"` : t.text].map(sep === ',' ? csvField : (v) => v.replace(/[\t\n]/g, ' ')).join(sep))].join('\r\n') + '\r\n';

function write(name: string, text: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

/** What a run keeps of a whole-file read (code-frame lines, no source). */
function whole(path: string, l = linter): FileResult {
  const r = lintFile(l, path, { cwd: dir });
  keepFrameLines(r);
  return r;
}

describe('a large export read in pieces', () => {
  it.each([
    ['JSON Lines', 'day.jsonl', () => jsonl(calls(120))],
    ['CSV with quoted fields over lines, doubled quotes, CRLF', 'day.csv', () => csv(calls(120))],
    ['TSV', 'day.tsv', () => csv(calls(120), '\t')],
    ['JSON Lines with a byte order mark and blank lines', 'bom.jsonl', () => '\ufeff' + jsonl(calls(40)).replace(/\n/g, '\n\n')],
    ['JSON Lines with CRLF line ends and no final line break', 'crlf.jsonl', () => jsonl(calls(40)).replace(/\n/g, '\r\n').replace(/\r\n$/, '')],
  ])('%s: the whole-file result, for any piece size', (_name, file, make) => {
    const path = write(file, make());
    const expected = whole(path);
    expect(expected.fatal).toBeUndefined();
    expect(expected.diagnostics.length).toBeGreaterThan(100);
    expect(expected.calls!.length).toBeGreaterThan(30);
    for (const pieceBytes of [97, 256, 1000, 4096, 1 << 20]) {
      const pieces = lintInPieces(linter, path, file, { frameLines: true, minBytes: 0, pieceBytes, maxCarry: 1e6 });
      expect(pieces, `pieces of ${pieceBytes} bytes`).toEqual(expected);
    }
  });

  it('CSV with stray quotes inside unquoted fields: the whole-file result, or read whole', () => {
    // A `"` inside an unquoted field is a character (splitDelimited), but it unpairs the quotes
    // the cut looks for: a piece may end inside a quoted field, which its reading then rejects.
    const path = write('stray.csv', csv(calls(120)).replace(/,agent,/g, ',agent 5" tall,'));
    const expected = whole(path);
    expect(expected.fatal).toBeUndefined();
    const outcomes = [97, 256, 1000, 4096, 1 << 20].map((pieceBytes) => lintInPieces(linter, path, 'stray.csv', { frameLines: true, minBytes: 0, pieceBytes, maxCarry: 1e6 }));
    for (const r of outcomes) if (r !== null) expect(r).toEqual(expected);
    expect(outcomes.some((r) => r !== null)).toBe(true);
  });

  it('fingerprints too (baselines and SARIF see the same findings)', () => {
    const path = write('fp.jsonl', jsonl(calls(60, 3)));
    const expected = whole(path, fingerprinting.ok ? fingerprinting.linter : linter);
    expect(expected.diagnostics.every((d) => typeof d.fingerprint === 'string')).toBe(true);
    expect(lintInPieces(fingerprinting.ok ? fingerprinting.linter : linter, path, 'fp.jsonl', { frameLines: true, minBytes: 0, pieceBytes: 300, maxCarry: 1e6 })).toEqual(expected);
  });

  it('without code-frame lines, as a run with -f json keeps it', () => {
    const path = write('nolines.jsonl', jsonl(calls(30)));
    const { source: _s, ...expected } = lintFile(linter, path, { cwd: dir });
    expect(lintInPieces(linter, path, 'nolines.jsonl', { frameLines: false, minBytes: 0, pieceBytes: 500, maxCarry: 1e6 })).toEqual(expected);
  });

  it.each<[string, string, () => string | Uint8Array]>([
    ['a call whose records are apart (its id comes back)', 'apart.jsonl', () => jsonl([...calls(20), ...calls(3)])],
    ['no call ids (one call as long as the file)', 'noid.jsonl', () => jsonl(calls(40)).replace(/"call_id":"c-\d+",/g, '')],
    ['a broken line in the middle', 'broken.jsonl', () => jsonl(calls(20)) + '{"text": \n' + jsonl(calls(5))],
    ['not UTF-8', 'cp1251.csv', () => Buffer.concat([Buffer.from(csv(calls(10))), Buffer.from([0xcf, 0xf0, 0xe8, 0x0a])])],
    ['a NUL byte', 'nul.jsonl', () => jsonl(calls(10)) + '\u0000\n'],
    ['CSV whose quotes never pair up again (one stray quote): no cut within the carry limit', 'unpaired.csv', () => csv(calls(60)).replace(',agent,', ',agent 5" tall,').replace(/""/g, "'").replace(/"[^"]*"/g, 'x')],
  ])('%s: read whole instead', (_name, file, make) => {
    const path = write(file, make());
    expect(lintInPieces(linter, path, file, { frameLines: true, minBytes: 0, pieceBytes: 200 })).toBeNull();
  });

  it('small files and other formats are not read in pieces', () => {
    const small = write('small.jsonl', jsonl(calls(3)));
    expect(lintInPieces(linter, small, 'small.jsonl', { frameLines: true })).toBeNull();
    const txt = write('plain.txt', 'Оператор: Здравствуйте.\n');
    expect(lintInPieces(linter, txt, 'plain.txt', { frameLines: true, minBytes: 0 })).toBeNull();
  });

  it('a run (lintOne) reads a file over LARGE_EXPORT_BYTES in pieces, with the whole-file result', () => {
    // Just over the threshold, in short English calls with a finding now and then.
    const en = setup({ cwd: dir, noConfig: true, packs: ['en'] });
    if (!en.ok) throw new Error('setup');
    const lines: string[] = [];
    for (let c = 0; c < 58_000; c++) {
      // Calls of 100 turns: the time goes to the text, not to thousands of calls.
      const call = `call-${Math.floor(c / 50)}`;
      lines.push(JSON.stringify({ call_id: call, speaker: 'agent', text: c % 50 === 1 ? "I don't know." : 'Thank you for calling, goodbye!' }));
      lines.push(JSON.stringify({ call_id: call, speaker: 'customer', text: 'Okay, thanks.' }));
    }
    const big = lines.join('\n') + '\n';
    expect(Buffer.byteLength(big)).toBeGreaterThan(LARGE_EXPORT_BYTES);
    const path = write('big.jsonl', big);
    const viaRun = lintOne(en, path, { cwd: dir, sourceText: 'drop' });
    const { source: _s, ...expected } = lintFile(en.linter, path, { cwd: dir });
    expect(viaRun.diagnostics.length).toBeGreaterThan(1000);
    expect(viaRun).toEqual(expected);
    // It went through the pieces (a file that must be read whole gives null here).
    expect(lintInPieces(en.linter, path, 'big.jsonl', { frameLines: false })).toEqual(expected);
  }, 120_000);
});

/** An export linted in ranges of about `rangeBytes` (as worker threads do), merged; null where a range or the merge says "read otherwise". */
function inRanges(path: string, shown: string, rangeBytes: number, pieceBytes: number, l = linter, frameLines = true): FileResult | null {
  const ranges = exportRanges(path, {}, 2, rangeBytes, 0);
  if (ranges === null) throw new Error('no ranges');
  const parts = ranges.map((range) => lintExportRange(l, path, shown, range, { frameLines, pieceBytes, maxCarry: 1e6 }));
  return parts.some((p) => p === null) ? null : mergeExportParts(parts.map((p) => p!), shown);
}

describe('a large export in ranges (worker threads)', () => {
  const longCall = (): string => {
    // A call of 300 turns between short ones: it crosses many small ranges.
    const turns = calls(30, 11);
    const long: Turn[] = [];
    for (let t = 0; t < 300; t++) long.push({ call: 'long-call', speaker: t % 2 ? 'customer' : 'agent', text: t % 2 ? CUSTOMER[t % CUSTOMER.length]! : AGENT[t % AGENT.length]!, start: t });
    // Between two calls (not inside one: its records would then be apart).
    let at = 40;
    while (turns[at]!.call === turns[at - 1]!.call) at++;
    return jsonl([...turns.slice(0, at), ...long, ...turns.slice(at)]);
  };
  it.each([
    ['JSON Lines', 'r-day.jsonl', () => jsonl(calls(120))],
    ['a byte order mark and blank lines', 'r-bom.jsonl', () => '\ufeff' + jsonl(calls(40)).replace(/\n/g, '\n\n')],
    ['CRLF line ends and no final line break', 'r-crlf.jsonl', () => jsonl(calls(40)).replace(/\n/g, '\r\n').replace(/\r\n$/, '')],
    ['a call longer than many ranges', 'r-long.jsonl', longCall],
    ['CSV with quoted fields over lines, doubled quotes, CRLF', 'r-day.csv', () => csv(calls(120))],
    ['TSV', 'r-day.tsv', () => csv(calls(120), '\t')],
    ['CSV with a byte order mark', 'r-bom.csv', () => '\ufeff' + csv(calls(60))],
  ])('%s: the whole-file result, for any range and piece size', (_name, file, make) => {
    const path = write(file, make());
    const expected = whole(path);
    expect(expected.fatal).toBeUndefined();
    expect(expected.diagnostics.length).toBeGreaterThan(30);
    for (const rangeBytes of [150, 700, 3000, 20_000]) {
      for (const pieceBytes of [97, 1000, 1 << 20]) {
        const ranges = exportRanges(path, {}, 2, rangeBytes, 0)!;
        expect(ranges.length, `ranges of ${rangeBytes} bytes`).toBeGreaterThan(1);
        expect(inRanges(path, file, rangeBytes, pieceBytes), `ranges of ${rangeBytes} bytes, pieces of ${pieceBytes}`).toEqual(expected);
      }
    }
  });

  it.each([
    ['JSON Lines', 'r-tile.jsonl', () => jsonl(calls(50))],
    ['CSV', 'r-tile.csv', () => csv(calls(50))],
  ])('ranges tile the file at record starts (%s)', (_name, file, make) => {
    const text = make();
    const path = write(file, text);
    const bytes = Buffer.from(text);
    // Record starts: line starts outside quotes.
    const starts = new Set<number>([0]);
    let quoted = false;
    bytes.forEach((b, i) => {
      if (b === 0x22) quoted = !quoted;
      else if (b === 0x0a && !quoted) starts.add(i + 1);
    });
    for (const rangeBytes of [1, 100, 999, 1 << 20]) {
      const ranges = exportRanges(path, {}, 2, rangeBytes, 0)!;
      expect(ranges.length).toBeGreaterThan(1);
      expect(ranges[0]![0]).toBe(0);
      expect(ranges[ranges.length - 1]![1]).toBe(bytes.length);
      for (let k = 1; k < ranges.length; k++) {
        expect(ranges[k]![0]).toBe(ranges[k - 1]![1]);
        expect(starts.has(ranges[k]![0])).toBe(true);
        // CSV: the record before it starts where the range says.
        if (file.endsWith('.csv')) expect(starts.has(ranges[k]![2]) && ranges[k]![2] < ranges[k]![0]).toBe(true);
      }
    }
  });

  it('fingerprints and results without code-frame lines too', () => {
    const path = write('r-fp.jsonl', jsonl(calls(60, 3)));
    const fp = fingerprinting.ok ? fingerprinting.linter : linter;
    expect(inRanges(path, 'r-fp.jsonl', 500, 300, fp)).toEqual(whole(path, fp));
    const { source: _s, ...expected } = lintFile(linter, path, { cwd: dir });
    expect(inRanges(path, 'r-fp.jsonl', 500, 300, linter, false)).toEqual(expected);
  });

  it.each<[string, string, () => string]>([
    ['a call whose records are apart (its id comes back in another range)', 'r-apart.jsonl', () => jsonl([...calls(20), ...calls(3)])],
    ['no call ids (one call as long as the file)', 'r-noid.jsonl', () => jsonl(calls(40)).replace(/"call_id":"c-\d+",/g, '')],
    ['a broken line in the middle', 'r-broken.jsonl', () => jsonl(calls(20)) + '{"text": \n' + jsonl(calls(5))],
    ['CSV with stray quotes inside unquoted fields', 'r-stray.csv', () => csv(calls(120)).replace(/,agent,/g, ',agent 5" tall,')],
    ['CSV whose rows of a call are apart', 'r-apart.csv', () => csv([...calls(20), ...calls(3)])],
  ])('%s: the whole-file result or "read otherwise", never another result', (_name, file, make) => {
    const path = write(file, make());
    const expected = whole(path);
    for (const rangeBytes of [200, 2000]) {
      const r = inRanges(path, file, rangeBytes, 150);
      if (r !== null) expect(r).toEqual(expected);
    }
  });

  it('random exports, range and piece sizes (seeded): the whole-file result every time', () => {
    let x = 20261207;
    const rnd = (k: number): number => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return (x >>> 8) % k;
    };
    let compared = 0;
    for (let round = 0; round < 12; round++) {
      const turns = calls(5 + rnd(40), 100 + round);
      const asCsv = round % 3 === 2;
      const file = `r-random-${round}.${asCsv ? 'csv' : 'jsonl'}`;
      let text = asCsv ? csv(turns) : jsonl(turns);
      if (!asCsv && round % 4 === 1) text = text.replace(/\n/g, '\r\n');
      const path = write(file, text);
      const expected = whole(path);
      for (let k = 0; k < 3; k++) {
        const rangeBytes = 50 + rnd(3000);
        const pieceBytes = 97 + rnd(4000);
        expect(inRanges(path, file, rangeBytes, pieceBytes), `${file}, ranges of ${rangeBytes} bytes, pieces of ${pieceBytes}`).toEqual(expected);
        compared++;
      }
    }
    expect(compared).toBe(36);
  });

  it('a call apart from itself is caught by the merge', () => {
    const path = write('r-apart2.jsonl', jsonl([...calls(20), ...calls(3)]));
    expect(inRanges(path, 'r-apart2.jsonl', 200, 150)).toBeNull();
  });

  it('only exports over the size are cut, in UTF-8, and only for two threads or more', () => {
    const path = write('r-small.jsonl', jsonl(calls(3)));
    expect(exportRanges(path, {}, 2)).toBeNull();
    expect(exportRanges(path, {}, 1, 100, 0)).toBeNull();
    expect(exportRanges(write('r.txt', 'Оператор: Здравствуйте.\n'.repeat(50)), {}, 2, 100, 0)).toBeNull();
    expect(exportRanges(path, { encoding: 'windows-1251' }, 2, 100, 0)).toBeNull();
    expect(exportRanges(path, {}, 2, 100, 0)!.length).toBeGreaterThan(1);
    expect(exportRanges(write('r.csv', csv(calls(30))), {}, 2, 100, 0)!.length).toBeGreaterThan(1);
  });
});

