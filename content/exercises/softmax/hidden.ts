import type { TestCase } from '@nonlinear/grader';

// Instructor-only tests: merged into the spec by the command-line grader (scripts/grade), never
// imported by the site. Expected values: mpmath at 50 digits on the exact double inputs, rounded
// to the nearest double (tests/grade/hidden.test.ts checks them against the reference solution).
const hidden: TestCase[] = [
  {
    name: 'softmax([1, 2, 3]) is [0.09003057317038046, 0.24472847105479764, 0.6652409557748219]',
    args: [[1, 2, 3]],
    expected: [0.09003057317038046, 0.24472847105479764, 0.6652409557748219],
  },
  {
    name: 'softmax([10, 0, -10]) keeps the small entries: 4.539786860886666e-5 and 2.061060046209062e-9',
    args: [[10, 0, -10]],
    expected: [0.9999546000703311, 4.539786860886666e-5, 2.061060046209062e-9],
  },
  { name: 'softmax([-800, -800]) is [0.5, 0.5], not NaN', args: [[-800, -800]], expected: [0.5, 0.5] },
];

export default hidden;
