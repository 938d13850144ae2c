/**
 * The parent's check of what a child reports. The child ran hostile code, so its message is data
 * to validate, not a result to trust: it must describe exactly the spec's tests, in order, with
 * their points and hidden flags; totals are recomputed here; every text is bounded. At worst a
 * submission that broke out of the runner could mark its own tests passed; it cannot add tests,
 * change points, or reach another submission's result or the output format.
 */
import type { ExerciseSpec, GradeResult, SubmissionError, TestResult } from '@nonlinear/grader';

const MAX_TEXT = 2000;
const ERROR_KINDS: readonly SubmissionError['kind'][] = ['syntax', 'load', 'missing-export', 'timeout', 'crash'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' ? (v.length > MAX_TEXT ? `${v.slice(0, MAX_TEXT)}… (cut)` : v) : null);

/**
 * Parses and checks a child's result JSON against the spec; returns a clean GradeResult, or null
 * when the message is not one the runner could have written.
 * Example: `acceptResult(spec, { includeHidden: true }, line)`.
 */
export function acceptResult(spec: ExerciseSpec, options: { includeHidden: boolean }, json: string): GradeResult | null {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isObject(raw) || raw.exercise !== spec.id || !Array.isArray(raw.tests)) return null;
  const cases = options.includeHidden ? spec.tests : spec.tests.filter((t) => !t.hidden);
  if (raw.tests.length !== cases.length) return null;
  const tests: TestResult[] = [];
  for (const [i, t] of raw.tests.entries()) {
    const c = cases[i]!;
    const maxPoints = c.points ?? 1;
    if (!isObject(t) || t.name !== c.name || t.maxPoints !== maxPoints || t.hidden !== (c.hidden === true) || typeof t.passed !== 'boolean') return null;
    if (t.points !== (t.passed ? maxPoints : 0)) return null;
    const [input, got, message] = [text(t.input), text(t.got), text(t.message)];
    if (input === null || got === null || message === null) return null;
    const expected = t.expected === undefined ? undefined : text(t.expected);
    const hint = t.hint === undefined ? undefined : text(t.hint);
    if (expected === null || hint === null) return null;
    tests.push({
      name: c.name, passed: t.passed, points: t.passed ? maxPoints : 0, maxPoints, input,
      ...(expected === undefined ? {} : { expected }), got, message, ...(hint === undefined ? {} : { hint }), hidden: c.hidden === true,
    });
  }
  let error: SubmissionError | undefined;
  if (raw.error !== undefined) {
    const e = raw.error;
    if (!isObject(e) || !ERROR_KINDS.includes(e.kind as SubmissionError['kind']) || text(e.message) === null) return null;
    error = { kind: e.kind as SubmissionError['kind'], message: text(e.message)! };
    if (Number.isInteger(e.line)) error.line = e.line as number;
    if (Number.isInteger(e.column)) error.column = e.column as number;
  }
  return {
    exercise: spec.id,
    passed: tests.filter((t) => t.passed).length,
    total: tests.length,
    score: tests.reduce((s, t) => s + t.points, 0),
    maxScore: tests.reduce((s, t) => s + t.maxPoints, 0),
    tests,
    ...(error ? { error } : {}),
  };
}
