/**
 * ReportSink: the report reaches standard output or --output-file whole and in order, in writes
 * of at most SINK_FLUSH_CHARS characters (a part longer than that alone), so that no write needs
 * a string or buffer of the sizes V8 and malloc do not reuse (see SINK_FLUSH_CHARS).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportSink, SINK_FLUSH_CHARS, type CliIO } from '../../src/cli/main.js';

function io(writes: string[]): CliIO {
  return { cwd: process.cwd(), env: {}, stdout: (t) => writes.push(t), stderr: () => {}, isTTY: false, readStdin: async () => new Uint8Array() };
}

/** Parts of a report: mostly a file's part of a few KB (Cyrillic, Chinese, ASCII), some long ones. */
function parts(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 400; i++) {
    const size = i % 97 === 0 ? SINK_FLUSH_CHARS * 2 + 17 : i % 13 === 0 ? SINK_FLUSH_CHARS - 5 : 500 + ((i * 7919) % 4000);
    const unit = ['{"message":"Обращайтесь на «вы»",', '"ruleId":"zh/polite-you","text":"您能…吗"},', '{"line":12,"column":3}'][i % 3]!;
    out.push(`[${i}]` + unit.repeat(Math.ceil(size / unit.length)).slice(0, size));
  }
  return out;
}

describe('ReportSink', () => {
  it('writes standard output whole and in order, no write longer than SINK_FLUSH_CHARS but a single long part', () => {
    const writes: string[] = [];
    const sink = new ReportSink(io(writes), null);
    expect(sink.open()).toBe(true);
    const all = parts();
    for (const p of all) sink.write(p);
    expect(sink.close()).toBe(true);
    expect(writes.join('')).toBe(all.join(''));
    const long = new Set(all.filter((p) => p.length > SINK_FLUSH_CHARS));
    expect(long.size).toBeGreaterThan(0);
    for (const w of writes) if (w.length > SINK_FLUSH_CHARS) expect(long.has(w)).toBe(true);
    expect(writes.every((w) => w.length > 0)).toBe(true);
    // Buffered, not a write per part.
    expect(writes.length).toBeLessThan(all.length / 4);
  });
  it('writes --output-file whole, as UTF-8, and nothing to standard output', () => {
    const writes: string[] = [];
    const file = join(mkdtempSync(join(tmpdir(), 'talklint-sink-')), 'out', 'report.json');
    const sink = new ReportSink(io(writes), file);
    expect(sink.open()).toBe(true);
    const all = parts();
    for (const p of all) sink.write(p);
    expect(sink.close()).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(all.join(''));
    expect(writes).toEqual([]);
  });
  it('writes nothing for an empty report', () => {
    const writes: string[] = [];
    const sink = new ReportSink(io(writes), null);
    sink.open();
    sink.write('');
    expect(sink.close()).toBe(true);
    expect(writes).toEqual([]);
  });
});
