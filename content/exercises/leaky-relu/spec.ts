import { defineExercise } from '@nonlinear/grader';

// Expected values: products α·x of the given doubles, rounded once to the nearest double, computed with
// mpmath at 50 digits (by hand for the exact cases: 0.01 · −2 is the double nearest −0.02).

/** Central-difference slope of the reader's function, with the given alpha (or none, for the default), at x farther than h from the corner. */
function slopeAt(fn: (...a: unknown[]) => unknown, x: number, alpha: number | undefined): number {
  const h = 1e-6;
  const f = (t: number): number => (alpha === undefined ? fn(t) : fn(t, alpha)) as number;
  return (f(x + h) - f(x - h)) / (2 * h);
}

export default defineExercise({
  id: 'leaky-relu',
  title: 'Leaky ReLU',
  chapter: 'relu',
  exportName: 'leakyRelu',
  signature: 'export function leakyRelu(x: number, alpha = 0.01): number',
  hints: [
    'Start from ReLU, which keeps positive inputs and sets negative ones to 0. What does "leaky" change, and on which side?',
    'Positive inputs still pass through unchanged; negative inputs are multiplied by the small slope alpha instead of being set to 0.',
    'One comparison: return x when x > 0, else alpha * x. Give the parameter its default in the signature, alpha = 0.01.',
  ],
  tests: [
    {
      name: 'leakyRelu(-2) is -0.02 (default alpha = 0.01)',
      args: [-2],
      expected: -0.02,
      hint: 'For x ≤ 0 the result is αx, with the default α = 0.01: −0.02 at x = −2. A result of 0 is plain ReLU (the leak is missing); −0.2 means the default is 0.1 instead of 0.01.',
    },
    {
      name: 'leakyRelu(3) is 3',
      args: [3],
      expected: 3,
      hint: 'Positive inputs pass through unchanged: the slope α applies to the negative side only.',
    },
    { name: 'leakyRelu(0) is 0', args: [0], expected: 0, hint: 'At the corner both pieces give 0: α · 0 = 0.' },
    {
      name: 'leakyRelu(-2, 0.2) is -0.4',
      args: [-2, 0.2],
      expected: -0.4,
      hint: 'Use the alpha argument the caller passes: a slope of 0.01 written into the body ignores it.',
    },
    { name: 'leakyRelu(5, 0.2) is 5', args: [5, 0.2], expected: 5, hint: 'Whatever α is, positive inputs pass through unchanged.' },
    { name: 'leakyRelu(-7, 0.3) is -2.1', args: [-7, 0.3], expected: -2.1 },
    { name: 'leakyRelu(-1000) is -10', args: [-1000], expected: -10 },
    { name: 'leakyRelu(-3, 0) is 0: alpha = 0 is plain ReLU', args: [-3, 0], expected: 0, hint: 'With α = 0 the negative side is α · x = 0: check that you use the alpha given, even when it is 0 (`alpha || 0.01` replaces 0 by the default).' },
    { name: 'leakyRelu(-3, 1) is -3: alpha = 1 is the identity', args: [-3, 1], expected: -3 },
    { name: 'leakyRelu(1e308) is 1e308: no upper bound', args: [1e308], expected: 1e308, hint: 'Positive inputs pass through unchanged, however large.' },
    {
      name: 'leakyRelu(-1e308) is -1e306',
      args: [-1e308],
      expected: -1e306,
      hint: 'Negative inputs are scaled by α, not blocked and not clamped: α · (−1e308) = −1e306.',
    },
    {
      name: 'leakyRelu(-1e-300) is -1.0000000000000001e-302',
      args: [-1e-300],
      expected: -1.0000000000000001e-302,
      tolerance: { abs: 0 }, // the default absolute floor (1e-300) would accept 0 here
      hint: 'Tiny negative inputs are scaled by α too, not rounded to 0.',
    },
    {
      name: 'the slope of leakyRelu is 1 for x > 0 and alpha for x < 0 (alpha = default, 0.05, 0.3)',
      args: [-1],
      check: (_got, { fn }) => {
        for (const alpha of [undefined, 0.05, 0.3]) {
          const a = alpha ?? 0.01;
          for (const x of [-4, -0.5, 0.5, 4]) {
            const want = x > 0 ? 1 : a;
            const slope = slopeAt(fn, x, alpha);
            if (!(Math.abs(slope - want) <= 1e-6)) {
              return `with alpha = ${alpha === undefined ? 'the default' : alpha}, the slope of leakyRelu at x = ${x} is ${slope}, expected ${want}`;
            }
          }
        }
        return null;
      },
      hint: 'LeakyReLU is linear on each side of 0: slope 1 on the right, slope α on the left.',
    },
  ],
});
