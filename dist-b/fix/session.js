import { RULE_KINDS } from '../rules/index.js';
import { describeFix, fixBytes, fixFile, fixNotes } from './fix-file.js';
export class FixSession {
    options;
    /** Unified diffs (dry run), in file order. */
    diffs = [];
    /** Files written. */
    written = [];
    /** Called after a file was written, with its new bytes and the lint result of its new text (e.g. to update the cache). */
    onWritten = null;
    constructor(options) {
        this.options = options;
    }
    /** The result to report for a file that was linted as `result`. */
    file(result, absPath, linter) {
        const outcome = fixFile(absPath, linter, { displayPath: result.filePath, input: this.options.input, filter: this.options.filter, dryRun: this.options.dryRun }, result);
        return this.apply(result, outcome, absPath);
    }
    /** The same for standard input: never written; a dry run shows the diff. */
    stdin(result, bytes, linter) {
        if (!this.options.dryRun) {
            const outcome = fixBytes(bytes, linter, { displayPath: result.filePath, input: this.options.input, filter: this.options.filter }, result);
            if (outcome.status === 'fixed')
                result.notices.push('standard input is not fixed in place; use --fix-dry-run to see the fixes as a diff');
            else if (outcome.status === 'refused')
                result.notices.push(outcome.reason);
            return result;
        }
        const outcome = fixBytes(bytes, linter, { displayPath: result.filePath, input: this.options.input, filter: this.options.filter, dryRun: true }, result);
        return this.apply(result, outcome, null);
    }
    apply(original, outcome, absPath) {
        switch (outcome.status) {
            case 'unchanged':
                if (outcome.fix)
                    outcome.result.notices.push(...fixNotes(outcome.fix));
                return outcome.result;
            case 'refused':
                original.notices.push(outcome.reason);
                return original;
            case 'failed':
                // The file keeps its problems; the run ends with exit code 2 like any file it could not handle.
                original.fatal = { message: `--fix: ${outcome.reason}` };
                return original;
            case 'fixed': {
                const r = outcome.result;
                if (outcome.written && absPath !== null) {
                    this.written.push(absPath);
                    this.onWritten?.(absPath, outcome.bytes, r);
                }
                r.notices.push(describeFix(outcome.fix, !outcome.written), ...fixNotes(outcome.fix));
                if (outcome.diff !== '')
                    this.diffs.push(outcome.diff);
                return r;
            }
        }
    }
}
/** Parses `--fix-type` values ("forbidden,limit", repeatable); throws a message for an unknown type. */
export function parseFixTypes(values) {
    if (values.length === 0)
        return undefined;
    const types = new Set(values.flatMap((v) => v.split(/[,\s]+/)).filter(Boolean));
    const known = [...RULE_KINDS.keys()];
    for (const t of types)
        if (!known.includes(t))
            throw new Error(`--fix-type: unknown rule type "${t}"; the types are ${known.join(', ')}`);
    return types;
}
/** Parses `--fix-rule` values ("ru/no-slang,ru/formal-address", repeatable) against the known rule ids. */
export function parseFixRules(values, known) {
    if (values.length === 0)
        return undefined;
    const ids = new Set(values.flatMap((v) => v.split(/[,\s]+/)).filter(Boolean));
    for (const id of ids)
        if (!known.has(id))
            throw new Error(`--fix-rule: unknown rule "${id}" (see --list-rules)`);
    return ids;
}
