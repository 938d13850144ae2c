import type { TestCase } from '@nonlinear/grader';

// Instructor-only tests: merged into the spec by the command-line grader (scripts/grade), never
// imported by the site. Expected values: mpmath at 50 digits on the exact double inputs, rounded
// to the nearest double (tests/grade/hidden.test.ts checks them against the reference solution).
// σ'(x) was evaluated as e^(−|x|) / (1 + e^(−|x|))²: σ(x)(1 − σ(x)) cancels even at 50 digits for x = 100.
const hidden: TestCase[] = [
  { name: 'sigmoidGrad(-3.5) is 0.02845302387973556', args: [-3.5], expected: 0.02845302387973556 },
  { name: 'sigmoidGrad(15) is 3.059021333494523e-7', args: [15], expected: 3.059021333494523e-7, hint: 'σ(x)(1 − σ(x)) subtracts a number close to 1 from 1 for large x.' },
  { name: 'sigmoidGrad(100) is 3.720075976020836e-44, not 0', args: [100], expected: 3.720075976020836e-44, tolerance: { abs: 0 } },
];

export default hidden;
