import type { TestCase } from '@nonlinear/grader';

// Instructor-only tests: merged into the spec by the command-line grader (scripts/grade), never
// imported by the site. Expected values: mpmath at 50 digits on the exact double inputs, rounded
// to the nearest double (tests/grade/hidden.test.ts checks them against the reference solution).
const tol = { rel: 1e-10, abs: 1e-13 };

const hidden: TestCase[] = [
  {
    name: 'mlpBackward on a 2-2-1 network with x = [1, -1], y = [0.5]',
    args: [{ W1: [[0.1, -0.2], [0.3, 0.4]], b1: [0, 0.25], W2: [[0.5, -0.6]], b2: [0.2] }, [1, -1], [0.5]],
    expected: {
      dW1: [[-0.11149786869826218, 0.11149786869826218], [0.14296394201640303, -0.14296394201640303]],
      db1: [-0.11149786869826218, 0.14296394201640303],
      dW2: [[-0.07098551750864289, -0.036279517979329434]],
      db2: [-0.2436747139481953],
    },
    tolerance: tol,
  },
];

export default hidden;
