/**
 * What `--cache` records of the read behind a result: the SHA-256 of the bytes linted, and the
 * file's stat just before they were read (StatStamp). A run with a cache has the thread that
 * lints a file hash the bytes it read for linting (run-files.ts), so a file met for the first
 * time is read once, by its lint thread, instead of once more by the main thread before linting.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/**
 * What a file's `stat` said just before the bytes behind a hash were read: size, modification
 * time, change time (ms) and inode. Equal on a later run = the same bytes.
 */
export type StatStamp = [size: number, mtimeMs: number, ctimeMs: number, ino: number];

/** A file's content hash, and its stamp when the file was not being changed (see RACY_MS). */
export interface ReadStamp {
  hash: string;
  stat?: StatStamp;
  /**
   * The result as `--cache` stores it (UTF-8 JSON, without the source text), made by the
   * thread that linted the file so that the main thread need not serialise every result.
   */
  json?: Uint8Array;
}

/**
 * A file whose modification or change time is less than this before the moment its stat was
 * taken gets no stamp (hashed again next run): a write in the same tick of the file system's
 * clock (2 s on FAT) could leave every field of the stamp as it was.
 */
export const RACY_MS = 3000;

/** The stamp of `st` taken at `now`, or undefined while the file may still change unseen (`racyMs`). */
export function stampOf(st: Stats, now: number, racyMs: number): StatStamp | undefined {
  if (!st.isFile() || now - Math.max(st.mtimeMs, st.ctimeMs) < racyMs) return undefined;
  return [st.size, st.mtimeMs, st.ctimeMs, st.ino];
}

export function sameStamp(a: unknown, b: StatStamp): boolean {
  return Array.isArray(a) && a.length === 4 && a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];
}

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** `st` (taken at `statAt`, before the bytes were read) and `bytes` as a ReadStamp. */
export function readStampOf(st: Stats, statAt: number, bytes: Uint8Array, racyMs: number): ReadStamp {
  const stat = stampOf(st, statAt, racyMs);
  return stat === undefined ? { hash: sha256(bytes) } : { hash: sha256(bytes), stat };
}

/** Bytes hashed at a time by hashFile. */
const HASH_CHUNK = 1 << 20;

/**
 * A file's ReadStamp, its bytes read in pieces (a large export is never held whole here); throws
 * when the file cannot be read.
 */
export function hashFile(absPath: string, racyMs: number): ReadStamp {
  const fd = openSync(absPath, 'r');
  try {
    // The stat of the open file, before its bytes are read (as readFileStamped takes it).
    const st = fstatSync(fd);
    const statAt = Date.now();
    const h = createHash('sha256');
    const buf = Buffer.allocUnsafe(HASH_CHUNK);
    for (let n = readSync(fd, buf, 0, HASH_CHUNK, null); n > 0; n = readSync(fd, buf, 0, HASH_CHUNK, null)) h.update(buf.subarray(0, n));
    const stat = stampOf(st, statAt, racyMs);
    const hash = h.digest('hex');
    return stat === undefined ? { hash } : { hash, stat };
  } finally {
    closeSync(fd);
  }
}
