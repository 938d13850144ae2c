import type { TestCase } from '@nonlinear/grader';

// Instructor-only tests: merged into the spec by the command-line grader (scripts/grade), never
// imported by the site. Expected values: mpmath at 50 digits on the exact double inputs, rounded
// to the nearest double (tests/grade/hidden.test.ts checks them against the reference solution).
const hidden: TestCase[] = [
  { name: 'leakyRelu(-4, 0.1) is -0.4', args: [-4, 0.1], expected: -0.4 },
  { name: 'leakyRelu(2.5, 0.5) is 2.5', args: [2.5, 0.5], expected: 2.5 },
  { name: 'leakyRelu(-50) is -0.5 (default alpha)', args: [-50], expected: -0.5 },
];

export default hidden;
