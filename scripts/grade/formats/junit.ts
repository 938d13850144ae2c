/**
 * JUnit XML for CI systems: one `<testsuite>` per submission (named `<student>/<exercise>`), one
 * `<testcase>` per test, `<failure>` with the reason and details for a failed one. Every text is
 * escaped, and characters XML 1.0 cannot carry (most control characters, lone surrogates) become
 * U+FFFD, so a submission's output cannot break the document.
 */
import type { Graded } from '../batch.ts';

const INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe in XML content and attribute values. Example: `xml('a < b & "c"')` is `'a &lt; b &amp; &quot;c&quot;'`. */
export function xml(text: string): string {
  return text.replace(INVALID, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

function suite(g: Graded): string {
  const name = `${g.student}/${g.exercise}`;
  const time = g.seconds.toFixed(3);
  if (!g.result) {
    const note = g.note ?? 'No submission.';
    return `  <testsuite name="${xml(name)}" tests="1" failures="1" errors="0" time="${time}">\n` +
      `    <testcase classname="${xml(name)}" name="submission" time="0"><failure message="${xml(note)}" type="missing"/></testcase>\n  </testsuite>`;
  }
  const r = g.result;
  const cases = r.tests.map((t) => {
    const open = `    <testcase classname="${xml(name)}" name="${xml(`${t.hidden ? '[hidden] ' : ''}${t.name}`)}" time="0"`;
    if (t.passed) return `${open}/>`;
    const details = [`input: ${t.input}`, ...(t.expected === undefined ? [] : [`expected: ${t.expected}`]), `got: ${t.got}`, ...(t.hint ? [`hint: ${t.hint}`] : [])];
    return `${open}>\n      <failure message="${xml(t.message)}" type="${r.error?.kind ?? 'assertion'}">${xml(details.join('\n'))}</failure>\n    </testcase>`;
  });
  return `  <testsuite name="${xml(name)}" tests="${r.total}" failures="${r.total - r.passed}" errors="0" time="${time}">\n${cases.join('\n')}\n  </testsuite>`;
}

/**
 * The whole batch as one `<testsuites>` document.
 * Example: `junit(graded)` starts `<?xml version="1.0" encoding="UTF-8"?>`.
 */
export function junit(graded: readonly Graded[]): string {
  const tests = graded.reduce((s, g) => s + (g.result ? g.result.total : 1), 0);
  const failures = graded.reduce((s, g) => s + (g.result ? g.result.total - g.result.passed : 1), 0);
  const time = graded.reduce((s, g) => s + g.seconds, 0).toFixed(3);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="nonlinear" tests="${tests}" failures="${failures}" errors="0" time="${time}">\n${graded.map(suite).join('\n')}\n</testsuites>\n`;
}
