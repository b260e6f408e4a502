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
import { readFileSync, writeFileSync } from 'node:fs';
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

// The bundles as ASCII. esbuild escapes non-ASCII characters in strings but leaves them in
// regular expression literals (natural's Russian stemmer, our scripts' character classes) and
// comments; one such character makes V8 hold the whole ~2 MB source as a two-byte string, and
// decoding it from UTF-8 took ~14 ms of each one-file run (as ASCII: <1 ms). A \uXXXX escape
// means the same character in a string, a template's cooked text, an identifier and a regular
// expression with or without the u flag (a surrogate pair of escapes is one code point there),
// so every UTF-16 unit above 0x7F is escaped. Not so after a backslash (`\ё` would become `\\u0451`)
// or in a template read raw: the build stops if either occurs, but for the String.raw regular
// expression sources of RAW_REGEX_SOURCES.
const RAW_REGEX_SOURCES = ['dist/input/speakers.js', 'dist/input/redaction.js'];
for (const name of ['talklint.cjs', 'worker.js']) {
  const file = new URL(`../dist/cli/${name}`, import.meta.url);
  const text = readFileSync(file, 'utf8');
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    let slashes = 0;
    while (text.charCodeAt(i - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 1) throw new Error(`scripts/bundle.mjs: ${name}: a backslash before a non-ASCII character at offset ${i}; cannot escape it`);
    out += text.slice(from, i) + '\\u' + c.toString(16).padStart(4, '0');
    from = i + 1;
  }
  out += text.slice(from);
  // String.raw keeps an escape as written; in these modules its templates are regular expression
  // sources, where `\u0441` and `с` are one character. Anywhere else the build stops.
  let module = '';
  for (const line of text.split('\n')) {
    const marker = /^\/\/ (\S+)$/.exec(line);
    if (marker) module = marker[1];
    if (/String\.raw`[^`]*[^\0-\x7f]/.test(line) && !RAW_REGEX_SOURCES.includes(module)) {
      throw new Error(`scripts/bundle.mjs: ${name}: String.raw over an escaped non-ASCII character in ${module || 'the banner'}`);
    }
  }
  writeFileSync(file, out);
}
