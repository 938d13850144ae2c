/**
 * The output formats, from hand-made results (no processes): the Gradescope fields, the JSON
 * array, the CSV gradebook (parsed back with a small RFC 4180 reader, formula cells neutralised),
 * and the JUnit XML (checked well-formed by a small tag-and-entity reader, and escaped).
 */
import type { ExerciseSpec, GradeResult, TestResult } from '@nonlinear/grader';
import { describe, expect, it } from 'vitest';
import type { Graded } from '../../scripts/grade/batch.ts';
import { csv, csvCell } from '../../scripts/grade/formats/csv.ts';
import { gradescope, json } from '../../scripts/grade/formats/gradescope.ts';
import { junit, xml } from '../../scripts/grade/formats/junit.ts';

const test = (name: string, passed: boolean, extra: Partial<TestResult> = {}): TestResult => ({
  name, passed, points: passed ? 1 : 0, maxPoints: 1, input: '0', expected: '0.5', got: passed ? '0.5' : '0', message: passed ? '' : 'the result is 0, expected 0.5', hidden: false, ...extra,
});
const result = (exercise: string, tests: TestResult[], error?: GradeResult['error']): GradeResult => ({
  exercise, tests, passed: tests.filter((t) => t.passed).length, total: tests.length,
  score: tests.reduce((s, t) => s + t.points, 0), maxScore: tests.reduce((s, t) => s + t.maxPoints, 0), ...(error ? { error } : {}),
});
const specs = new Map<string, ExerciseSpec>([
  ['relu', { id: 'relu', tests: [{ name: 'a', args: [], expected: 1 }, { name: 'b', args: [], expected: 1, points: 2 }] } as unknown as ExerciseSpec],
]);

const alice: Graded = { student: 'alice', exercise: 'sigmoid', seconds: 0.1234, result: result('sigmoid', [test('t1', true), test('t2', false, { hint: 'look at the sign', hidden: true })]) };
const bob: Graded = { student: 'bob', exercise: 'sigmoid', seconds: 2, result: result('sigmoid', [test('t1', false), test('t2', false, { hidden: true })], { kind: 'timeout', message: 'Your code did not finish within 5 s' }) };
const bobRelu: Graded = { student: 'bob', exercise: 'relu', seconds: 0, result: null, note: 'No submission for exercise relu.' };

/** RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

/** Minimal XML well-formedness: balanced tags, quoted attributes, no stray < or &. Returns the element names in order. */
function xmlElements(doc: string): string[] {
  const names: string[] = [];
  const stack: string[] = [];
  const body = doc.replace(/^<\?xml[^?]*\?>\s*/, '');
  const token = /<(\/?)([A-Za-z][\w-]*)((?:\s+[\w-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while ((m = token.exec(body))) {
    at = token.lastIndex;
    if (m[5] !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos);)/.test(m[5])) throw new Error(`bad entity in text: ${m[5].slice(0, 40)}`);
      continue;
    }
    for (const v of (m[3] ?? '').matchAll(/="([^"]*)"/g)) if (/&(?!(amp|lt|gt|quot|apos);)/.test(v[1]!)) throw new Error(`bad entity in attribute ${v[1]}`);
    if (m[1]) {
      if (stack.pop() !== m[2]) throw new Error(`unbalanced </${m[2]}>`);
    } else {
      names.push(m[2]!);
      if (!m[4]) stack.push(m[2]!);
    }
  }
  if (at !== body.length) throw new Error(`unparsable XML at ${body.slice(at, at + 40)}`);
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
  return names;
}

describe('gradescope(graded, specs)', () => {
  it('has exactly the Gradescope fields, with hidden tests marked in the name and by visibility', () => {
    const g = gradescope([alice], specs);
    expect(Object.keys(g).sort()).toEqual(['execution_time', 'max_score', 'output', 'score', 'tests']);
    expect(g).toMatchObject({ score: 1, max_score: 2, execution_time: 0.123 });
    expect(g.tests[0]).toEqual({ name: 't1', score: 1, max_score: 1, status: 'passed', output: 'input: 0\ngot: 0.5', visibility: 'visible' });
    expect(g.tests[1]).toEqual({
      name: '[hidden] t2', score: 0, max_score: 1, status: 'failed', visibility: 'hidden',
      output: 'the result is 0, expected 0.5\ninput: 0\nexpected: 0.5\ngot: 0\nhint: look at the sign',
    });
    expect(g.output).toBe('1/2 tests passed (1 of the 2 are hidden tests).');
  });

  it('merges one student’s exercises, test names prefixed by the exercise; a missing one counts its points as lost', () => {
    const g = gradescope([bob, bobRelu], specs);
    expect(g.score).toBe(0);
    expect(g.max_score).toBe(2 + 3);
    expect(g.tests.map((t) => t.name)).toEqual(['sigmoid: t1', 'sigmoid: [hidden] t2']);
    expect(g.output).toBe('sigmoid: 0/2 tests passed (1 of the 2 are hidden tests).\nYour code did not finish within 5 s\nrelu: No submission for exercise relu.');
  });
});

describe('json(graded, specs)', () => {
  it('is an array of { student, exercise, ...the Gradescope object }', () => {
    const parsed = JSON.parse(json([alice, bob, bobRelu], specs)) as Record<string, unknown>[];
    expect(parsed.map((r) => [r.student, r.exercise, r.score, r.max_score])).toEqual([['alice', 'sigmoid', 1, 2], ['bob', 'sigmoid', 0, 2], ['bob', 'relu', 0, 3]]);
    expect(parsed[2]!.tests).toEqual([]);
  });
});

describe('csv(graded, exercises)', () => {
  it('is one row per student, a column per exercise in course order, a total; an empty cell for no submission', () => {
    const rows = parseCsv(csv([alice, bob, bobRelu], ['sigmoid', 'relu']));
    expect(rows).toEqual([['student', 'sigmoid', 'relu', 'total'], ['alice', '1', '', '1'], ['bob', '0', '', '0']]);
  });

  it('quotes commas, quotes and line breaks, and neutralises formula-like student ids', () => {
    const names = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', 'a,b', 'say "hi"', 'two\nlines', '\tTAB', 'élève'];
    const graded = names.map((student) => ({ ...alice, student }));
    const rows = parseCsv(csv(graded, ['sigmoid']));
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      "'=HYPERLINK(\"http://x\",\"y\")", "'+1", "'-2", "'@SUM(A1)", 'a,b', 'say "hi"', 'two\nlines', "'\tTAB", 'élève',
    ]);
    for (const r of rows) expect(r).toHaveLength(3);
  });

  it('csvCell leaves ordinary text alone', () => {
    expect(csvCell('alice')).toBe('alice');
    expect(csvCell('12')).toBe('12');
  });
});

describe('junit(graded)', () => {
  it('is well-formed XML with a testsuite per submission and a testcase per test', () => {
    const doc = junit([alice, bob, bobRelu]);
    expect(doc.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    const names = xmlElements(doc);
    expect(names.filter((n) => n === 'testsuite')).toHaveLength(3);
    expect(names.filter((n) => n === 'testcase')).toHaveLength(5);
    expect(names.filter((n) => n === 'failure')).toHaveLength(4);
    expect(doc).toMatch(/<testsuites name="nonlinear" tests="5" failures="4"/);
    expect(doc).toContain('name="[hidden] t2"');
    expect(doc).toContain('type="timeout"');
  });

  it('escapes markup and drops characters XML cannot carry, so a student’s text cannot break the document', () => {
    const evil: Graded = {
      ...alice,
      student: '</testsuite><x a="1">&',
      result: result('sigmoid', [test('t<1>', false, { message: 'bad ]]> & "quotes" \u0000\u0007 \ud800', got: "<script>'", hint: '&amp;' })]),
    };
    const doc = junit([evil]);
    expect(() => xmlElements(doc)).not.toThrow();
    expect(xmlElements(doc)).toEqual(['testsuites', 'testsuite', 'testcase', 'failure']);
    expect(doc).not.toMatch(/[\u0000\u0007]/);
    expect(doc).toContain('&lt;/testsuite&gt;&lt;x a=&quot;1&quot;&gt;&amp;');
    expect(xml("a<b>&'\"")).toBe('a&lt;b&gt;&amp;&apos;&quot;');
  });
});
