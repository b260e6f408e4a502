/**
 * Bundles the command line for a fast start (run by `npm run build` after tsc).
 *
 * Why: `talklint <one file>` spent most of its time loading ~80 compiled modules and their
 * dependencies (module resolution, one compile per file). esbuild puts the CLI into one
 * CommonJS file and the --jobs worker's entry into one ES module, from the tsc output in dist/:
 *
 *   dist/cli/talklint.cjs  what bin/talklint.js runs (exports `run`, like dist/cli/main.js).
 *                          CommonJS because bin/ compiles it with node:vm and keeps V8's code
 *                          cache of it (Node 20 has no code cache for ES modules).
 *   dist/cli/worker.js     the --jobs worker, found next to the bundle as run-files.ts expects.
 *
 * The library (`import … from 'talklint'`) stays the unbundled dist/ modules. Paths to the
 * package's own files are found from package.json upwards (src/package-root.ts), so the bundles
 * work from dist/cli/ as the modules do from dist/*.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const common = {
  absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
  outdir: 'dist/cli',
  bundle: true,
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
};

await build({
  ...common,
  entryPoints: { talklint: 'dist/cli/main.js' },
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // The modules find their files from import.meta.url; in CommonJS that is the bundle's own URL.
  define: { 'import.meta.url': '__talklint_import_meta_url' },
  banner: { js: "const __talklint_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
});

await build({
  ...common,
  entryPoints: { worker: 'dist/api/worker.js' },
  format: 'esm',
  // CommonJS dependencies (yaml, natural, iconv-lite…) call require() for Node's built-ins.
  banner: { js: "import { createRequire as __talklintCreateRequire } from 'node:module';\nconst require = __talklintCreateRequire(import.meta.url);" },
});
