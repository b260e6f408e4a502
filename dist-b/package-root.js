/**
 * Where talklint's own files are: the folder of its package.json (which holds rules/ and the
 * version), found upwards from this module — one folder up from src/ and dist/, two from the
 * bundled command line in dist/cli/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
function findRoot(from) {
    for (let dir = from;; dir = dirname(dir)) {
        const file = join(dir, 'package.json');
        if (existsSync(file)) {
            const pkg = JSON.parse(readFileSync(file, 'utf8'));
            if (pkg.name === 'talklint')
                return { root: dir, version: pkg.version ?? '0.0.0' };
        }
        if (dirname(dir) === dir)
            throw new Error(`talklint: no package.json of talklint above ${from}`);
    }
}
const found = findRoot(dirname(fileURLToPath(import.meta.url)));
/** The package's root folder. */
export const PACKAGE_ROOT = found.root;
/** The package's version (package.json). */
export const PACKAGE_VERSION = found.version;
