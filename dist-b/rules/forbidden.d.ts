/** `forbidden`: every match in a turn of the rule's speaker is a finding, with suggestions. */
import type { RuleKind } from './kind.js';
export declare const forbidden: RuleKind<Record<string, never>>;
