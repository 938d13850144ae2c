import type { TestCase } from '@nonlinear/grader';

// Instructor-only tests: merged into the spec by the command-line grader (scripts/grade), never
// imported by the site. Expected values: mpmath at 50 digits on the exact double inputs, rounded
// to the nearest double (tests/grade/hidden.test.ts checks them against the reference solution).
const hidden: TestCase[] = [
  {
    name: 'neuronBackward([0.5, -1.5], 0.25, [2, 1], 1): z = -0.25',
    args: [[0.5, -1.5], 0.25, [2, 1], 1],
    expected: { dw: [-1.1243530017715961, -0.5621765008857981], db: -0.5621765008857981 },
  },
  {
    name: 'neuronBackward([2], -1, [3], 0): z = 5',
    args: [[2], -1, [3], 0],
    expected: { dw: [2.9799214472271456], db: 0.9933071490757152 },
  },
];

export default hidden;
