/** What the tests of `{regex}` patterns run on: every RegExp of the shipped packs, and the fixtures' text. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadPacks } from '../../src/packs/load.js';
import { normalize } from '../../src/text/normalize.js';
import { REPO_ROOT } from './cli.js';

/** Every RegExp anywhere in the shipped packs (rule patterns, exceptions, conditional and sequence lists). */
export function shippedRegexes(): RegExp[] {
  const loaded = loadPacks(['ru', 'zh', 'en'], REPO_ROOT);
  if (!loaded.ok) throw new Error('the shipped packs do not load');
  const regexes: RegExp[] = [];
  const collect = (v: unknown): void => {
    if (v instanceof RegExp) regexes.push(v);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(collect);
  };
  collect(loaded.packs);
  return regexes;
}

/** The normalised text of every fixture file. */
export function normalisedFixtureTexts(): string[] {
  const texts: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(txt|md|csv|json|srt|vtt)$/.test(name)) texts.push(normalize(readFileSync(path, 'utf8')));
    }
  };
  walk(join(REPO_ROOT, 'fixtures'));
  return texts;
}
