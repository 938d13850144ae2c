/**
 * An exercise's instructor-only tests (content/exercises/<id>/hidden.ts) join its spec here, and
 * only here: the command line merges them, the site never imports them (tests/grade/hidden.test.ts
 * checks that nothing under src/ does).
 */
import { defineExercise, type ExerciseSpec, type TestCase } from '@nonlinear/grader';

/**
 * The spec with `hidden` appended, each marked `hidden: true` whatever the file says, checked again
 * by `defineExercise` (so a hidden test cannot reuse a visible test's name).
 * Example: `withHidden(spec, [{ name: 'sigmoid(-745) is 5e-324', args: [-745], expected: 5e-324 }])`.
 */
export function withHidden(spec: ExerciseSpec, hidden: readonly TestCase[] = []): ExerciseSpec {
  if (hidden.length === 0) return spec;
  return defineExercise({ ...spec, tests: [...spec.tests, ...hidden.map((t) => ({ ...t, hidden: true }))] });
}
