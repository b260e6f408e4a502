/**
 * JUnit XML, for CI test-report views (GitLab, Jenkins, Azure, CircleCI):
 *
 *   <testsuites name="talklint" tests failures errors>
 *     <testsuite name="scripts/a.md" tests failures errors>     (name "file#callId" per call of a multi-call file)
 *       <testcase name="ru/no-slang" classname="scripts/a.md">   (one per rule that fired)
 *         <failure message="…" type="error">scripts/a.md:3:5: … [ru/no-slang]</failure>   (one per finding)
 *
 * - errors and warnings are `<failure type="error|warning">`; info findings do not fail a test
 *   case: they are listed in the test case's `<system-out>`;
 * - a clean file (or call) is one passing test case named `talklint`;
 * - a file that could not be read is a test case `talklint` with an `<error type="fatal">`.
 * Text is XML-escaped (letters of every script kept as UTF-8; control characters removed).
 */
import type { Diagnostic, FileResult } from '../types.js';
import type { Formatter, FormatterStream } from './index.js';
import { place, streamAll, xmlEscape, xmlText } from './shared.js';

interface Case {
  name: string;
  failures: Diagnostic[];
  infos: Diagnostic[];
  fatal?: string;
}

interface Suite {
  name: string;
  file: string;
  cases: Case[];
}

function findingText(file: string, d: Diagnostic): string {
  return [`${place(file, d)}: ${d.message} [${d.ruleId}]`, ...d.suggestions.map((s) => `→ ${s.text}`)].join('\n');
}

function suitesOf(r: FileResult): Suite[] {
  const file = r.filePath;
  if (r.fatal) return [{ name: file, file, cases: [{ name: 'talklint', failures: [], infos: [], fatal: r.fatal.message }] }];
  // Multi-call files: one suite per call (calls known from FileResult.calls and from the findings).
  const callIds: Array<string | null> = [];
  const seen = new Set<string | null>();
  const addCall = (id: string | null): void => {
    if (!seen.has(id)) {
      seen.add(id);
      callIds.push(id);
    }
  };
  for (const c of r.calls ?? []) addCall(c.id);
  for (const d of r.diagnostics) addCall(d.callId ?? null);
  if (callIds.length === 0) callIds.push(null);
  return callIds.map((id) => {
    const name = id === null ? file : `${file}#${id}`;
    const byRule = new Map<string, Case>();
    for (const d of r.diagnostics) {
      if ((d.callId ?? null) !== id) continue;
      let c = byRule.get(d.ruleId);
      if (!c) byRule.set(d.ruleId, (c = { name: d.ruleId, failures: [], infos: [] }));
      (d.severity === 'info' ? c.infos : c.failures).push(d);
    }
    const cases = byRule.size > 0 ? [...byRule.values()] : [{ name: 'talklint', failures: [], infos: [] }];
    return { name, file, cases };
  });
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
}

function count(cases: readonly Case[]): Counts {
  return { tests: cases.length, failures: cases.filter((c) => c.failures.length > 0).length, errors: cases.filter((c) => c.fatal !== undefined).length };
}

/** One `<testsuite>` element, its lines joined. */
function suiteXml(s: Suite, n: Counts): string {
  const out: string[] = [`  <testsuite name="${xmlEscape(s.name)}" tests="${n.tests}" failures="${n.failures}" errors="${n.errors}" skipped="0">`];
  for (const c of s.cases) {
    const open = `    <testcase name="${xmlEscape(c.name)}" classname="${xmlEscape(s.name)}"`;
    if (c.failures.length === 0 && c.infos.length === 0 && c.fatal === undefined) {
      out.push(open + ' />');
      continue;
    }
    out.push(open + '>');
    if (c.fatal !== undefined) out.push(`      <error message="${xmlEscape(c.fatal)}" type="fatal">${xmlText(`${s.file}: ${c.fatal}`)}</error>`);
    for (const d of c.failures) out.push(`      <failure message="${xmlEscape(d.message)}" type="${d.severity}">${xmlText(findingText(s.file, d))}</failure>`);
    if (c.infos.length > 0) out.push(`      <system-out>${xmlText(c.infos.map((d) => 'info: ' + findingText(s.file, d)).join('\n'))}</system-out>`);
    out.push('    </testcase>');
  }
  out.push('  </testsuite>');
  return out.join('\n');
}

/**
 * The report as results arrive: the totals come first in the document, so each file's suites
 * are kept as text (not the file's whole result) and written at the end.
 */
function junitStream(): FormatterStream {
  const suites: string[] = [];
  const all: Counts = { tests: 0, failures: 0, errors: 0 };
  return {
    file(r: FileResult): string {
      for (const s of suitesOf(r)) {
        const n = count(s.cases);
        all.tests += n.tests;
        all.failures += n.failures;
        all.errors += n.errors;
        suites.push(suiteXml(s, n));
      }
      return '';
    },
    end(): string {
      const head = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="talklint" tests="${all.tests}" failures="${all.failures}" errors="${all.errors}">`];
      return [...head, ...suites, '</testsuites>'].join('\n') + '\n';
    },
  };
}

export const junit: Formatter = {
  name: 'junit',
  usesFingerprints: false,
  description: 'JUnit XML: a test suite per file (or call), a test case per rule',
  format: (results) => streamAll(junitStream(), results),
  stream: junitStream,
};
