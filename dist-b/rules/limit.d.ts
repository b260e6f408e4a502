/**
 * `limit`: counts the matches in the speaker's turns over the whole call; more than `max` is one
 * finding, placed on the first match over the limit.
 */
import type { RuleKind } from './kind.js';
export interface LimitOptions {
    max: number;
}
export declare const limit: RuleKind<LimitOptions>;
