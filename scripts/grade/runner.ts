/**
 * The grader's side of a sandboxed child process. esbuild bundles this file with the engine and
 * one exercise's spec (hidden tests merged in) into a script the child evaluates before the
 * submission; see sandbox.ts for the process around it. In order, it:
 *
 * 1. locks the global scope down: removes `process`, `require`, `module`, `fetch` and the other
 *    ways out, and makes every remaining global binding read-only (the child also runs with
 *    `--frozen-intrinsics`, so `Math.abs = () => 0` cannot bend the comparisons either);
 * 2. says "ready" on the result channel (the parent starts the wall clock then, so a slow start on
 *    a busy machine is not charged to the student);
 * 3. loads the compiled submission and grades it with the engine's `gradeExports`;
 * 4. writes one line `<nonce> result <json>` to the result channel (file descriptor 3, reachable
 *    only through the capability the boot script passes in) and exits.
 *
 * Everything runs synchronously, so no callback the submission schedules runs before the result
 * is written. No Node import here: the capabilities come from the boot script.
 */
import { gradeExports, type ExerciseSpec, type GradeResult, type SubmissionError } from '@nonlinear/grader';
import { failAll, describeError, REQUIRE_REFUSED } from './fail-all.ts';

/** What the boot script hands over before the submission exists: the only ways out of the sandbox. */
export interface Capabilities {
  /** Writes one line to the result channel, synchronously. */
  report(line: string): void;
  /** Compiles a CommonJS-style body into a function of (exports, module, require), without eval. */
  compile(code: string): (exports: unknown, module: unknown, require: unknown) => void;
  /** Ends the process now. */
  exit(code: number): void;
}

/** The job the parent sends on stdin. */
export interface Job {
  nonce: string;
  /** The submission, already compiled by the engine's `compileSubmission` in the parent. */
  code: string;
  includeHidden: boolean;
}

/** Globals a submission could use to reach the file system, the network, other processes or the runner's own channel. */
const WAYS_OUT = ['process', 'require', 'module', 'exports', '__filename', '__dirname', 'global', 'fetch', 'WebSocket', 'EventSource', 'XMLHttpRequest', 'Worker', 'SharedWorker', 'importScripts'];

/** Longest text kept in a result field: a submission's error message can be megabytes. */
const MAX_TEXT = 2000;

function lockdown(): void {
  const g = globalThis as Record<string, unknown>;
  for (const name of WAYS_OUT) {
    if (name in g && !delete g[name]) throw new Error(`the sandbox could not remove the global "${name}"`);
  }
  for (const name of Object.getOwnPropertyNames(g)) {
    const d = Object.getOwnPropertyDescriptor(g, name);
    if (d && d.configurable && 'value' in d) Object.defineProperty(g, name, { value: d.value, writable: false, configurable: false, enumerable: d.enumerable ?? false });
  }
}

const clip = (s: string): string => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}… (cut)` : s);

/** A plain, bounded copy of the result: the parent validates it again, but nothing huge crosses the channel. */
function bounded(r: GradeResult): GradeResult {
  const tests = r.tests.map((t) => ({
    ...t, input: clip(t.input), got: clip(t.got), message: clip(t.message),
    ...(t.expected === undefined ? {} : { expected: clip(t.expected) }), ...(t.hint === undefined ? {} : { hint: clip(t.hint) }),
  }));
  const error: SubmissionError | undefined = r.error ? { ...r.error, message: clip(r.error.message) } : undefined;
  return { exercise: r.exercise, passed: r.passed, total: r.total, score: r.score, maxScore: r.maxScore, tests, ...(error ? { error } : {}) };
}

function grade(spec: ExerciseSpec, job: Job, caps: Capabilities): GradeResult {
  const options = { includeHidden: job.includeHidden };
  const module = { exports: {} as Record<string, unknown> };
  const refuse = (name: string): never => {
    throw new Error(REQUIRE_REFUSED(name));
  };
  try {
    // A SyntaxError here (code sucrase accepted but V8 does not) is a load error, as with the engine's `new Function`.
    caps.compile(job.code)(module.exports, module, refuse);
  } catch (e) {
    return failAll(spec, { kind: 'load', message: `Your code threw while loading: ${describeError(e)}` }, options);
  }
  try {
    return gradeExports(spec, module.exports, options);
  } catch (e) {
    // The engine guards every call into the submission but not a hostile exports object (a getter that throws).
    return failAll(spec, { kind: 'load', message: `Your code's exports could not be read: ${describeError(e)}` }, options);
  }
}

/**
 * Runs one job in the child: lockdown, "ready", grade, one result line, exit.
 * Example (in the child's boot script): `start(spec, job, { report, compile, exit })`.
 */
export function start(spec: ExerciseSpec, job: Job, caps: Capabilities): void {
  lockdown();
  caps.report(`${job.nonce} ready`);
  let line: string;
  try {
    line = JSON.stringify(bounded(grade(spec, job, caps)));
  } catch (e) {
    line = JSON.stringify({ runnerError: clip(describeError(e)) });
  }
  caps.report(`${job.nonce} result ${line}`);
  caps.exit(0);
}
