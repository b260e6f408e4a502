import { describe, expect, it } from 'vitest';
import { parseShard, shardFiles, shardKey } from '../../src/api/shard.js';

describe('parseShard', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/4', { index: 2, count: 4 }],
    [' 3 / 3 ', { index: 3, count: 3 }],
  ])('%s', (text, shard) => {
    expect(parseShard(text)).toEqual({ ok: true, shard });
  });
  it.each([
    ['0/3', '--shard 0/3: the shard number must be between 1 and 3'],
    ['4/3', '--shard 4/3: the shard number must be between 1 and 3'],
    ['1/0', '--shard 1/0: the number of shards must be at least 1'],
    ['2', '--shard takes i/n (e.g. --shard 2/4), got "2"'],
    ['a/b', '--shard takes i/n (e.g. --shard 2/4), got "a/b"'],
  ])('%s is refused', (text, message) => {
    expect(parseShard(text)).toEqual({ ok: false, message });
  });
});

describe('shardFiles', () => {
  const cwd = '/calls';
  const files = ['2026-11/03/b.txt', '2026-11/01/a.txt', '2026-11/02/c.txt', '2026-11/01/b.txt', '2026-11/10/a.txt', 'z.txt', '2026-11/02/a.txt'].map((f) => `${cwd}/${f}`);

  it('round-robin over the paths sorted by code units, relative to cwd', () => {
    const sorted = ['2026-11/01/a.txt', '2026-11/01/b.txt', '2026-11/02/a.txt', '2026-11/02/c.txt', '2026-11/03/b.txt', '2026-11/10/a.txt', 'z.txt'];
    expect(shardFiles(files, { index: 1, count: 3 }, cwd).map((f) => shardKey(f, cwd))).toEqual([sorted[0], sorted[3], sorted[6]]);
    expect(shardFiles(files, { index: 2, count: 3 }, cwd).map((f) => shardKey(f, cwd))).toEqual([sorted[1], sorted[4]]);
    expect(shardFiles(files, { index: 3, count: 3 }, cwd).map((f) => shardKey(f, cwd))).toEqual([sorted[2], sorted[5]]);
    expect(shardFiles(files, { index: 1, count: 1 }, cwd).map((f) => shardKey(f, cwd))).toEqual(sorted);
  });

  it.each([1, 2, 3, 4, 7, 10])('every file is in exactly one of %i shards, whatever the input order', (count) => {
    const many = Array.from({ length: 101 }, (_, i) => `${cwd}/d${i % 7}/call-${String((i * 37) % 101).padStart(3, '0')}.txt`);
    const reversed = [...many].reverse();
    const seen = new Map<string, number>();
    for (let index = 1; index <= count; index++) {
      const shard = shardFiles(many, { index, count }, cwd);
      expect(shardFiles(reversed, { index, count }, cwd)).toEqual(shard);
      // Balanced: sizes differ by at most one.
      expect(Math.abs(shard.length - many.length / count)).toBeLessThan(1);
      for (const f of shard) seen.set(f, (seen.get(f) ?? 0) + 1);
    }
    expect(seen.size).toBe(many.length);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
  });

  it('keys files outside cwd by their absolute path', () => {
    expect(shardKey('/elsewhere/x.txt', cwd)).toBe('/elsewhere/x.txt');
    expect(shardKey('/calls/a/b.txt', cwd)).toBe('a/b.txt');
  });
});
