import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importModule } from '../module-import.js';
import { checkstyle } from './checkstyle.js';
import { compact } from './compact.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import { unix } from './unix.js';
import { summary, summaryCsvFormatter, summaryJson } from './summary.js';
export const FORMATTERS = new Map([stylish, json, sarif, junit, checkstyle, github, compact, unix, summary, summaryJson, summaryCsvFormatter].map((f) => [f.name, f]));
/** Whether a --format value names a module file rather than a registered format. */
function looksLikePath(name) {
    return name.startsWith('.') || isAbsolute(name) || /[\\/]/.test(name) || /\.[cm]?js$/i.test(name);
}
/**
 * A format by name, or a formatter module by path (`./my-formatter.js`, relative to `cwd`, or
 * absolute): its default export is a Formatter object or a function `(results, ctx) => string`.
 * Returns a message (for a usage error) when the name is unknown or the module is missing/invalid.
 */
export async function resolveFormatter(name, cwd) {
    const known = FORMATTERS.get(name);
    if (known)
        return { ok: true, formatter: known };
    if (!looksLikePath(name))
        return { ok: false, message: `unknown format "${name}"; known: ${[...FORMATTERS.keys()].join(', ')}, or a path to a formatter module (./my-formatter.js)` };
    const path = resolve(cwd, name);
    let mod;
    try {
        mod = (await importModule(pathToFileURL(path).href));
    }
    catch (e) {
        const err = e;
        const why = err.code === 'ERR_MODULE_NOT_FOUND' && (err.message ?? '').includes(path) ? 'no such file' : (err.message ?? String(e)).split('\n')[0];
        return { ok: false, message: `cannot load formatter module "${name}" (${path}): ${why}` };
    }
    const exported = mod.default;
    if (typeof exported === 'function') {
        const fn = exported;
        return { ok: true, formatter: { name, description: `formatter module ${name}`, format: (results, ctx) => formatterOutput(name, fn(results, ctx)) } };
    }
    if (exported !== null && typeof exported === 'object' && typeof exported.format === 'function') {
        const f = exported;
        return {
            ok: true,
            formatter: { ...f, name: typeof f.name === 'string' ? f.name : name, description: typeof f.description === 'string' ? f.description : `formatter module ${name}`, format: (results, ctx) => formatterOutput(name, f.format(results, ctx)) },
        };
    }
    return { ok: false, message: `formatter module "${name}" must have a default export: a function (results, context) => string or an object {name, description, format(results, context)}` };
}
function formatterOutput(name, out) {
    if (typeof out === 'string')
        return out;
    throw new TypeError(`formatter module "${name}" returned ${out instanceof Promise ? 'a Promise' : typeof out}; formatters return a string synchronously`);
}
export function registerFormatter(f) {
    FORMATTERS.set(f.name, f);
}
/** Keeps only the source lines that diagnostics point at (for code frames) and drops the source. */
export function keepFrameLines(result) {
    const source = result.source;
    delete result.source;
    if (source === undefined || result.diagnostics.length === 0)
        return;
    const wanted = new Set();
    for (const d of result.diagnostics)
        for (let l = d.line; l <= Math.min(d.endLine, d.line + 4); l++)
            wanted.add(l);
    const lines = {};
    let line = 1;
    let start = 0;
    for (;;) {
        const nl = source.indexOf('\n', start);
        if (wanted.has(line))
            lines[line] = source.slice(start, nl === -1 ? source.length : nl).replace(/\r$/, '');
        if (nl === -1)
            break;
        start = nl + 1;
        line++;
    }
    result.sourceLines = lines;
}
