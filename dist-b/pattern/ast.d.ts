/** The parsed form of one phrase pattern (see docs/packs.md, "Patterns"). */
export type WordMode = 'exact' | 'morph' | 'prefix';
export interface WordNode {
    kind: 'word';
    mode: WordMode;
    /** Normalised word (apostrophes removed). */
    text: string;
}
export interface AltNode {
    kind: 'alt';
    options: PatternNode[][];
}
export interface OptionalNode {
    kind: 'optional';
    seq: PatternNode[];
}
export interface GapNode {
    kind: 'gap';
    max: number;
}
export interface SlotNode {
    kind: 'slot';
    name: string;
    max: number;
}
export interface VarNode {
    kind: 'var';
    name: string;
}
export type PatternNode = WordNode | AltNode | OptionalNode | GapNode | SlotNode | VarNode;
export interface ParsedPattern {
    /** The pattern as written. */
    source: string;
    anchored: boolean;
    nodes: PatternNode[];
}
export declare const DEFAULT_GAP = 3;
export declare const DEFAULT_SLOT_MAX = 12;
export declare const ANONYMOUS_SLOT = "slot";
