import { defineExercise, type CheckContext } from '@nonlinear/grader';

// Expected values: mpmath at 50 digits (σ(x)(1 − σ(x)) evaluated in high precision), rounded to the nearest double.

/** A stable sigmoid of the spec's own, used only when the reader's code exports no `sigmoid`. */
function referenceSigmoid(x: number): number {
  const z = Math.exp(-Math.abs(x));
  return x >= 0 ? 1 / (1 + z) : z / (1 + z);
}

/** The reader's own `sigmoid` when they export one, else the reference, with a name for messages. */
function sigmoidOf(exports: CheckContext['exports']): { f: (x: number) => number; name: string } {
  const own = exports.sigmoid;
  return typeof own === 'function'
    ? { f: own as (x: number) => number, name: 'your sigmoid' }
    : { f: referenceSigmoid, name: 'a reference sigmoid (your code exports no sigmoid)' };
}

export default defineExercise({
  id: 'sigmoid-grad',
  title: 'The sigmoid derivative, accurate in both tails',
  chapter: 'sigmoid',
  exportName: 'sigmoidGrad',
  signature: 'export function sigmoidGrad(x: number): number',
  hints: [
    'Start from σ\'(x) = σ(x)(1 − σ(x)) and evaluate it in your head at x = 40: what does σ(40) round to in double precision, and what is 1 minus that?',
    'Write σ\' with exponentials only: σ\'(x) = e^(−x) / (1 + e^(−x))². Now try x = −1000: which exponential overflows?',
    'σ\' is even, so σ\'(x) = σ\'(|x|). Compute z = e^(−|x|), which lies in (0, 1], and return z / (1 + z)²: no subtraction from 1, no overflow.',
  ],
  tests: [
    {
      name: 'sigmoidGrad(0) is 1/4',
      args: [0],
      expected: 0.25,
      hint: 'σ\'(0) = σ(0)(1 − σ(0)) = 1/4. A result of 3/4 means 1 − σ² (that is the tanh pattern, not σ\'); 1/2 means the square in the denominator of e^(−x) / (1 + e^(−x))² is missing.',
    },
    { name: 'sigmoidGrad(2) is 0.10499358540350652', args: [2], expected: 0.10499358540350652, hint: 'σ\'(x) = σ(x)(1 − σ(x)): check that you differentiate σ, not return σ itself.' },
    { name: 'sigmoidGrad(-1) is 0.19661193324148185', args: [-1], expected: 0.19661193324148185 },
    { name: 'sigmoidGrad(0.5) is 0.2350037122015945', args: [0.5], expected: 0.2350037122015945 },
    {
      name: 'sigmoidGrad(30) keeps its digits: 9.357622968838423e-14',
      args: [30],
      expected: 9.357622968838423e-14,
      hint: 'σ(30) is 1 − 9.4e-14, so 1 − σ(30) keeps only about three correct digits. Avoid subtracting σ from 1: work with e^(−|x|).',
    },
    {
      name: 'sigmoidGrad(40) is 4.248354255291589e-18, not 0',
      args: [40],
      expected: 4.248354255291589e-18,
      hint: 'σ(40) rounds to exactly 1, so σ(1 − σ) is exactly 0. Use the even form σ\'(x) = e^(−|x|) / (1 + e^(−|x|))².',
    },
    { name: 'sigmoidGrad(-40) is 4.248354255291589e-18', args: [-40], expected: 4.248354255291589e-18 },
    {
      name: 'sigmoidGrad(-700) is 9.85967654375977e-305, not 0',
      args: [-700],
      expected: 9.85967654375977e-305,
      tolerance: { abs: 0 }, // the default absolute floor (1e-300) would accept 0 here
      hint: 'At x = −700, e^(−x) ≈ 1e304 and its square overflows to Infinity, so the quotient collapses to 0. Exponentiate −|x|, never a positive number.',
    },
    {
      name: 'sigmoidGrad(-1000) is 0, not NaN',
      args: [-1000],
      expected: 0,
      hint: 'e^(−x) at x = −1000 is Infinity, and Infinity / Infinity is NaN. σ\' is even: compute it from e^(−|x|), which never overflows.',
    },
    { name: 'sigmoidGrad(1000) is 0', args: [1000], expected: 0 },
    {
      name: 'sigmoidGrad is even: sigmoidGrad(-x) = sigmoidGrad(x) at x = 0.3, 1.7, 6 and 25',
      args: [0.3],
      check: (_got, { fn }) => {
        for (const x of [0.3, 1.7, 6, 25]) {
          const a = fn(-x) as number;
          const b = fn(x) as number;
          if (!(Math.abs(a - b) <= 1e-12 * Math.abs(b))) return `sigmoidGrad(${-x}) is ${a} but sigmoidGrad(${x}) is ${b}`;
        }
        return null;
      },
      hint: 'σ\'(−x) = σ(−x)σ(x) = σ\'(x). A sign error in an exponent breaks this symmetry, and so does 1 − σ(x) for large x, which loses digits that σ(−x) keeps.',
    },
    {
      name: 'sigmoidGrad is finite and in [0, 1/4] for every input from -1e6 to 1e6',
      args: [0],
      check: (_got, { fn }) => {
        for (let k = -60; k <= 60; k++) {
          const x = Math.sign(k) * 10 ** (Math.abs(k) / 10);
          const y = fn(x) as number;
          if (!(typeof y === 'number' && y >= 0 && y <= 0.25)) return `sigmoidGrad(${x}) is ${y}`;
        }
        return null;
      },
      hint: 'Try your function at ±1e6: no input may give NaN, a negative number or more than 1/4.',
    },
    {
      name: 'sigmoidGrad matches central differences of your sigmoid between -6 and 5',
      args: [0],
      check: (_got, { fn, exports }) => {
        const { f, name } = sigmoidOf(exports);
        for (const x of [-6, -3, -1, -0.25, 0, 0.7, 2, 5]) {
          const h = 1e-5;
          const slope = (f(x + h) - f(x - h)) / (2 * h); // error ~1e-11 (rounding) + ~1e-12 (truncation)
          const d = fn(x) as number;
          if (!(Math.abs(d - slope) <= 1e-8 + 1e-6 * Math.abs(slope))) {
            return `at x = ${x}, sigmoidGrad gives ${d} but the slope of ${name}, (σ(x + h) − σ(x − h)) / 2h with h = 1e-5, is ${slope}`;
          }
        }
        return null;
      },
      hint: 'Your derivative and your sigmoid disagree. Check both: the sign of the exponent, the square in the denominator, and that sigmoid itself is right.',
    },
  ],
  derivativePlot: { derivative: 'sigmoidGrad', of: 'sigmoid', reference: referenceSigmoid, domain: [-8, 8] },
});
