/** The pack cache (src/api/pack-cache.ts): what a short run reads instead of the packs' YAML. */
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDir } from '../../src/api/cache-folder.js';
import { loadPacksCached } from '../../src/api/pack-cache.js';
import { loadPacks } from '../../src/packs/load.js';
import { englishKeys, morphKeys } from '../../src/text/morphology.js';
import { deserialize } from 'node:v8';

let tmp: string;
let dir: string;
const savedTmp = process.env.TMPDIR;
const pack = (phrase: string) => `pack: t
description: test
languages: [en]
rules:
  - id: t/no-phrase
    type: forbidden
    severity: error
    message: "no {{match}}"
    patterns:
      en: ["${phrase}", {regex: "\\\\bcode \\\\d{3}\\\\b"}]
`;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'talklint-packcache-'));
  dir = mkdtempSync(join(tmpdir(), 'talklint-packcache-packs-'));
  process.env.TMPDIR = tmp;
});
afterAll(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  rmSync(tmp, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

const entries = () => readdirSync(cacheDir()).filter((n) => n.startsWith('packs-'));

describe('pack cache', () => {
  it('writes an entry on the first load and serves the same packs (RegExps included) from it', () => {
    writeFileSync(join(dir, 't.yaml'), pack('first phrase'));
    const direct = loadPacks(['./t.yaml', 'en'], dir);
    const first = loadPacksCached(['./t.yaml', 'en'], dir);
    expect(entries()).toHaveLength(1);
    expect(entries()[0]).toMatch(/^packs-[0-9a-f]{40}\.v8$/);
    const second = loadPacksCached(['./t.yaml', 'en'], dir);
    expect(first).toEqual(direct);
    expect(second).toEqual(direct);
    if (!second.ok) throw new Error('load failed');
    const regex = second.packs[0]!.rules[0]!.patterns.find((p) => p.regex !== undefined)!.regex;
    expect(regex).toBeInstanceOf(RegExp);
    expect(regex!.test('code 123')).toBe(true);
  });

  it("keeps the word keys of the packs' morph words, and answers morphKeys from them on a hit", () => {
    writeFileSync(join(dir, 't.yaml'), pack('transferring customers'));
    loadPacksCached(['./t.yaml'], dir);
    const file = entries().map((n) => join(cacheDir(), n)).find((f) => (deserialize(readFileSync(f)) as { packs: Array<{ rules: Array<{ patterns: Array<{ source: string }> }> }> }).packs[0]!.rules[0]!.patterns[0]!.source === 'transferring customers')!;
    const entry = deserialize(readFileSync(file)) as { morph: Array<[string, string[]]> };
    const kept = new Map(entry.morph);
    expect(kept.get('transferring')).toEqual(englishKeys('transferring'));
    expect(kept.get('customers')).toEqual(englishKeys('customers'));
    // A hit hands them to morphology, which answers from them.
    loadPacksCached(['./t.yaml'], dir);
    expect(morphKeys('transferring')).toEqual(englishKeys('transferring'));
  });

  it('a changed pack is a new key: its new content is served, never the old entry', () => {
    writeFileSync(join(dir, 't.yaml'), pack('second phrase'));
    const r = loadPacksCached(['./t.yaml'], dir);
    if (!r.ok) throw new Error('load failed');
    expect(r.packs[0]!.rules[0]!.patterns[0]!.source).toBe('second phrase');
    expect(loadPacksCached(['./t.yaml'], dir)).toEqual(r);
  });

  it('a damaged entry is ignored and written anew', () => {
    const before = entries();
    for (const e of before) writeFileSync(join(cacheDir(), e), 'not a cache entry');
    const r = loadPacksCached(['./t.yaml'], dir);
    expect(r).toEqual(loadPacks(['./t.yaml'], dir));
    expect(loadPacksCached(['./t.yaml'], dir)).toEqual(r);
  });

  it('a cache folder that others may write to is neither read nor written', () => {
    const n = entries().length;
    chmodSync(cacheDir(), 0o777);
    try {
      writeFileSync(join(dir, 'v.yaml'), pack('fourth phrase').replace('pack: t', 'pack: v').replace('t/no-phrase', 'v/no-phrase'));
      expect(loadPacksCached(['./v.yaml'], dir)).toEqual(loadPacks(['./v.yaml'], dir));
      expect(entries()).toHaveLength(n);
    } finally {
      chmodSync(cacheDir(), 0o700);
    }
    loadPacksCached(['./v.yaml'], dir);
    expect(entries()).toHaveLength(n + 1);
  });

  it('errors are never cached; TALKLINT_NO_CACHE=1 writes nothing', () => {
    writeFileSync(join(dir, 'bad.yaml'), 'pack: bad\nrules: 3\n');
    const n = entries().length;
    expect(loadPacksCached(['./bad.yaml'], dir).ok).toBe(false);
    expect(entries()).toHaveLength(n);
    process.env.TALKLINT_NO_CACHE = '1';
    try {
      writeFileSync(join(dir, 'u.yaml'), pack('third phrase').replace('pack: t', 'pack: u').replace('t/no-phrase', 'u/no-phrase'));
      expect(loadPacksCached(['./u.yaml'], dir).ok).toBe(true);
      expect(entries()).toHaveLength(n);
    } finally {
      delete process.env.TALKLINT_NO_CACHE;
    }
  });
});
