import { collectFiles } from './files.js';
import { runFiles } from './run-files.js';
import { setup } from './setup.js';
export async function lintFiles(patterns, options = {}) {
    const setupOptions = { ...options, cwd: options.cwd ?? process.cwd() };
    const s = setup(setupOptions);
    if (!s.ok)
        return s;
    const { files, unmatched } = await collectFiles(patterns, { cwd: setupOptions.cwd, ignorePatterns: s.config.ignorePatterns });
    const results = [];
    // Without the source, a result's strings are copies (run-files.ts, detachStrings): a matched
    // phrase cut from a file would otherwise keep the file's whole text alive in the results; and a
    // large export is read in pieces (large-export.ts).
    await runFiles(files, { setupOptions, setup: s, input: { ...options.input, labels: s.linter.labels }, cwd: setupOptions.cwd, sourceText: options.keepSource ? 'keep' : 'drop' }, (r) => {
        results.push(r);
    });
    return { ok: true, results, unmatched };
}
