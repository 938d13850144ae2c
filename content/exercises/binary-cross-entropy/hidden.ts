import type { TestCase } from '@nonlinear/grader';

// Instructor-only tests: merged into the spec by the command-line grader (scripts/grade), never
// imported by the site. Expected values: mpmath at 50 digits on the exact double inputs, rounded
// to the nearest double (tests/grade/hidden.test.ts checks them against the reference solution).
const hidden: TestCase[] = [
  { name: 'binaryCrossEntropy([0, 1], [0.3, 0.8]) is 0.2899092476264711', args: [[0, 1], [0.3, 0.8]], expected: 0.2899092476264711 },
  {
    name: 'binaryCrossEntropy([1, 0, 1], [0.99, 0.01, 0.5]) is 0.23774928408898274',
    args: [[1, 0, 1], [0.99, 0.01, 0.5]],
    expected: 0.23774928408898274,
  },
];

export default hidden;
