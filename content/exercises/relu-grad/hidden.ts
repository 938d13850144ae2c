import type { TestCase } from '@nonlinear/grader';

// Instructor-only tests: merged into the spec by the command-line grader (scripts/grade), never
// imported by the site. Expected values: mpmath at 50 digits on the exact double inputs, rounded
// to the nearest double (tests/grade/hidden.test.ts checks them against the reference solution).
const hidden: TestCase[] = [
  { name: 'reluGrad(3.75) is 1', args: [3.75], expected: 1 },
  { name: 'reluGrad(-1e-5) is 0', args: [-1e-5], expected: 0, tolerance: { rel: 0, abs: 0 } },
  { name: 'reluGrad(Infinity) is 1', args: [Infinity], expected: 1 },
  { name: 'reluGrad(-Infinity) is 0', args: [-Infinity], expected: 0, tolerance: { rel: 0, abs: 0 } },
];

export default hidden;
