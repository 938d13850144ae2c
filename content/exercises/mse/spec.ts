import { defineExercise } from '@nonlinear/grader';

// Expected values: exact by hand (small integers and halves), or mpmath at 60 digits on the exact
// double inputs, rounded to the nearest double.

/** 100,000 targets i mod 7 with predictions 3 above or below: every squared error is exactly 9. */
const n = 100_000;
const longTrue = Array.from({ length: n }, (_, i) => i % 7);
const longPred = longTrue.map((y, i) => (i % 2 === 0 ? y + 3 : y - 3));

export default defineExercise({
  id: 'mse',
  title: 'Mean squared error',
  chapter: 'losses',
  exportName: 'mse',
  signature: 'export function mse(yTrue: number[], yPred: number[]): number',
  hints: [
    'Work the chapter’s table by hand: residuals (−0.5, 0.5, 0, 3), squares (0.25, 0.25, 0, 9). What do you do with the four squares to get 2.375?',
    'Loop once over the pairs: form the residual ŷ_i − y_i, square it, add it to a running total. Then divide by n, the number of pairs.',
    'Square the residual itself; do not expand the square into ŷ² − 2ŷy + y². Write the residuals into a local variable, never back into the arrays you were given.',
  ],
  tests: [
    {
      name: 'mse([3, -0.5, 2, 7], [2.5, 0, 2, 10]) is 2.375 (the chapter’s example)',
      args: [[3, -0.5, 2, 7], [2.5, 0, 2, 10]],
      expected: 2.375,
      hint: 'The squared errors are 0.25, 0.25, 0 and 9. Their mean is 2.375; their sum is 9.5 and half their mean is 1.1875.',
    },
    { name: 'mse([1], [4]) is 9', args: [[1], [4]], expected: 9, hint: 'One pair: (4 − 1)² = 9. Square the residual; do not halve it.' },
    {
      name: 'mse(y, y) is 0 for identical arrays',
      args: [[1.5, -2, 0.25], [1.5, -2, 0.25]],
      expected: 0,
      hint: 'Every residual is 0, so the loss is 0.',
    },
    {
      name: 'mse([0.1, 0.2, 0.3], [0.15, 0.1, 0.35]) is 0.004999999999999999',
      args: [[0.1, 0.2, 0.3], [0.15, 0.1, 0.35]],
      expected: 0.004999999999999999,
      hint: 'The residuals are 0.05, −0.1 and 0.05; their squares add to 0.015, and the mean is 0.005.',
    },
    {
      name: 'mse is symmetric: mse(a, b) = mse(b, a)',
      args: [[2, -1, 0.5, 4], [1, 1, -0.5, 4.5]],
      expected: 1.5625,
      check: (got, { fn }) => {
        const back = fn([1, 1, -0.5, 4.5], [2, -1, 0.5, 4]) as number;
        return back === got ? null : `mse(a, b) is ${String(got)} but mse(b, a) is ${back}`;
      },
      hint: 'Squaring removes the sign of the residual, so swapping targets and predictions cannot change the loss.',
    },
    {
      name: 'mse keeps its digits for targets near 1e8 with errors of ±0.5: 0.25',
      args: [
        [1e8, 1e8 + 1, 1e8 + 2, 1e8 + 3],
        [1e8 + 0.5, 1e8 + 0.5, 1e8 + 2.5, 1e8 + 2.5],
      ],
      expected: 0.25,
      hint: 'Expanding the square, ŷ² − 2ŷy + y², subtracts numbers near 1e16 whose rounding errors are larger than the answer. Square the residual ŷ − y instead.',
    },
    {
      name: 'mse of 100,000 pairs that are each 3 apart is 9 (a mean, not a sum)',
      args: [longTrue, longPred],
      expected: 9,
      hint: 'Every squared error is 9, so their mean is 9. A result of 900000 is the sum: divide by the number of pairs.',
    },
    {
      name: 'mse([], []) is NaN (the mean of nothing is 0/0)',
      args: [[], []],
      expected: Number.NaN,
      hint: 'With no pairs, the sum is 0 and n is 0, so the mean is 0/0 = NaN. Start the sum at 0 (reduce without an initial value throws on an empty array).',
    },
    {
      name: 'mse leaves yTrue and yPred unchanged',
      args: [[3, -0.5, 2, 7], [2.5, 0, 2, 10]],
      expected: 2.375,
      hint: 'If the message says your function changed its input, keep each residual in a local variable instead of writing it back into yPred or yTrue. Otherwise, see the first test: the answer is the chapter’s 2.375.',
    },
  ],
});
