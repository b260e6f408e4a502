export interface Shard {
    /** 1-based shard number. */
    index: number;
    /** Number of shards. */
    count: number;
}
export type ShardParse = {
    ok: true;
    shard: Shard;
} | {
    ok: false;
    message: string;
};
/** Parses `i/n` (1 ≤ i ≤ n). */
export declare function parseShard(text: string): ShardParse;
/** The path a file is sorted and split by: relative to `cwd` when inside it, `/`-separated. */
export declare function shardKey(absPath: string, cwd: string): string;
/**
 * The files of one shard, in sorted order. `files` are absolute paths; the order they are given
 * in does not matter.
 */
export declare function shardFiles(files: readonly string[], shard: Shard, cwd: string): string[];
