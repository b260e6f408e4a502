import { place, streamAll, xmlEscape, xmlText } from './shared.js';
function findingText(file, d) {
    return [`${place(file, d)}: ${d.message} [${d.ruleId}]`, ...d.suggestions.map((s) => `→ ${s.text}`)].join('\n');
}
function suitesOf(r) {
    const file = r.filePath;
    if (r.fatal)
        return [{ name: file, file, cases: [{ name: 'talklint', failures: [], infos: [], fatal: r.fatal.message }] }];
    // Multi-call files: one suite per call (calls known from FileResult.calls and from the findings).
    const callIds = [];
    const seen = new Set();
    const addCall = (id) => {
        if (!seen.has(id)) {
            seen.add(id);
            callIds.push(id);
        }
    };
    for (const c of r.calls ?? [])
        addCall(c.id);
    for (const d of r.diagnostics)
        addCall(d.callId ?? null);
    if (callIds.length === 0)
        callIds.push(null);
    return callIds.map((id) => {
        const name = id === null ? file : `${file}#${id}`;
        const byRule = new Map();
        for (const d of r.diagnostics) {
            if ((d.callId ?? null) !== id)
                continue;
            let c = byRule.get(d.ruleId);
            if (!c)
                byRule.set(d.ruleId, (c = { name: d.ruleId, failures: [], infos: [] }));
            (d.severity === 'info' ? c.infos : c.failures).push(d);
        }
        const cases = byRule.size > 0 ? [...byRule.values()] : [{ name: 'talklint', failures: [], infos: [] }];
        return { name, file, cases };
    });
}
function count(cases) {
    return { tests: cases.length, failures: cases.filter((c) => c.failures.length > 0).length, errors: cases.filter((c) => c.fatal !== undefined).length };
}
/** One `<testsuite>` element, its lines joined. */
function suiteXml(s, n) {
    const out = [`  <testsuite name="${xmlEscape(s.name)}" tests="${n.tests}" failures="${n.failures}" errors="${n.errors}" skipped="0">`];
    for (const c of s.cases) {
        const open = `    <testcase name="${xmlEscape(c.name)}" classname="${xmlEscape(s.name)}"`;
        if (c.failures.length === 0 && c.infos.length === 0 && c.fatal === undefined) {
            out.push(open + ' />');
            continue;
        }
        out.push(open + '>');
        if (c.fatal !== undefined)
            out.push(`      <error message="${xmlEscape(c.fatal)}" type="fatal">${xmlText(`${s.file}: ${c.fatal}`)}</error>`);
        for (const d of c.failures)
            out.push(`      <failure message="${xmlEscape(d.message)}" type="${d.severity}">${xmlText(findingText(s.file, d))}</failure>`);
        if (c.infos.length > 0)
            out.push(`      <system-out>${xmlText(c.infos.map((d) => 'info: ' + findingText(s.file, d)).join('\n'))}</system-out>`);
        out.push('    </testcase>');
    }
    out.push('  </testsuite>');
    return out.join('\n');
}
/**
 * The report as results arrive: the totals come first in the document, so each file's suites
 * are kept as text (not the file's whole result) and written at the end.
 */
function junitStream() {
    const suites = [];
    const all = { tests: 0, failures: 0, errors: 0 };
    return {
        file(r) {
            for (const s of suitesOf(r)) {
                const n = count(s.cases);
                all.tests += n.tests;
                all.failures += n.failures;
                all.errors += n.errors;
                suites.push(suiteXml(s, n));
            }
            return '';
        },
        end() {
            const head = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="talklint" tests="${all.tests}" failures="${all.failures}" errors="${all.errors}">`];
            return [...head, ...suites, '</testsuites>'].join('\n') + '\n';
        },
    };
}
export const junit = {
    name: 'junit',
    usesFingerprints: false,
    description: 'JUnit XML: a test suite per file (or call), a test case per rule',
    format: (results) => streamAll(junitStream(), results),
    stream: junitStream,
};
