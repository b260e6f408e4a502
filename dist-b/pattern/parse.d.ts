import { type ParsedPattern, type PatternNode } from './ast.js';
export declare class PatternSyntaxError extends Error {
    readonly index: number;
    constructor(message: string, index: number);
}
export declare function parsePattern(source: string): ParsedPattern;
/** Slot names used by a pattern. */
export declare function slotNames(nodes: PatternNode[], out?: Set<string>): Set<string>;
