import type { TestCase } from '@nonlinear/grader';

// Instructor-only tests: merged into the spec by the command-line grader (scripts/grade), never
// imported by the site. Expected values: mpmath at 50 digits on the exact double inputs, rounded
// to the nearest double (tests/grade/hidden.test.ts checks them against the reference solution).
const tol = { rel: 1e-12, abs: 1e-12 };

const hidden: TestCase[] = [
  { name: 'softmaxCrossEntropy([0, 0], 0) is log 2', args: [[0, 0], 0], expected: 0.6931471805599453, tolerance: tol },
  { name: 'softmaxCrossEntropy([3, 1, -2, 0.5], 3) is 2.7022534476793516', args: [[3, 1, -2, 0.5], 3], expected: 2.7022534476793516, tolerance: tol },
  { name: 'softmaxCrossEntropy([-500, 500], 0) is 1000, not Infinity', args: [[-500, 500], 0], expected: 1000, tolerance: tol },
];

export default hidden;
