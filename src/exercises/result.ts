/**
 * The page's check on what the sandbox sends back. The sandbox runs the reader's code, so its
 * answer is untrusted data: it must be a grade of this exercise, test for test, before anything
 * is shown, and it is rebuilt field by field (long texts clipped) so nothing else passes through.
 * The page shows it as text only.
 */
import type { GradeResult, SubmissionError, TestResult } from '@nonlinear/grader';

/** What the page knows about the exercise before any run: its id and its (visible) test names, in order. */
export interface ExpectedGrade {
  exercise: string;
  tests: readonly string[];
}

/** Texts longer than this are clipped: the grader's own texts are far shorter. */
export const MAX_TEXT = 2_000;
/** The derivative plot has 61 samples; anything much longer is not the grader's. */
export const MAX_PLOT_SAMPLES = 1_000;

const KINDS: readonly SubmissionError['kind'][] = ['syntax', 'load', 'missing-export', 'timeout', 'crash'];
const NON_FINITE = ['NaN', 'Infinity', '-Infinity'];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPoints = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isPosition = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1;
const clip = (s: string): string => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s);

class Invalid extends Error {}
function need(ok: boolean, problem: string): asserts ok {
  if (!ok) throw new Invalid(problem);
}
function text(o: Record<string, unknown>, key: string, where: string): string {
  const v = o[key];
  need(typeof v === 'string', `${where} has no text "${key}"`);
  return clip(v);
}
function optionalText(o: Record<string, unknown>, key: string, where: string): { [k: string]: string } {
  if (o[key] === undefined) return {};
  return { [key]: text(o, key, where) };
}

function checkTest(t: unknown, name: string, i: number): TestResult {
  const where = `test ${i + 1}`;
  need(isRecord(t), `${where} is not a test result`);
  need(t.name === name, `${where} is not "${name}"`);
  need(typeof t.passed === 'boolean', `${where} has no verdict`);
  need(isPoints(t.points) && isPoints(t.maxPoints) && t.points <= t.maxPoints, `${where} has bad points`);
  need(t.hidden === false, `${where} is a hidden test`);
  return {
    name,
    passed: t.passed,
    points: t.points,
    maxPoints: t.maxPoints,
    input: text(t, 'input', where),
    ...optionalText(t, 'expected', where),
    got: text(t, 'got', where),
    message: text(t, 'message', where),
    ...optionalText(t, 'hint', where),
    hidden: false,
  };
}

function checkError(e: unknown): SubmissionError {
  need(isRecord(e) && typeof e.kind === 'string' && KINDS.includes(e.kind as SubmissionError['kind']), 'the error is malformed');
  need(e.line === undefined || isPosition(e.line), 'the error has a bad line');
  need(e.column === undefined || isPosition(e.column), 'the error has a bad column');
  return {
    kind: e.kind as SubmissionError['kind'],
    message: text(e, 'message', 'the error'),
    ...(e.line === undefined ? {} : { line: e.line as number }),
    ...(e.column === undefined ? {} : { column: e.column as number }),
  };
}

const isSample = (v: unknown): v is number | string => (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && NON_FINITE.includes(v));

function checkPlot(p: unknown): NonNullable<GradeResult['plot']> {
  need(isRecord(p) && Array.isArray(p.x) && Array.isArray(p.derivative) && Array.isArray(p.numeric), 'the plot is malformed');
  const { x, derivative, numeric } = p as { x: unknown[]; derivative: unknown[]; numeric: unknown[] };
  need(x.length <= MAX_PLOT_SAMPLES && derivative.length === x.length && numeric.length === x.length, 'the plot has bad lengths');
  need(x.every((v) => typeof v === 'number' && Number.isFinite(v)), 'the plot has a bad x');
  need(derivative.every(isSample) && numeric.every(isSample), 'the plot has a bad value');
  return { x: x as number[], derivative: derivative as (number | string)[], numeric: numeric as (number | string)[] };
}

/**
 * Checks `data`, the sandbox's answer, against what the exercise must return: the same exercise,
 * exactly its tests in order (none hidden), a consistent summary, a well-formed error and plot.
 * Returns a fresh result built from the checked fields, or the first problem as a phrase.
 *
 * Example: `checkResult({ exercise: 'x', passed: 0, total: 0, ... }, { exercise: 'relu', tests: [] })`
 * is `{ problem: 'it grades "x", not "relu"' }`.
 */
export function checkResult(data: unknown, expected: ExpectedGrade): { result: GradeResult } | { problem: string } {
  try {
    need(isRecord(data), 'it is not a grade');
    need(data.exercise === expected.exercise, `it grades "${String(data.exercise)}", not "${expected.exercise}"`);
    need(Array.isArray(data.tests) && data.tests.length === expected.tests.length, `it does not hold the ${expected.tests.length} tests`);
    const tests = (data.tests as unknown[]).map((t, i) => checkTest(t, expected.tests[i]!, i));
    const passed = tests.filter((t) => t.passed).length;
    need(data.passed === passed && data.total === tests.length, 'its summary disagrees with its tests');
    const result: GradeResult = {
      exercise: expected.exercise,
      passed,
      total: tests.length,
      score: tests.reduce((s, t) => s + t.points, 0),
      maxScore: tests.reduce((s, t) => s + t.maxPoints, 0),
      tests,
    };
    if (data.error !== undefined) {
      result.error = checkError(data.error);
      need(passed === 0, 'it reports an error but passed tests');
    }
    if (data.plot !== undefined) result.plot = checkPlot(data.plot);
    return { result };
  } catch (e) {
    if (e instanceof Invalid) return { problem: e.message };
    throw e;
  }
}

/**
 * The grade when the code could not run at all, from the exercise's grade for a time-out (made
 * at build time by the grader's `timedOut`): every test failed for `error`, as the grader's own
 * `crashed` would report it. Example: `failAll(skeleton, { kind: 'crash', message: 'm' }).tests[0].message` is `'m'`.
 */
export function failAll(skeleton: GradeResult, error: SubmissionError): GradeResult {
  const tests = skeleton.tests.map((t) => ({ ...t, passed: false, points: 0, got: '(not run)', message: error.message }));
  return { ...skeleton, passed: 0, score: 0, tests, error };
}

/** A plot sample as a number: the texts "NaN", "Infinity", "-Infinity" become those numbers. Example: `sampleValue('NaN')` is NaN. */
export function sampleValue(v: number | string): number {
  return typeof v === 'number' ? v : Number(v);
}
