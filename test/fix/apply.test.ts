import { describe, expect, it } from 'vitest';
import { applyFixes, fixesOf, fixText, MAX_FIX_PASSES, type Fix } from '../../src/fix/apply.js';
import { summarize } from '../../src/engine/linter.js';
import type { Diagnostic, FileResult } from '../../src/types.js';

const fix = (start: number, end: number, text: string, ruleId = 'x/r'): Fix => ({ ruleId, range: [start, end], text });

describe('applyFixes: sorted, never overlapping, applied to a copy', () => {
  const cases: Array<{ name: string; text: string; fixes: Fix[]; output: string; applied: number; skipped: number }> = [
    { name: 'one replacement', text: 'Ты подожди', fixes: [fix(0, 2, 'Вы')], output: 'Вы подожди', applied: 1, skipped: 0 },
    { name: 'given out of order, applied by position', text: 'a b c', fixes: [fix(4, 5, 'C'), fix(0, 1, 'A')], output: 'A b C', applied: 2, skipped: 0 },
    { name: 'a longer replacement shifts nothing else', text: 'щас и ок', fixes: [fix(0, 3, 'сейчас'), fix(6, 8, 'хорошо')], output: 'сейчас и хорошо', applied: 2, skipped: 0 },
    { name: 'overlapping: the later one is skipped', text: 'abcdef', fixes: [fix(1, 4, 'X'), fix(2, 5, 'Y')], output: 'aXef', applied: 1, skipped: 1 },
    { name: 'same range twice: applied once', text: 'ты', fixes: [fix(0, 2, 'вы'), fix(0, 2, 'вы')], output: 'вы', applied: 1, skipped: 1 },
    { name: 'adjacent ranges both apply', text: 'abcd', fixes: [fix(0, 2, 'X'), fix(2, 4, 'Y')], output: 'XY', applied: 2, skipped: 0 },
    { name: 'two insertions at one point: one', text: 'ab', fixes: [fix(1, 1, '1'), fix(1, 1, '2')], output: 'a1b', applied: 1, skipped: 1 },
    { name: 'a no-op fix is skipped', text: 'вы', fixes: [fix(0, 2, 'вы')], output: 'вы', applied: 0, skipped: 1 },
    { name: 'a range past the end is skipped', text: 'ab', fixes: [fix(1, 5, 'x')], output: 'ab', applied: 0, skipped: 1 },
    { name: 'surrogate pairs: offsets are UTF-16 units', text: '😀 ты', fixes: [fix(3, 5, 'вы')], output: '😀 вы', applied: 1, skipped: 0 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = applyFixes(c.text, c.fixes);
      expect(r.output).toBe(c.output);
      expect(r.applied).toHaveLength(c.applied);
      expect(r.skipped).toHaveLength(c.skipped);
    });
  }
});

function diag(ruleId: string, offset: number, endOffset: number, text: string | null): Diagnostic {
  return {
    ruleId,
    severity: 'error',
    message: 'm',
    line: 1,
    column: offset + 1,
    endLine: 1,
    endColumn: endOffset + 1,
    offset,
    endOffset,
    suggestions: text === null ? [{ desc: 'advice', text: 'advice', fixable: false, range: [offset, endOffset] }] : [{ desc: 'd', text, fixable: true, range: [offset, endOffset] }],
  };
}

/** A tiny "linter": every `word` in the text is replaced by `map[word]` (whole-word, literal). */
function wordLinter(map: Record<string, string>): (text: string) => FileResult {
  return (text) => {
    const diagnostics: Diagnostic[] = [];
    for (const m of text.matchAll(/\p{L}+/gu)) {
      const to = map[m[0]];
      if (to !== undefined) diagnostics.push(diag(`w/${m[0]}`, m.index, m.index + m[0].length, to));
    }
    return summarize({ filePath: 't', diagnostics, notices: [], languages: [] });
  };
}

describe('fixesOf: one fix per diagnostic, filtered', () => {
  const result = summarize({
    filePath: 't',
    notices: [],
    languages: [],
    diagnostics: [diag('a/one', 0, 2, 'X'), diag('a/two', 3, 5, null), diag('b/three', 6, 8, 'Y')],
  });
  const types = (id: string): string | undefined => ({ 'a/one': 'forbidden', 'a/two': 'forbidden', 'b/three': 'limit' })[id];
  it('skips diagnostics without a fixable suggestion', () => {
    expect(fixesOf(result).map((f) => f.ruleId)).toEqual(['a/one', 'b/three']);
  });
  it('--fix-rule keeps only the listed ids', () => {
    expect(fixesOf(result, { rules: new Set(['b/three']) })).toEqual([{ ruleId: 'b/three', range: [6, 8], text: 'Y' }]);
  });
  it('--fix-type keeps only the listed types', () => {
    expect(fixesOf(result, { types: new Set(['forbidden']) }, types).map((f) => f.ruleId)).toEqual(['a/one']);
    expect(fixesOf(result, { types: new Set(['required']) }, types)).toEqual([]);
  });
});

describe('fixText: passes, re-lint, cycles', () => {
  it('chains fixes over passes until nothing is fixable', () => {
    const r = fixText('one two', wordLinter({ one: 'two', two: 'three' }));
    // pass 1: "two three"; pass 2: "three three"; pass 3: nothing left.
    expect(r.output).toBe('three three');
    expect(r.passes).toBe(2);
    expect(r.applied).toBe(3);
    expect(r.appliedByRule).toEqual({ 'w/one': 1, 'w/two': 2 });
    expect(r.result.diagnostics).toEqual([]);
    expect(r.cycleRules).toEqual([]);
  });
  it('a cycle (alpha → beta → alpha): the rules of the cycle are not applied at all', () => {
    const r = fixText('alpha', wordLinter({ alpha: 'beta', beta: 'alpha' }));
    expect(r.output).toBe('alpha');
    expect(r.cycleRules).toEqual(['w/alpha', 'w/beta']);
    expect(r.passes).toBe(0);
    expect(r.result.diagnostics.map((d) => d.ruleId)).toEqual(['w/alpha']);
  });
  it('a cycle next to an ordinary fix: the ordinary fix is applied, and fixing the output again changes nothing', () => {
    const lint = wordLinter({ alpha: 'beta', beta: 'alpha', щас: 'сейчас' });
    const r = fixText('alpha щас', lint);
    expect(r.output).toBe('alpha сейчас');
    expect(r.cycleRules).toEqual(['w/alpha', 'w/beta']);
    expect(r.appliedByRule).toEqual({ 'w/щас': 1 });
    const again = fixText(r.output, lint);
    expect(again.output).toBe(r.output);
    expect(again.applied).toBe(0);
  });
  it('a longer cycle (a → b → c → a) is found too', () => {
    const r = fixText('x a', wordLinter({ a: 'b', b: 'c', c: 'a' }));
    expect(r.output).toBe('x a');
    expect(r.cycleRules).toEqual(['w/a', 'w/b', 'w/c']);
  });
  it(`stops after ${MAX_FIX_PASSES} passes`, () => {
    const map: Record<string, string> = {};
    const letters = 'abcdefghijklmnop';
    for (let i = 0; i < letters.length - 1; i++) map[letters[i]!] = letters[i + 1]!;
    const r = fixText('a', wordLinter(map));
    expect(r.passes).toBe(MAX_FIX_PASSES);
    expect(r.output).toBe(letters[MAX_FIX_PASSES]);
    expect(r.exhausted).toBe(true);
  });
  it('returns the input untouched when nothing is fixable', () => {
    const r = fixText('nothing here', wordLinter({}));
    expect(r).toMatchObject({ output: 'nothing here', passes: 0, applied: 0, cycleRules: [], exhausted: false });
  });
});
