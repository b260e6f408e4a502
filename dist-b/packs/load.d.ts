import type { LocatedError } from '../errors.js';
import type { PackDef, PatternDef } from './definition.js';
import { MapReader } from './yaml-reader.js';
export type PackResult = {
    ok: true;
    pack: PackDef;
} | {
    ok: false;
    errors: LocatedError[];
};
export type PacksResult = {
    ok: true;
    packs: PackDef[];
} | {
    ok: false;
    errors: LocatedError[];
};
/** The folder of shipped packs (rules/ at the package root). */
export declare const BUILTIN_PACK_DIR: string;
export declare const BUILTIN_PACKS: readonly ["ru", "zh", "en"];
/** Resolves a pack reference: a shipped pack id, or a path (relative to `baseDir`). */
export declare function resolvePackRef(ref: string, baseDir: string): {
    path: string;
    builtin: boolean;
} | null;
export declare function loadPackFile(path: string, opts?: {
    builtin?: boolean;
    displayPath?: string;
}): PackResult;
/** Loads packs in order; a rule id defined again by a later pack replaces the earlier rule. */
export declare function loadPacks(refs: readonly string[], baseDir?: string): PacksResult;
export declare function parsePack(text: string, file: string, builtin?: boolean): PackResult;
/** `patterns:` is either a list (any language) or a mapping language → list. */
export declare function readPatternSet(r: MapReader, key: string, required: boolean): PatternDef[];
