/**
 * The folder talklint's caches share (the pack cache, the command line's code cache):
 * `<os tmpdir>/talklint-cache-<uid>/`. Small and with no dependencies: bin/talklint.js loads it
 * before the bundled command line, to find (or refuse) the code cache.
 */
import { mkdirSync, statSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
export function cacheDir() {
    let user = 'user';
    try {
        user = String(userInfo().uid >= 0 ? userInfo().uid : userInfo().username);
    }
    catch {
        // No user database (some containers): one shared folder.
    }
    return join(tmpdir(), `talklint-cache-${user}`);
}
/**
 * Whether `dir` is a folder of this user's that nobody else may write to, created (mode 700)
 * when missing. A cache is only used there: in a shared temp folder, an entry planted by someone
 * else would change the rules of this user's runs (pack cache) or be code run as this user (code
 * cache). False where POSIX user ids do not exist: no cache there.
 */
export function ownFolder(dir) {
    if (typeof process.getuid !== 'function')
        return false;
    try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        const st = statSync(dir);
        return st.isDirectory() && st.uid === process.getuid() && (st.mode & 0o022) === 0;
    }
    catch {
        return false;
    }
}
