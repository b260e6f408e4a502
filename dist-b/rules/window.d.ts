import type { AnalyzedTurn, CallContext, CompiledRule } from '../engine/call-context.js';
import { MapReader } from '../packs/yaml-reader.js';
export interface TurnWindow {
    /** The first / last N turns of the rule's speaker. */
    first?: number;
    last?: number;
    /** Turns that start within the first N seconds of the call / end within its last N seconds. */
    firstSeconds?: number;
    lastSeconds?: number;
    /** Turns in the first / last X % of the call (by time when timed, else by turn position). */
    firstPercent?: number;
    lastPercent?: number;
    /** For a seconds window: the window used on a call without turn times. */
    fallback?: TurnWindow;
}
/** The turns of a call a window is measured against: the whole call. */
export interface CallTurns {
    readonly turns: readonly AnalyzedTurn[];
}
export declare function readWindow(rule: MapReader, key?: string): TurnWindow | undefined;
/** The window actually used on a call: a seconds window on an untimed call becomes its fallback (or null). */
export declare function effectiveWindow(window: TurnWindow, call: CallTurns): TurnWindow | null;
/**
 * Keeps the turns of `turns` (a speaker's turns of one call) inside the window. `call` is the
 * whole call the window is measured against (defaults to `turns`; pass it for seconds and percent
 * windows). Idempotent: applying a window to turns already inside it changes nothing.
 * A seconds window on an untimed call without a fallback keeps no turn.
 */
export declare function applyWindow(turns: readonly AnalyzedTurn[], window: TurnWindow | undefined, call?: CallTurns): readonly AnalyzedTurn[];
/**
 * Whether a rule's window can be applied to the call. A seconds window on a call without turn
 * times and without a fallback cannot: the rule is skipped for that call and a notice says so.
 */
export declare function windowApplies(rule: CompiledRule, call: CallContext): boolean;
export declare function describeWindow(window: TurnWindow | undefined): string;
