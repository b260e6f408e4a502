import { type PacksResult } from '../packs/load.js';
/** `loadPacks`, served from the cache when nothing it depends on has changed. */
export declare function loadPacksCached(refs: readonly string[], baseDir: string): PacksResult;
