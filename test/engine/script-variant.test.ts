import { describe, expect, it } from 'vitest';
import { parsePack } from '../../src/packs/load.js';
import { Linter } from '../../src/engine/linter.js';
import { hasTraditional, inScriptOf } from '../../src/text/script-variant.js';

const PACK = `pack: t
rules:
  - id: t/no-must
    type: forbidden
    severity: warning
    message: "{{suggestion}}"
    patterns:
      zh: ["您必须{…}"]
    suggestions:
      - text: "您能{…}吗"
        fixable: true
`;

describe('suggestions come back in the script the speaker used', () => {
  it.each([
    ['對不起', true],
    ['对不起', false],
    ['您好', false],
    ['Hello', false],
  ])('hasTraditional(%s) = %s', (text, expected) => {
    expect(hasTraditional(text)).toBe(expected);
  });

  it.each([
    ['客服：您必須先填寫投保單，謝謝', '您能先填寫投保單嗎', [3, 12]],
    ['客服：您必须先填写投保单，谢谢', '您能先填写投保单吗', [3, 12]],
  ])('%s → %s', (text, suggestion, range) => {
    const pack = parsePack(PACK, 't.yaml');
    if (!pack.ok) throw new Error(JSON.stringify(pack.errors));
    const [d] = new Linter({ packs: [pack.pack] }).lintText(text).diagnostics;
    expect(d?.suggestions[0]).toMatchObject({ text: suggestion, fixable: true, range });
    expect(d?.message).toBe(suggestion);
  });

  it('leaves non-Chinese suggestions alone', () => {
    expect(inScriptOf('Разрешите, я уточню', '對不起')).toBe('Разрешите, я уточню');
  });

  it('follows the matched words, else the turn around them', () => {
    expect([inScriptOf('请稍等', '對不起'), inScriptOf('请稍等', '对不起', '這個我不知道'), inScriptOf('请稍等', '对不起', '这个我不知道'), inScriptOf('请稍等')]).toEqual(['請稍等', '請稍等', '请稍等', '请稍等']);
  });
});

describe('the turn decides the script when the match itself has no Traditional-only character', () => {
  it('我不清楚 in a Traditional turn gets a Traditional suggestion', () => {
    const pack = parsePack(
      `pack: t\nrules:\n  - id: t/dk\n    type: forbidden\n    severity: error\n    message: m\n    patterns:\n      zh: ["我不清楚"]\n    suggestions:\n      - 请允许我为您确认一下\n`,
      't.yaml',
    );
    if (!pack.ok) throw new Error(JSON.stringify(pack.errors));
    const linter = new Linter({ packs: [pack.pack] });
    expect(linter.lintText('這個問題我不清楚').diagnostics[0]?.suggestions[0]?.text).toBe('請允許我為您確認一下');
    expect(linter.lintText('这个问题我不清楚').diagnostics[0]?.suggestions[0]?.text).toBe('请允许我为您确认一下');
  });
});
