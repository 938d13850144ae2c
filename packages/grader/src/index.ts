/**
 * @nonlinear/grader: the autograding engine, the same in the browser's sandboxed worker and on
 * the instructor's command line, so a submission gets the same verdict in both. No DOM.
 */
export type {
  CheckContext,
  DerivativePlot,
  ExerciseSpec,
  GradeResult,
  SubmissionError,
  TestCase,
  TestResult,
  Tolerance,
} from './types.ts';
export { compileSubmission, loadExports, type Compiled } from './compile.ts';
export { gradeExports, gradeSource, timedOut, crashed, type GradeOptions } from './grade.ts';
export { compare, show } from './values.ts';
export { defineExercise } from './define.ts';
