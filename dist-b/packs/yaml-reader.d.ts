/**
 * Strict reading of YAML documents with positions: every complaint names file:line:column,
 * shows the line, and says what was expected. Used by the pack loader and the config loader.
 */
import { type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { type LocatedError } from '../errors.js';
export declare class YamlFile {
    readonly file: string;
    readonly text: string;
    readonly errors: LocatedError[];
    private readonly lines;
    readonly root: Node | null;
    constructor(file: string, text: string);
    position(offset: number): {
        line: number;
        column: number;
    };
    errorAt(offset: number, message: string): void;
    error(node: Node | Pair | null | undefined, message: string): void;
}
export declare function describe(node: Node | null | undefined): string;
export declare function didYouMean(word: string, candidates: readonly string[]): string | null;
/** A mapping whose keys are checked against an allowed list. */
export declare class MapReader {
    readonly y: YamlFile;
    readonly node: YAMLMap;
    readonly where: string;
    private readonly entries;
    /** Keys an unknown key was taken for ("sevrity" → "severity"): already reported, not "missing" too. */
    private readonly misspelt;
    constructor(y: YamlFile, node: YAMLMap, where: string, allowed: readonly string[]);
    has(key: string): boolean;
    value(key: string): Node | null | undefined;
    keyNode(key: string): Node | undefined;
    keys(): string[];
    private missing;
    string(key: string, opts: {
        required: true;
        pattern?: RegExp;
        patternHint?: string;
    }): string | undefined;
    string(key: string, opts?: {
        required?: boolean;
        pattern?: RegExp;
        patternHint?: string;
    }): string | undefined;
    oneOf<T extends string>(key: string, values: readonly T[], fallback?: T): T | undefined;
    bool(key: string, fallback: boolean): boolean;
    integer(key: string, opts: {
        min: number;
        required?: boolean;
    }): number | undefined;
    map(key: string): YAMLMap | undefined;
    list(key: string, opts?: {
        required?: boolean;
        nonEmpty?: boolean;
    }): Node[] | undefined;
    /** A list of non-empty strings (a single string is accepted as a list of one). */
    stringList(key: string, opts?: {
        required?: boolean;
        nonEmpty?: boolean;
    }): Array<{
        value: string;
        node: Scalar;
    }> | undefined;
}
export declare function asMap(y: YamlFile, node: Node | null | undefined, where: string, allowed: readonly string[]): MapReader | null;
/** Offset in the file of character `index` of a scalar's value (exact for plain scalars, close for quoted). */
export declare function scalarOffset(node: Scalar, index: number): number;
