/**
 * Results for a submission that never reached its tests, shaped exactly as the engine shapes them
 * (`gradeSource` keeps its own `allFail` private). The command line needs them on both sides of the
 * sandbox: the parent for code that does not compile or is missing, the child for code that throws
 * while loading. tests/grade/agreement.test.ts checks that they match the engine's, field by field.
 */
import { show, type ExerciseSpec, type GradeOptions, type GradeResult, type SubmissionError, type TestResult } from '@nonlinear/grader';

/** The engine's text for a thrown value: `Name: message`, or `threw <value>`. Example: `describeError(new TypeError('x'))` is `'TypeError: x'`. */
export function describeError(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return `threw ${show(e)}`;
}

/** The engine's message when a submission calls `require`/`import`. Example: `REQUIRE_REFUSED('fs')`. */
export const REQUIRE_REFUSED = (name: string): string =>
  `imports are not available in exercises (tried to import "${name}"): write everything in this file`;

/**
 * Every selected test failed, for one reason: score 0, each test "(not run)" with the reason as its message.
 * Example: `failAll(spec, { kind: 'load', message: 'Your code threw while loading: Error: x' })`.
 */
export function failAll(spec: ExerciseSpec, error: SubmissionError, options: GradeOptions = {}): GradeResult {
  const cases = options.includeHidden ? spec.tests : spec.tests.filter((t) => !t.hidden);
  const tests = cases.map<TestResult>((t) => ({
    name: t.name,
    passed: false,
    points: 0,
    maxPoints: t.points ?? 1,
    input: t.args.map((a) => show(a)).join(', '),
    ...(t.expected === undefined ? {} : { expected: show(t.expected) }),
    got: '(not run)',
    message: error.message,
    hidden: t.hidden === true,
  }));
  return {
    exercise: spec.id,
    passed: 0,
    total: tests.length,
    score: 0,
    maxScore: tests.reduce((s, t) => s + t.maxPoints, 0),
    tests,
    error,
  };
}
