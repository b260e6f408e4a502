/**
 * A small inline pack and fixed texts for the formatter, directive and baseline tests: the real
 * loader and linter, so the results are what a run produces.
 */
import { Linter, type LinterOptions } from '../../src/engine/linter.js';
import { parsePack } from '../../src/packs/load.js';
import type { PackDef } from '../../src/packs/definition.js';

export const TEST_PACK_YAML = `pack: t
description: Test pack for reports
languages: [ru, en, zh]
rules:
  - id: t/no-slang
    type: forbidden
    severity: error
    message: "«{{match}}» is slang & <careless>. Say: \\"{{suggestion}}\\""
    rationale: Slang sounds careless.
    link: https://example.com/standard#slang
    speaker: agent
    patterns:
      en: ["gonna", "wanna"]
      ru: ["щас"]
    suggestions:
      - replace: {gonna: going to, wanna: want to, щас: сейчас}
        fixable: true
    examples:
      flag: ["I'm gonna check"]
      pass: ["I'm going to check"]
  - id: t/no-dont-know
    type: forbidden
    severity: warning
    message: "Do not say «{{match}}»"
    rationale: It sounds incompetent.
    speaker: agent
    patterns:
      en: ["i don't know"]
      ru: ["я не знаю"]
      zh: ["不知道"]
    suggestions:
      - text: Let me check that for you
    examples:
      flag: ["I don't know"]
      pass: ["I know"]
  - id: t/filler
    type: forbidden
    severity: info
    message: "Filler word «{{match}}»"
    speaker: any
    patterns:
      en: ["basically"]
    examples:
      flag: ["basically yes"]
      pass: ["yes"]
  - id: t/greeting
    type: required
    severity: error
    message: "No greeting in the first turn"
    speaker: agent
    within: {first: 1}
    patterns:
      en: ["hello", "good morning"]
      ru: ["здравствуйте"]
      zh: ["你好"]
    examples:
      flag: ["Bye"]
      pass: ["Hello"]
`;

export function testPack(): PackDef {
  const r = parsePack(TEST_PACK_YAML, 'test/formatters/t.yaml');
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n'));
  return r.pack;
}

export function testLinter(opts: Partial<LinterOptions> = {}): Linter {
  return new Linter({ packs: [testPack()], fingerprints: true, calls: true, ...opts });
}
