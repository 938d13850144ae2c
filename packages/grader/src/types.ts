/**
 * What an exercise is and what grading reports. Specs live in content/exercises/<id>/spec.ts;
 * results are plain JSON (numbers that JSON cannot carry, NaN and the infinities, are reported
 * as text), so a worker, a child process and a page all pass them around unchanged.
 */

/** Accepted distance between a result and the expected value: |got - expected| <= abs + rel |expected| (default rel 1e-12, abs 0). */
export interface Tolerance {
  rel?: number;
  abs?: number;
}

/** What a custom check sees: the reader's export under test, all their exports, and the arguments. */
export interface CheckContext {
  fn: (...args: unknown[]) => unknown;
  exports: Readonly<Record<string, unknown>>;
  args: readonly unknown[];
}

/** One test. A test with `expected` compares the export's result with it; `check` adds (or replaces) a custom verdict. */
export interface TestCase {
  /** Says what is tested, e.g. "sigmoid(-1000) is 0, not NaN". */
  name: string;
  /** Arguments passed to the export (deep-copied for each call; the export must not modify them). */
  args: readonly unknown[];
  /** The correct result, computed independently (high-precision arithmetic), never by the code under test. */
  expected?: unknown;
  tolerance?: Tolerance;
  /** Returns null when the result is acceptable, else a message saying what is wrong. */
  check?: (got: unknown, context: CheckContext) => string | null;
  /** Shown when the test fails: the likely cause, without giving the answer away. */
  hint?: string;
  /** Default 1. */
  points?: number;
  /** Instructor-only tests (graded on the command line, never shipped to the browser). */
  hidden?: boolean;
}

/** For derivative exercises: which export is the derivative of which function, to plot one against the other. */
export interface DerivativePlot {
  /** The reader's derivative export, e.g. "sigmoidGrad". */
  derivative: string;
  /** The function it differentiates: the reader's own export of this name when they provide one, else `reference`. */
  of: string;
  reference: (x: number) => number;
  /** The x range to sample. */
  domain: readonly [number, number];
}

export interface ExerciseSpec {
  /** The exercise id, also its folder and URL: "sigmoid", "softmax-cross-entropy", ... */
  id: string;
  title: string;
  /** The chapter slug the exercise belongs to. */
  chapter: string;
  /** The named export the reader writes. */
  exportName: string;
  /** Its signature as the statement shows it. */
  signature: string;
  /** Progressive hints, vaguest first. */
  hints: readonly string[];
  tests: readonly TestCase[];
  derivativePlot?: DerivativePlot;
}

/** The verdict on one test. */
export interface TestResult {
  name: string;
  passed: boolean;
  points: number;
  /** Points available. */
  maxPoints: number;
  /** The arguments, as text. */
  input: string;
  /** The expected value as text, when the test has one. */
  expected?: string;
  /** What the submission returned (or threw), as text. */
  got: string;
  /** Why it failed (empty when it passed). */
  message: string;
  /** The test's hint, on failure. */
  hint?: string;
  hidden: boolean;
}

/** A submission could not be run at all: it did not compile, or lacks the export. */
export interface SubmissionError {
  kind: 'syntax' | 'load' | 'missing-export' | 'timeout' | 'crash';
  message: string;
  /** 1-based position of a syntax error. */
  line?: number;
  column?: number;
}

export interface GradeResult {
  exercise: string;
  passed: number;
  total: number;
  score: number;
  maxScore: number;
  tests: TestResult[];
  error?: SubmissionError;
  /** Samples of the reader's derivative and the central differences of the function it claims to differentiate. */
  plot?: { x: number[]; derivative: (number | string)[]; numeric: (number | string)[] };
}
