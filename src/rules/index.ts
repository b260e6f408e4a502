/** The rule types talklint knows. A new type is one file here plus one line below. */
import { forbidden } from './forbidden.js';
import type { RuleKind } from './kind.js';
import { limit } from './limit.js';
import { required } from './required.js';

export const RULE_KINDS: ReadonlyMap<string, RuleKind<any>> = new Map<string, RuleKind<any>>(
  [forbidden, required, limit].map((k) => [k.type, k as RuleKind<any>]),
);

export type { RuleKind } from './kind.js';
