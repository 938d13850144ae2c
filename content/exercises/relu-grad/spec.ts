import { defineExercise, type CheckContext } from '@nonlinear/grader';

// Expected values are exact by hand: ReLU' is 1 on (0, ∞), 0 on (−∞, 0), and any subgradient in [0, 1] at 0.

function referenceRelu(x: number): number {
  return x > 0 ? x : 0;
}

/** The reader's own `relu` when they export one, else the reference, with a name for messages. */
function reluOf(exports: CheckContext['exports']): { f: (x: number) => number; name: string } {
  const own = exports.relu;
  return typeof own === 'function'
    ? { f: own as (x: number) => number, name: 'your relu' }
    : { f: referenceRelu, name: 'a reference relu (your code exports no relu)' };
}

/** Magnitudes from the smallest subnormal 5e-324 to the largest double: 1e-300, 1e-284, …, 1e308 (every 16 decades) and the ends. */
const MAGNITUDES: readonly number[] = [5e-324, 1e-320, ...Array.from({ length: 39 }, (_, i) => 10 ** (-300 + 16 * i)), 1e308, Number.MAX_VALUE];

const inSubgradient = (v: unknown): boolean => typeof v === 'number' && v >= 0 && v <= 1;

export default defineExercise({
  id: 'relu-grad',
  title: 'The ReLU derivative, and the convention at 0',
  chapter: 'relu',
  exportName: 'reluGrad',
  signature: 'export function reluGrad(x: number): number',
  hints: [
    'Look at the graph of ReLU: what is the slope of the flat part, and of the diagonal part?',
    'The derivative is a step: one value for x > 0, another for x < 0. It is exact, not approximate, so do not measure it numerically.',
    'At x = 0 there is a corner, and any value in [0, 1] is accepted. One comparison, x > 0, gives 1 on the right and 0 everywhere else, including at 0.',
  ],
  tests: [
    {
      name: 'reluGrad(2) is 1',
      args: [2],
      expected: 1,
      hint: 'For x > 0 the slope of ReLU is exactly 1: not x (that is ReLU itself), and not an approximate numerical slope.',
    },
    {
      name: 'reluGrad(-2) is 0',
      args: [-2],
      expected: 0,
      hint: 'For x < 0 ReLU is flat, so its slope is 0. A result of −1 is the derivative of |x| (the sign of x), not of ReLU.',
    },
    {
      name: 'reluGrad(0) is a valid subgradient, a number in [0, 1]',
      args: [0],
      check: (got) => (inSubgradient(got) ? null : `reluGrad(0) must be a number in [0, 1]; it is ${String(got)}`),
      hint: 'At the corner, formulas such as x / |x| compute 0 / 0 = NaN. Pick a convention instead: x > 0 gives 0 at x = 0 (this course\'s choice); x >= 0 gives 1.',
    },
    {
      name: 'reluGrad(-0) is a valid subgradient, a number in [0, 1]',
      args: [-0],
      check: (got) => (inSubgradient(got) ? null : `reluGrad(-0) must be a number in [0, 1]; it is ${String(got)}`),
      hint: 'Negative zero is zero: the same convention as at x = 0 applies.',
    },
    { name: 'reluGrad(0.5) is 1', args: [0.5], expected: 1, hint: 'The slope is 1 for every positive input, also below 1: the derivative is not x.' },
    { name: 'reluGrad(-0.5) is 0', args: [-0.5], expected: 0 },
    { name: 'reluGrad(1e-300) is 1', args: [1e-300], expected: 1, hint: 'Any x > 0, however small, is on the diagonal: its slope is 1. Do not threshold small inputs.' },
    {
      name: 'reluGrad(-1e-300) is 0',
      args: [-1e-300],
      expected: 0,
      hint: 'A numerical slope such as (relu(x + h) − relu(x)) / h straddles the corner when |x| is below h and gives 1 here. Use the exact derivative: 0 for every x < 0.',
    },
    { name: 'reluGrad(5e-324) is 1 (the smallest positive double)', args: [5e-324], expected: 1 },
    {
      name: 'reluGrad(1e308) is 1',
      args: [1e308],
      expected: 1,
      hint: 'At x = 1e308, x + h rounds back to x, so a numerical slope is 0. The exact slope is 1 for every x > 0.',
    },
    { name: 'reluGrad(-1e308) is 0', args: [-1e308], expected: 0 },
    {
      name: 'reluGrad is exactly 1 for every positive and exactly 0 for every negative input, from 5e-324 to 1.8e308',
      args: [1],
      check: (_got, { fn }) => {
        for (const m of MAGNITUDES) {
          const up = fn(m);
          if (up !== 1) return `reluGrad(${m}) is ${String(up)}, not 1`;
          const down = fn(-m);
          if (down !== 0) return `reluGrad(${-m}) is ${String(down)}, not 0`;
        }
        return null;
      },
      hint: 'The derivative has no in-between values away from 0: return exactly 1 or exactly 0, decided by the sign of x.',
    },
    {
      name: 'reluGrad matches central differences of your relu away from the corner',
      args: [1],
      check: (_got, { fn, exports }) => {
        const { f, name } = reluOf(exports);
        const h = 1e-6; // every sample is farther than h from 0, so the difference never straddles the corner
        for (const x of [-5, -1, -0.01, 0.01, 1, 5]) {
          const slope = (f(x + h) - f(x - h)) / (2 * h);
          const d = fn(x) as number;
          if (!(Math.abs(d - slope) <= 1e-6)) return `at x = ${x}, reluGrad gives ${d} but the slope of ${name}, (relu(x + h) − relu(x − h)) / 2h with h = 1e-6, is ${slope}`;
        }
        return null;
      },
      hint: 'Your derivative and your relu disagree: check the side of the corner each returns 1 on, and that relu itself is max(0, x).',
    },
  ],
  derivativePlot: { derivative: 'reluGrad', of: 'relu', reference: referenceRelu, domain: [-3, 3] },
});
