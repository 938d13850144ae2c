import { defineExercise } from '@nonlinear/grader';

// Expected values are exact by hand: ReLU passes a positive double through unchanged and maps the rest to 0.

/** Where the identities are checked: 0 and ±10^(k/10) for k = −60…60 (±1e-6 to ±1e6), plus ±1e-300 and ±1e300. */
const GRID: readonly number[] = [0, 1e-300, -1e-300, 1e300, -1e300, ...Array.from({ length: 121 }, (_, i) => i - 60).filter((k) => k !== 0).map((k) => Math.sign(k) * 10 ** (Math.abs(k) / 10))];

export default defineExercise({
  id: 'relu',
  title: 'ReLU',
  chapter: 'relu',
  exportName: 'relu',
  signature: 'export function relu(x: number): number',
  hints: [
    'Picture the graph: a flat line at 0 for negative x, and the diagonal y = x for positive x.',
    'ReLU(x) = max(0, x). Which of the two candidates, 0 or x, is larger when x is negative? When x is positive?',
    'One comparison is all it takes: return x when x > 0, and 0 otherwise (Math.max(0, x) does the same).',
  ],
  tests: [
    {
      name: 'relu(3) is 3',
      args: [3],
      expected: 3,
      hint: 'Positive inputs pass through unchanged. Returning 1 gives the derivative, not ReLU; Math.min(0, x) keeps the wrong side.',
    },
    {
      name: 'relu(-3) is 0',
      args: [-3],
      expected: 0,
      hint: 'Negative inputs are blocked: they become 0, not |x| and not x itself.',
    },
    { name: 'relu(0) is 0', args: [0], expected: 0, hint: 'At the corner both pieces give 0: max(0, 0) = 0.' },
    { name: 'relu(0.25) is 0.25', args: [0.25], expected: 0.25, hint: 'Positive inputs pass through unchanged, also those below 1.' },
    { name: 'relu(-0.25) is 0', args: [-0.25], expected: 0 },
    { name: 'relu(1e-300) is 1e-300, kept exactly', args: [1e-300], expected: 1e-300, tolerance: { rel: 0, abs: 0 }, hint: 'Do not round or threshold small inputs: any x > 0 passes through as it is.' },
    { name: 'relu(-1e-300) is 0', args: [-1e-300], expected: 0, tolerance: { rel: 0, abs: 0 } },
    {
      name: 'relu(1e308) is 1e308: no upper bound',
      args: [1e308],
      expected: 1e308,
      hint: 'Large inputs pass through unchanged: ReLU has no cap (capping at 6 is ReLU6, a different function), and the identity ReLU(x) = (x + |x|) / 2 overflows here, since 1e308 + 1e308 is Infinity.',
    },
    { name: 'relu(-1e308) is 0', args: [-1e308], expected: 0 },
    { name: 'relu(Infinity) is Infinity', args: [Infinity], expected: Infinity, hint: 'max(0, ∞) = ∞: ReLU has no upper bound.' },
    { name: 'relu(-Infinity) is 0', args: [-Infinity], expected: 0, hint: 'max(0, −∞) = 0. Arithmetic forms such as (x + |x|) / 2 or x · [x > 0] give NaN here (−∞ + ∞, −∞ × 0): use a comparison.' },
    {
      name: 'relu(x) - relu(-x) = x and relu(x) + relu(-x) = |x| from -1e300 to 1e300',
      args: [0],
      check: (_got, { fn }) => {
        for (const x of GRID) {
          const a = fn(x) as number;
          const b = fn(-x) as number;
          if (a - b !== x) return `relu(${x}) − relu(${-x}) is ${a - b}, not ${x}`;
          if (a + b !== Math.abs(x)) return `relu(${x}) + relu(${-x}) is ${a + b}, not ${Math.abs(x)}`;
        }
        return null;
      },
      hint: 'Exactly one of relu(x) and relu(−x) is non-zero, and it equals |x| exactly: no rounding, no cap.',
    },
  ],
});
