/**
 * Writes the rule documentation (docs/rules/) generated from the shipped packs. Run with
 * `npm run docs` after changing rules/*.yaml; test/packs/docs.test.ts fails when they drift.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRuleDocs, RULE_DOCS_DIR } from '../src/docs/rule-docs.js';
import { formatLocatedError } from '../src/errors.js';
import { BUILTIN_PACKS, loadPacks } from '../src/packs/load.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const loaded = loadPacks([...BUILTIN_PACKS], root);
if (!loaded.ok) {
  for (const e of loaded.errors) console.error(formatLocatedError(e));
  process.exitCode = 2;
} else {
  const files = generateRuleDocs(loaded.packs);
  const dir = join(root, RULE_DOCS_DIR);
  mkdirSync(dir, { recursive: true });
  // Pages of packs that no longer exist go away.
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.md') && !files.has(`${RULE_DOCS_DIR}/${name}`)) rmSync(join(dir, name));
  }
  for (const [path, text] of files) writeFileSync(join(root, path), text);
  console.log(`wrote ${files.size} files to ${RULE_DOCS_DIR}/`);
}
