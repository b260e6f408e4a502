import type { RuleKind } from './kind.js';
export declare const RULE_KINDS: ReadonlyMap<string, RuleKind<any>>;
export type { RuleKind } from './kind.js';
