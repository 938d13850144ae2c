import type { TestCase } from '@nonlinear/grader';

// Instructor-only tests: merged into the spec by the command-line grader (scripts/grade), never
// imported by the site. Expected values: mpmath at 50 digits on the exact double inputs, rounded
// to the nearest double (tests/grade/hidden.test.ts checks them against the reference solution).
const hidden: TestCase[] = [
  { name: 'relu(42) is 42', args: [42], expected: 42 },
  { name: 'relu(2.5e-308) is 2.5e-308, kept exactly', args: [2.5e-308], expected: 2.5e-308, tolerance: { rel: 0, abs: 0 } },
  { name: 'relu(-5e-324) is 0', args: [-5e-324], expected: 0, tolerance: { rel: 0, abs: 0 } },
];

export default hidden;
