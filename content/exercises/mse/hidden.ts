import type { TestCase } from '@nonlinear/grader';

// Instructor-only tests: merged into the spec by the command-line grader (scripts/grade), never
// imported by the site. Expected values: mpmath at 50 digits on the exact double inputs, rounded
// to the nearest double (tests/grade/hidden.test.ts checks them against the reference solution).
const hidden: TestCase[] = [
  { name: 'mse([1, 2, 3], [3, 2, 1]) is 8/3', args: [[1, 2, 3], [3, 2, 1]], expected: 2.6666666666666665 },
  { name: 'mse([-1000, 1000], [1000, -1000]) is 4e6', args: [[-1000, 1000], [1000, -1000]], expected: 4e6 },
  { name: 'mse([0.5], [0.5]) is 0', args: [[0.5], [0.5]], expected: 0 },
];

export default hidden;
