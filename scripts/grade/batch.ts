/**
 * Grading a batch: compile each submission in the parent (the engine's `compileSubmission`; it
 * only transforms text), then load and grade it in its own sandboxed child, `jobs` children at a
 * time. Code that does not compile never reaches a child: it gets the engine's syntax-error result.
 */
import { compileSubmission, type GradeResult } from '@nonlinear/grader';
import { runnerScript } from './bundle.ts';
import type { Exercise } from './exercises.ts';
import { failAll } from './fail-all.ts';
import { gradeInSandbox, type Limits } from './sandbox.ts';
import type { Submission } from './submissions.ts';

/** One submission's outcome. `result` is null when the student submitted nothing for the exercise. */
export interface Graded {
  student: string;
  exercise: string;
  result: GradeResult | null;
  /** Why there is no result, or why it is zero without running (for the output text). */
  note?: string;
  /** Wall-clock seconds spent grading it. */
  seconds: number;
}

export interface BatchOptions {
  jobs: number;
  limits: Limits;
  /** Called after each submission with the number done and how many of those timed out. */
  onProgress?: (done: number, timedOut: number) => void;
}

const OPTIONS = { includeHidden: true } as const;

async function gradeOne(sub: Submission, exercise: Exercise, runner: () => Promise<string>, limits: Limits): Promise<Graded> {
  const spec = exercise.spec;
  const base = { student: sub.student, exercise: sub.exercise };
  if (sub.missing) return { ...base, result: null, note: `No submission for exercise ${sub.exercise}.`, seconds: 0 };
  if (sub.problem !== undefined || sub.source === undefined) {
    const message = sub.problem ?? 'no code';
    return { ...base, result: failAll(spec, { kind: 'load', message }, OPTIONS), note: message, seconds: 0 };
  }
  const started = performance.now();
  const compiled = compileSubmission(sub.source);
  const result = compiled.ok
    ? await gradeInSandbox(spec, await runner(), compiled.code, OPTIONS, limits)
    : failAll(spec, compiled.error, OPTIONS);
  return { ...base, result, seconds: (performance.now() - started) / 1000 };
}

/**
 * Grades every submission, hidden tests included; resolves in input order, never rejects for a
 * submission's sake. Example: `await gradeBatch(subs, exercisesById, { jobs: 2, limits: DEFAULT_LIMITS })`.
 */
export async function gradeBatch(subs: readonly Submission[], exercises: ReadonlyMap<string, Exercise>, options: BatchOptions): Promise<Graded[]> {
  const scripts = new Map<string, Promise<string>>();
  const runnerFor = (ex: Exercise) => (): Promise<string> => {
    let p = scripts.get(ex.id);
    if (!p) scripts.set(ex.id, (p = runnerScript(ex)));
    return p;
  };
  const out: Graded[] = new Array(subs.length);
  let next = 0;
  let done = 0;
  let timedOut = 0;
  const worker = async (): Promise<void> => {
    while (next < subs.length) {
      const i = next++;
      const sub = subs[i]!;
      const exercise = exercises.get(sub.exercise);
      if (!exercise) throw new Error(`no exercise ${sub.exercise}`);
      out[i] = await gradeOne(sub, exercise, runnerFor(exercise), options.limits);
      done += 1;
      if (out[i].result?.error?.kind === 'timeout') timedOut += 1;
      options.onProgress?.(done, timedOut);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.jobs, subs.length) }, worker));
  return out;
}
