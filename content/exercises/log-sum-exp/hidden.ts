import type { TestCase } from '@nonlinear/grader';

// Instructor-only tests: merged into the spec by the command-line grader (scripts/grade), never
// imported by the site. Expected values: mpmath at 50 digits on the exact double inputs, rounded
// to the nearest double (tests/grade/hidden.test.ts checks them against the reference solution).
const tol = { rel: 1e-13, abs: 1e-13 };

const hidden: TestCase[] = [
  { name: 'logSumExp([3, 3, 3]) is 3 + log 3', args: [[3, 3, 3]], expected: 4.09861228866811, tolerance: tol },
  { name: 'logSumExp([-2, 0.5, 1.5, 1]) is 2.1954482731676546', args: [[-2, 0.5, 1.5, 1]], expected: 2.1954482731676546, tolerance: tol },
  { name: 'logSumExp([800, -800]) is 800, not Infinity', args: [[800, -800]], expected: 800, tolerance: tol },
];

export default hidden;
