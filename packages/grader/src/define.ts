import type { ExerciseSpec } from './types.ts';

/**
 * Declares an exercise, checking its shape once so that a mistake in a spec fails the build and
 * the proofs, not a reader's attempt: a kebab-case id, at least one test, unique test names, and
 * a tolerance or check for every test.
 * Example: `export default defineExercise({ id: 'relu', exportName: 'relu', tests: [...], ... })`.
 */
export function defineExercise(spec: ExerciseSpec): ExerciseSpec {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(spec.id)) throw new Error(`exercise id "${spec.id}" must be kebab-case`);
  if (spec.tests.length === 0) throw new Error(`exercise ${spec.id} has no tests`);
  const names = new Set<string>();
  for (const t of spec.tests) {
    if (names.has(t.name)) throw new Error(`exercise ${spec.id}: two tests are named "${t.name}"`);
    names.add(t.name);
    if (t.expected === undefined && t.check === undefined) throw new Error(`exercise ${spec.id}: test "${t.name}" checks nothing`);
  }
  return spec;
}
