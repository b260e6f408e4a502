/**
 * `--shard i/n`: one machine's share of a run. The split is round-robin over the sorted file
 * list, compared by each file's path relative to the working directory (with `/` separators):
 * shard i (1-based) takes the files at positions i-1, i-1+n, i-1+2n, … of that list.
 *
 * Why round-robin and not a hash: every shard gets the same number of files ±1 (a month of calls
 * named by date spreads evenly, where a hash can leave one shard 10–20 % heavier), and the split
 * is still deterministic: every machine that sees the same files computes the same shards,
 * whatever the OS, the order fast-glob returned them in or the checkout's absolute path. Every
 * file is in exactly one shard. The price: adding a file moves later files to other shards —
 * harmless, since each CI run lints what is there and `talklint merge` joins the reports.
 */
import { relative, sep } from 'node:path';
/** Parses `i/n` (1 ≤ i ≤ n). */
export function parseShard(text) {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    if (!m)
        return { ok: false, message: `--shard takes i/n (e.g. --shard 2/4), got "${text}"` };
    const index = Number(m[1]);
    const count = Number(m[2]);
    if (count < 1)
        return { ok: false, message: `--shard ${text}: the number of shards must be at least 1` };
    if (index < 1 || index > count)
        return { ok: false, message: `--shard ${text}: the shard number must be between 1 and ${count}` };
    return { ok: true, shard: { index, count } };
}
/** The path a file is sorted and split by: relative to `cwd` when inside it, `/`-separated. */
export function shardKey(absPath, cwd) {
    const rel = relative(cwd, absPath);
    const key = rel === '' || rel.startsWith('..') ? absPath : rel;
    return sep === '/' ? key : key.split(sep).join('/');
}
/** Compares by UTF-16 code units (the same on every machine, unlike localeCompare). */
function byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * The files of one shard, in sorted order. `files` are absolute paths; the order they are given
 * in does not matter.
 */
export function shardFiles(files, shard, cwd) {
    const keyed = files.map((f) => ({ f, k: shardKey(f, cwd) }));
    keyed.sort((a, b) => byCodeUnits(a.k, b.k) || byCodeUnits(a.f, b.f));
    const out = [];
    for (let i = shard.index - 1; i < keyed.length; i += shard.count)
        out.push(keyed[i].f);
    return out;
}
