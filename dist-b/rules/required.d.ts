/**
 * `required`: at least one pattern must match in the speaker's turns, optionally only within the
 * first or last N of them (`within: {first: 2}`). Missing → one finding for the call, placed at
 * the start of the window (the first turn it covers).
 */
import { type TurnWindow } from './window.js';
import type { RuleKind } from './kind.js';
export interface RequiredOptions {
    within?: TurnWindow;
}
export declare const required: RuleKind<RequiredOptions>;
