/**
 * `mkdirSync(dir, { recursive: true })` for the folders of files the user names (--output-file,
 * --baseline-write, --cache-location), one level at a time from the nearest existing folder.
 * Node's recursive mkdir loops for ever where mkdir keeps answering ENOENT under a folder that
 * exists (a path under /proc, measured on Node 20): here that is the error it is.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
export function makeFolder(dir) {
    if (existsSync(dir))
        return;
    const parent = dirname(dir);
    if (parent !== dir)
        makeFolder(parent);
    mkdirSync(dir);
}
