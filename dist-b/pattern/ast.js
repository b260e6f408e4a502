/** The parsed form of one phrase pattern (see docs/packs.md, "Patterns"). */
export const DEFAULT_GAP = 3;
export const DEFAULT_SLOT_MAX = 12;
export const ANONYMOUS_SLOT = 'slot';
