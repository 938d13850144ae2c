import { defineExercise } from '@nonlinear/grader';

// Expected values: mpmath at 40 digits, rounded to the nearest double.
export default defineExercise({
  id: 'sigmoid',
  title: 'A sigmoid that never overflows',
  chapter: 'sigmoid',
  exportName: 'sigmoid',
  signature: 'export function sigmoid(x: number): number',
  hints: [
    'Start from the definition σ(x) = 1 / (1 + e^(−x)), then try it at x = −1000 and x = 1000 in your head: which exponentials overflow to Infinity?',
    'Math.exp(709) is about 8e307; Math.exp(710) is Infinity. Any form that divides Infinity by Infinity gives NaN.',
    'Branch on the sign of x so that the exponent you compute is never positive: for x ≥ 0 use 1 / (1 + e^(−x)); for x < 0 use e^x / (1 + e^x).',
  ],
  tests: [
    { name: 'sigmoid(0) is 1/2', args: [0], expected: 0.5, hint: 'σ(0) = 1 / (1 + e^0) = 1/2.' },
    { name: 'sigmoid(2) is 0.8807970779778824', args: [2], expected: 0.8807970779778824, hint: 'Check the sign of the exponent: σ(x) = 1 / (1 + e^(−x)).' },
    { name: 'sigmoid(-2) is 0.11920292202211756', args: [-2], expected: 0.11920292202211756 },
    { name: 'sigmoid(0.5) is 0.6224593312018546', args: [0.5], expected: 0.6224593312018546 },
    { name: 'sigmoid(-3) is 0.04742587317756678', args: [-3], expected: 0.04742587317756678 },
    {
      name: 'sigmoid(-40) keeps its digits: 4.248354255291589e-18',
      args: [-40],
      expected: 4.248354255291589e-18,
      hint: 'Computing 1 − something near 1 loses every digit of a tiny result. Avoid subtracting from 1 in the left tail.',
    },
    { name: 'sigmoid(40) is 1 to double precision', args: [40], expected: 1 },
    {
      name: 'sigmoid(1000) is 1, not NaN',
      args: [1000],
      expected: 1,
      hint: 'For large x, e^x overflows to Infinity, and Infinity / (1 + Infinity) is NaN. For x ≥ 0, use a form with e^(−x) only.',
    },
    {
      name: 'sigmoid(-1000) is 0, not NaN',
      args: [-1000],
      expected: 0,
      tolerance: { abs: 1e-300 },
      hint: 'For very negative x, e^(−x) overflows. For x < 0, rewrite σ(x) = e^x / (1 + e^x).',
    },
    { name: 'sigmoid(-700) is 9.85967654375977e-305', args: [-700], expected: 9.85967654375977e-305 },
    {
      name: 'sigmoid(-x) = 1 - sigmoid(x) (symmetry) at x = 0.3, 1.7 and 6',
      args: [0.3],
      check: (_got, { fn }) => {
        for (const x of [0.3, 1.7, 6]) {
          const a = fn(-x) as number;
          const b = 1 - (fn(x) as number);
          if (!(Math.abs(a - b) <= 1e-15)) return `sigmoid(${-x}) is ${a} but 1 − sigmoid(${x}) is ${b}`;
        }
        return null;
      },
      hint: 'σ is point-symmetric about (0, 1/2). A sign error in the exponent breaks this.',
    },
    {
      name: 'sigmoid is finite and in [0, 1] for every input from -1e6 to 1e6',
      args: [0],
      check: (_got, { fn }) => {
        for (let k = -60; k <= 60; k++) {
          const x = Math.sign(k) * 10 ** (Math.abs(k) / 10);
          const y = fn(x) as number;
          if (!(typeof y === 'number' && y >= 0 && y <= 1)) return `sigmoid(${x}) is ${y}`;
        }
        return null;
      },
      hint: 'Try your function at ±1e6: no input may give NaN or a value outside [0, 1].',
    },
  ],
});
