/**
 * The pattern parser: what a pattern means (its AST) and, for mistakes, the message and the
 * exact 0-based index in the pattern that the pack loader turns into a column.
 */
import { describe, expect, it } from 'vitest';
import { parsePattern, PatternSyntaxError, slotNames } from '../../src/pattern/parse.js';

const w = (text: string, mode: 'exact' | 'morph' | 'prefix' = 'exact') => ({ kind: 'word', mode, text });

describe('pattern parser: meaning', () => {
  it.each([
    ['я не знаю', false, [w('я'), w('не'), w('знаю', 'morph')]],
    ['=нет', false, [w('нет')]],
    ['^нет', true, [w('нет')]],
    ['перезвон*', false, [w('перезвон', 'prefix')]],
    ["I DON'T know", false, [w('i'), w('dont', 'morph'), w('know', 'morph')]],
    ['Всё', false, [w('все')]],
    ['對不起', false, [w('对'), w('不'), w('起')]],
    ['[я] не знаю', false, [{ kind: 'optional', seq: [w('я')] }, w('не'), w('знаю', 'morph')]],
    ['[я|мы] нет', false, [{ kind: 'optional', seq: [{ kind: 'alt', options: [[w('я')], [w('мы')]] }] }, w('нет')]],
    ['(да|ну да) нет', false, [{ kind: 'alt', options: [[w('да')], [w('ну'), w('да')]] }, w('нет')]],
    ['мне ...2 нет', false, [w('мне'), { kind: 'gap', max: 2 }, w('нет')]],
    ['мне … нет', false, [w('мне'), { kind: 'gap', max: 3 }, w('нет')]],
    ['вы должны {…}', false, [w('вы'), w('должны', 'morph'), { kind: 'slot', name: 'slot', max: 12 }]],
    ['您必须{action:6}吗', false, [w('您'), w('必'), w('须'), { kind: 'slot', name: 'action', max: 6 }, w('吗')]],
    ['компания ${company}', false, [w('компания', 'morph'), { kind: 'var', name: 'company' }]],
    ['«нет», спасибо!', false, [w('нет'), w('спасибо', 'morph')]],
  ] as const)('%s', (source, anchored, nodes) => {
    expect(parsePattern(source)).toEqual({ source, anchored, nodes });
  });

  it('lists slot names, also inside optional parts and alternatives', () => {
    expect([...slotNames(parsePattern('(a {x}|b) [c {y}] d {…}').nodes)]).toEqual(['x', 'y', 'slot']);
  });
});

describe('pattern parser: mistakes with their index', () => {
  it.each([
    ['я (не знаю', 2, 'unclosed "(": alternatives are written (one|two words)'],
    ['я не знаю)', 9, 'unmatched ")"'],
    ['[я не', 0, 'unclosed "[": optional words are written [like this] or [this|that]'],
    ['[] нет', 1, 'empty optional group "[]"'],
    ['[я|] нет', 3, 'empty alternative in "[ | ]"'],
    ['(a||b)', 3, 'empty alternative in "( | )"'],
    ['я ^не', 2, '"^" (start of sentence) is only allowed at the start of a pattern'],
    ['я не ...', 5, 'a pattern cannot end with a gap'],
    ['я ... ...2 знаю', 6, 'two gaps in a row: write one gap "...N"'],
    ['вы должны {…} ... да', 14, 'a slot cannot be followed by a gap'],
    ['{…} знаю', 0, 'a pattern must start with a word, not a gap or a slot'],
    ['... знаю', 0, 'a pattern must start with a word, not a gap or a slot'],
    ['=знаю*', 0, '"=" (exact) and "*" (prefix) cannot be combined'],
    ['компания ${company', 9, 'a variable is written ${name} (letters, digits, _)'],
    ['да {slot:0}', 3, 'a slot must allow at least one word'],
    ['я ...0 знаю', 2, 'a gap must allow at least one word'],
    ['[я]', 0, 'pattern has only optional parts and could match nothing'],
    ['!!!', 0, 'empty pattern'],
    ['да @ нет', 3, 'unexpected "@"'],
  ] as const)('%s → %i: %s', (source, index, message) => {
    let error: unknown;
    try {
      parsePattern(source);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PatternSyntaxError);
    expect([(error as PatternSyntaxError).index, (error as Error).message]).toEqual([index, message]);
  });
});
