import type { Linter } from '../engine/linter.js';
import { type InputOptions } from '../input/load.js';
import type { FileResult } from '../types.js';
/**
 * Files from this size on are read in pieces (when their format allows). Read whole, a file takes
 * ~13 times its size at its peak (the 55 MB JSON Lines file: ~710 MB with --jobs 1).
 */
export declare const LARGE_EXPORT_BYTES: number;
/**
 * Bytes read per piece (a piece ends at the last line break in them). The 55 MB JSON Lines file,
 * `-f summary --jobs 1`, peak RSS: 234 MB with pieces of 1 MiB, 357 MB with 4 MiB, 834 MB with
 * 16 MiB; 256 and 512 KiB gave no less.
 */
export declare const PIECE_BYTES: number;
export interface PieceOptions {
    input?: InputOptions | undefined;
    /** Keep the lines findings point at (FileResult.sourceLines, as keepFrameLines does); otherwise no source. */
    frameLines: boolean;
    /** Smallest file read in pieces (default LARGE_EXPORT_BYTES). */
    minBytes?: number;
    /** Bytes per piece (default PIECE_BYTES). */
    pieceBytes?: number;
    /** Longest call carried from piece to piece, in characters (default MAX_CARRY_PIECES pieces). */
    maxCarry?: number;
}
/**
 * Lints `absPath` in pieces when it is a large export (see the module comment); null when it is
 * not one or must be read whole. `shownPath` is the path the result carries.
 */
export declare function lintInPieces(linter: Linter, absPath: string, shownPath: string, opts: PieceOptions): FileResult | null;
