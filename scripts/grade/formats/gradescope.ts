/**
 * Gradescope's results.json shape (https://gradescope-autograders.readthedocs.io/en/latest/specs/):
 * `{ score, max_score, execution_time, output, tests: [{ name, score, max_score, status, output,
 * visibility }] }`. Hidden tests say so twice: "[hidden] " before the name, and `visibility:
 * "hidden"`, which Gradescope keeps from students while counting the points.
 */
import type { ExerciseSpec, TestResult } from '@nonlinear/grader';
import type { Graded } from '../batch.ts';

export interface GradescopeTest {
  name: string;
  score: number;
  max_score: number;
  status: 'passed' | 'failed';
  output: string;
  visibility: 'visible' | 'hidden';
}

export interface GradescopeResult {
  score: number;
  max_score: number;
  /** Seconds. */
  execution_time: number;
  output: string;
  tests: GradescopeTest[];
}

const seconds = (s: number): number => Math.round(s * 1000) / 1000;

function testOutput(t: TestResult): string {
  const lines = t.passed ? [] : [t.message];
  lines.push(`input: ${t.input}`);
  if (!t.passed && t.expected !== undefined) lines.push(`expected: ${t.expected}`);
  lines.push(`got: ${t.got}`);
  if (!t.passed && t.hint) lines.push(`hint: ${t.hint}`);
  return lines.join('\n');
}

function test(t: TestResult, prefix: string): GradescopeTest {
  return {
    name: `${prefix}${t.hidden ? '[hidden] ' : ''}${t.name}`,
    score: t.points,
    max_score: t.maxPoints,
    status: t.passed ? 'passed' : 'failed',
    output: testOutput(t),
    visibility: t.hidden ? 'hidden' : 'visible',
  };
}

/** The one-paragraph summary of a graded submission. */
function summary(g: Graded): string {
  if (!g.result) return g.note ?? 'No submission.';
  const r = g.result;
  const hidden = r.tests.filter((t) => t.hidden).length;
  const head = `${r.passed}/${r.total} tests passed${hidden > 0 ? ` (${hidden} of the ${r.total} are hidden tests)` : ''}.`;
  return r.error ? `${head}\n${r.error.message}` : head;
}

/**
 * One student's submissions as one Gradescope result; with several exercises, test names start
 * with the exercise id. Example: `gradescope([graded], specs)` is `{ score: 12, max_score: 12, ... }`.
 */
export function gradescope(graded: readonly Graded[], specs: ReadonlyMap<string, ExerciseSpec>): GradescopeResult {
  const many = graded.length > 1;
  const maxOf = (g: Graded): number => g.result?.maxScore ?? (specs.get(g.exercise)?.tests ?? []).reduce((s, t) => s + (t.points ?? 1), 0);
  return {
    score: graded.reduce((s, g) => s + (g.result?.score ?? 0), 0),
    max_score: graded.reduce((s, g) => s + maxOf(g), 0),
    execution_time: seconds(graded.reduce((s, g) => s + g.seconds, 0)),
    output: graded.map((g) => (many ? `${g.exercise}: ${summary(g)}` : summary(g))).join('\n'),
    tests: graded.flatMap((g) => (g.result?.tests ?? []).map((t) => test(t, many ? `${g.exercise}: ` : ''))),
  };
}

/**
 * Several submissions: `[{ student, exercise, ...gradescope result }]`, pretty-printed.
 * Example: `json(graded, specs)` starts `[\n  {\n    "student": "alice",`.
 */
export function json(graded: readonly Graded[], specs: ReadonlyMap<string, ExerciseSpec>): string {
  return `${JSON.stringify(graded.map((g) => ({ student: g.student, exercise: g.exercise, ...gradescope([g], specs) })), null, 2)}\n`;
}
