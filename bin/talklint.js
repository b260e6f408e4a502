#!/usr/bin/env node
// talklint's command line. The work is in dist/cli/talklint.cjs, the bundle of dist/cli/main.js
// (both built from src/ by `npm install`; see scripts/bundle.mjs), or in dist/cli/main.js where
// there is no bundle. This file loads it, maps its result to the process exit code and reports
// internal errors.
//
// Start-up: the bundle is compiled with node:vm and V8's code cache of it is kept in talklint's
// cache folder (<os tmpdir>/talklint-cache-<uid>/, as the pack cache), written after the first
// run so that it holds every function that run compiled, not only the top level. The cache is
// keyed by a hash of the bundle's text, Node's version and the architecture; V8 rejects a cache
// that does not fit (and it is then written anew); any failure to read or write it only costs
// the time it would have saved. The cache is only used in a folder owned by the user and not
// writable by others. TALKLINT_NO_CACHE=1 turns it off.
//
// Only node:fs is imported up front: `--version` needs nothing else (node:crypto alone takes
// ~8 ms to load); the rest is imported when the bundle is loaded.
// process.getBuiltinModule (Node ≥ 20.16) rather than `import … from 'node:…'`: an ES import of a
// built-in builds its ES facade, which reads every export (node:fs's ReadStream getter loads
// fs streams, ~4 ms) — the modules are the same.
const builtin = (name) => process.getBuiltinModule?.(name) ?? import(name);
const { existsSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } = await builtin('node:fs');

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // Fast path: no engine, no packs.
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
} else {
  try {
    const { fileURLToPath } = await builtin('node:url');
    const bundle = fileURLToPath(new URL('../dist/cli/talklint.cjs', import.meta.url));
    const { run, saveCodeCache } = existsSync(bundle) ? await loadBundle(bundle) : { ...(await import('../dist/cli/main.js')), saveCodeCache: null };
    process.exitCode = await run(argv);
    saveCodeCache?.();
  } catch (e) {
    const debug = process.env.TALKLINT_DEBUG;
    process.stderr.write(
      `talklint: internal error: ${e && e.message ? e.message : String(e)}\n` +
        (debug ? `${e && e.stack ? e.stack : ''}\n` : 'Set TALKLINT_DEBUG=1 for details, and please report it.\n'),
    );
    process.exitCode = 2;
  }
}

/** Runs the CommonJS bundle through node:vm with V8's code cache; returns its exports. */
async function loadBundle(file) {
  const [{ createHash }, Module, { dirname, join }, { Script }] = await Promise.all(['node:crypto', 'node:module', 'node:path', 'node:vm'].map(builtin));
  const { createRequire } = Module;
  const bytes = readFileSync(file);
  const source = bytes.toString('utf8');
  const useCache = process.env.TALKLINT_NO_CACHE !== '1';
  let cacheFile = null;
  let cached;
  if (useCache) {
    // The file's bytes are hashed, not the decoded text (which the hash would encode back to UTF-8).
    const key = createHash('sha256').update(`${process.version}\0${process.arch}\0`).update(bytes).digest('hex').slice(0, 24);
    const { cacheDir, ownFolder } = await import('../dist/api/cache-folder.js');
    const dir = cacheDir();
    // Compiled code is only taken from a folder that is this user's alone: a cache planted by
    // someone else in a shared temp folder would be code run as this user.
    if (ownFolder(dir)) {
      cacheFile = join(dir, `cli-${key}.v8cache`);
      try {
        cached = readFileSync(cacheFile);
      } catch {
        cached = undefined;
      }
    }
  }
  const script = new Script(Module.wrap(source), {
    filename: file,
    ...(cached ? { cachedData: cached } : {}),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  // import() does not work inside a node:vm script (without an experimental flag): the bundle
  // loads a --format module with this module's import().
  module.exports.setModuleImporter((url) => import(url));
  const saveCodeCache = () => {
    if (cacheFile === null || (cached && !script.cachedDataRejected)) return;
    try {
      const dir = dirname(cacheFile);
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
      // Caches of other builds of the bundle are of no more use.
      for (const name of readdirSync(dir)) {
        if (name.startsWith('cli-') && name.endsWith('.v8cache') && join(dir, name) !== cacheFile) unlinkSync(join(dir, name));
      }
    } catch {
      // No cache this time: the next run compiles again.
    }
  };
  return { run: module.exports.run, saveCodeCache };
}
