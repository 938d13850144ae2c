import type { TestCase } from '@nonlinear/grader';

// Instructor-only tests: merged into the spec by the command-line grader (scripts/grade), never
// imported by the site. Expected values: mpmath at 50 digits on the exact double inputs, rounded
// to the nearest double (tests/grade/hidden.test.ts checks them against the reference solution).
const hidden: TestCase[] = [
  { name: 'tanh(0.25) is 0.24491866240370913', args: [0.25], expected: 0.24491866240370913 },
  { name: 'tanh(-0.75) is -0.6351489523872873', args: [-0.75], expected: -0.6351489523872873 },
  { name: 'tanh(-5) is -0.9999092042625951', args: [-5], expected: -0.9999092042625951 },
  { name: 'tanh(2e-5) is 1.9999999997333332e-5', args: [2e-5], expected: 1.9999999997333332e-5, hint: 'For small x, (e^x − e^(−x)) cancels: use Math.expm1.' },
];

export default hidden;
