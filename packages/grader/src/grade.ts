/**
 * Grading: runs each test of an exercise against the reader's export and reports, per test, the
 * input, the expected value, what came back and why it failed, with the hint. Every call gets a
 * fresh copy of its arguments, and a test fails if the export modified them. One throwing test
 * does not stop the others.
 */
import { compileSubmission, loadExports } from './compile.ts';
import type { ExerciseSpec, GradeResult, SubmissionError, TestCase, TestResult } from './types.ts';
import { clone, compare, jsonNumber, same, show } from './values.ts';

export interface GradeOptions {
  /** Also run the spec's hidden tests (the command line does; the browser never has them). */
  includeHidden?: boolean;
}

function describeError(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return `threw ${show(e)}`;
}

function runTest(test: TestCase, fn: (...args: unknown[]) => unknown, exports: Record<string, unknown>): TestResult {
  const maxPoints = test.points ?? 1;
  const args = clone(test.args) as unknown[];
  const base = {
    name: test.name,
    maxPoints,
    input: test.args.map((a) => show(a)).join(', '),
    ...(test.expected === undefined ? {} : { expected: show(test.expected) }),
    hidden: test.hidden === true,
  };
  const fail = (got: string, message: string): TestResult => ({
    ...base, passed: false, points: 0, got, message, ...(test.hint ? { hint: test.hint } : {}),
  });
  let got: unknown;
  try {
    got = fn(...args);
  } catch (e) {
    return fail(`threw ${describeError(e)}`, `your function threw an error: ${describeError(e)}`);
  }
  const gotText = show(got);
  if (!same(args, test.args)) return fail(gotText, `your function changed its input: it must leave its arguments as they were (now ${args.map((a) => show(a)).join(', ')})`);
  if (test.expected !== undefined) {
    const m = compare(got, test.expected, test.tolerance);
    if (m) return fail(gotText, m);
  }
  if (test.check) {
    let m: string | null;
    try {
      m = test.check(got, { fn, exports, args: test.args });
    } catch (e) {
      m = `the check could not use your result: ${describeError(e)}`;
    }
    if (m) return fail(gotText, m);
  }
  return { ...base, passed: true, points: maxPoints, got: gotText, message: '' };
}

function summarise(spec: ExerciseSpec, tests: TestResult[], error?: SubmissionError): GradeResult {
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

/** Every test failed for one reason (the code did not compile, or lacks its export). */
function allFail(spec: ExerciseSpec, cases: readonly TestCase[], error: SubmissionError): GradeResult {
  const tests = cases.map<TestResult>((t) => ({
    name: t.name, passed: false, points: 0, maxPoints: t.points ?? 1, input: t.args.map((a) => show(a)).join(', '),
    ...(t.expected === undefined ? {} : { expected: show(t.expected) }), got: '(not run)', message: error.message, hidden: t.hidden === true,
  }));
  return summarise(spec, tests, error);
}

function selectTests(spec: ExerciseSpec, options: GradeOptions): readonly TestCase[] {
  return options.includeHidden ? spec.tests : spec.tests.filter((t) => !t.hidden);
}

/** Grades already-loaded exports against the spec. */
export function gradeExports(spec: ExerciseSpec, exports: Record<string, unknown>, options: GradeOptions = {}): GradeResult {
  const cases = selectTests(spec, options);
  const fn = exports[spec.exportName];
  if (typeof fn !== 'function') {
    const found = Object.keys(exports).filter((k) => k !== '__esModule');
    const message =
      `Expected an exported function named "${spec.exportName}" (${spec.signature})` +
      (found.length > 0 ? `, but the code exports ${found.map((k) => `"${k}"`).join(', ')}` : ', but the code exports nothing') +
      (fn === undefined ? '.' : `; "${spec.exportName}" is ${show(fn)}, not a function.`);
    return allFail(spec, cases, { kind: 'missing-export', message });
  }
  const tests = cases.map((t) => runTest(t, fn as (...args: unknown[]) => unknown, exports));
  const result = summarise(spec, tests);
  if (spec.derivativePlot) result.plot = derivativeSamples(spec, exports);
  return result;
}

/** Samples the reader's derivative and central differences of the function it differentiates. */
function derivativeSamples(spec: ExerciseSpec, exports: Record<string, unknown>): NonNullable<GradeResult['plot']> {
  const p = spec.derivativePlot!;
  const d = exports[p.derivative] as (x: number) => unknown;
  const own = exports[p.of];
  const f = typeof own === 'function' ? (own as (x: number) => number) : p.reference;
  const [lo, hi] = p.domain;
  const x: number[] = [];
  const derivative: (number | string)[] = [];
  const numeric: (number | string)[] = [];
  for (let i = 0; i <= 60; i++) {
    const t = lo + ((hi - lo) * i) / 60;
    const h = 1e-5 * Math.max(1, Math.abs(t));
    let dv: unknown;
    let nv: number;
    try {
      dv = d(t);
    } catch {
      dv = Number.NaN;
    }
    try {
      nv = (Number(f(t + h)) - Number(f(t - h))) / (2 * h);
    } catch {
      nv = Number.NaN;
    }
    x.push(t);
    derivative.push(jsonNumber(typeof dv === 'number' ? dv : Number.NaN));
    numeric.push(jsonNumber(nv));
  }
  return { x, derivative, numeric };
}

/**
 * Compiles, loads and grades a submission's source: the whole pipeline, run inside a sandbox.
 * Example: `gradeSource(spec, 'export function sigmoid(x: number) { ... }')` is a GradeResult.
 */
export function gradeSource(spec: ExerciseSpec, source: string, options: GradeOptions = {}): GradeResult {
  const compiled = compileSubmission(source);
  if (!compiled.ok) return allFail(spec, selectTests(spec, options), compiled.error);
  let exports: Record<string, unknown>;
  try {
    exports = loadExports(compiled.code);
  } catch (e) {
    return allFail(spec, selectTests(spec, options), { kind: 'load', message: `Your code threw while loading: ${describeError(e)}` });
  }
  return gradeExports(spec, exports, options);
}

/** The result for a submission that ran out of time (reported by the sandbox that stopped it). */
export function timedOut(spec: ExerciseSpec, seconds: number, options: GradeOptions = {}): GradeResult {
  return allFail(spec, selectTests(spec, options), {
    kind: 'timeout',
    message: `Your code did not finish within ${seconds} s and was stopped: look for a loop that never ends.`,
  });
}

/** The result for a submission whose sandbox died (out of memory, crashed). */
export function crashed(spec: ExerciseSpec, reason: string, options: GradeOptions = {}): GradeResult {
  return allFail(spec, selectTests(spec, options), { kind: 'crash', message: `Your code stopped the grader's sandbox: ${reason}` });
}
