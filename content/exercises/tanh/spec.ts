import { defineExercise } from '@nonlinear/grader';

// Expected values: mpmath at 50 digits, rounded to the nearest double.

/** Where the spec probes the whole range: 0 and ±10^(k/10) for k = −60…60, that is ±1e-6 to ±1e6, increasing. */
const GRID: readonly number[] = Array.from({ length: 121 }, (_, i) => i - 60).flatMap((k) =>
  k === 0 ? [-(10 ** -6) / 2, 0, 10 ** -6 / 2] : [Math.sign(k) * 10 ** (Math.abs(k) / 10)],
).sort((a, b) => a - b);

const CALLS_TANH = /Math\s*(\.\s*tanh\b|\[\s*['"`]tanh['"`]\s*\])/;

export default defineExercise({
  id: 'tanh',
  title: 'tanh from exponentials, stable everywhere',
  chapter: 'tanh',
  exportName: 'tanh',
  signature: 'export function tanh(x: number): number',
  hints: [
    'Try the textbook formula (e^x − e^(−x)) / (e^x + e^(−x)) in your head at x = 800 and at x = 1e-12: what goes wrong at each?',
    'tanh is odd, so you only need it for x ≥ 0. There (1 − e^(−2x)) / (1 + e^(−2x)) never overflows, because the exponent is never positive.',
    'Near 0 the numerator 1 − e^(−2x) cancels. Let m = Math.expm1(−2|x|), which is e^(−2|x|) − 1 computed accurately: then tanh(|x|) = −m / (2 + m). Give the result the sign of x.',
  ],
  tests: [
    { name: 'tanh(0) is 0', args: [0], expected: 0, hint: 'tanh(0) = (1 − 1) / (1 + 1) = 0.' },
    {
      name: 'tanh(1) is 0.7615941559557649',
      args: [1],
      expected: 0.7615941559557649,
      hint: 'Check the formula: tanh(x) = (1 − e^(−2x)) / (1 + e^(−2x)); the exponent is −2x, not −x (that would be a sigmoid-like curve of half the slope).',
    },
    { name: 'tanh(-2.5) is -0.9866142981514303', args: [-2.5], expected: -0.9866142981514303, hint: 'tanh is odd: compute it for |x| and give the result the sign of x.' },
    { name: 'tanh(0.5) is 0.46211715726000974', args: [0.5], expected: 0.46211715726000974 },
    { name: 'tanh(3) is 0.9950547536867305', args: [3], expected: 0.9950547536867305 },
    { name: 'tanh(10) is 0.9999999958776927', args: [10], expected: 0.9999999958776927 },
    {
      name: 'tanh(1e-12) is 1e-12 to the last digits',
      args: [1e-12],
      expected: 1e-12,
      hint: 'Near 0, e^(−2x) is so close to 1 that 1 − e^(−2x) keeps only a few correct digits. Math.expm1(u) computes e^u − 1 without that cancellation.',
    },
    {
      name: 'tanh(-1e-8) is -1e-8 to the last digits',
      args: [-1e-8],
      expected: -1e-8,
      hint: 'Subtracting two numbers close to 1 loses digits: use Math.expm1 for the numerator.',
    },
    {
      name: 'tanh(1e-300) is 1e-300, not 0',
      args: [1e-300],
      expected: 1e-300,
      tolerance: { abs: 0 }, // the default absolute floor (1e-300) would accept 0 here
      hint: 'e^(−2e-300) rounds to exactly 1, so 1 − e^(−2x) is 0. Math.expm1(−2e-300) is −2e-300.',
    },
    {
      name: 'tanh(800) is 1, not NaN',
      args: [800],
      expected: 1,
      hint: 'e^800 (and e^(2x) from x ≈ 355 on) is Infinity, and Infinity / Infinity is NaN. Only ever exponentiate −2|x|, which is never positive.',
    },
    {
      name: 'tanh(-800) is -1, not NaN',
      args: [-800],
      expected: -1,
      hint: 'For x < 0 the exponent −2x is positive and overflows. tanh is odd: compute t = tanh(|x|) and return −t for negative x.',
    },
    {
      name: 'tanh is odd: tanh(-x) = -tanh(x) at x = 1e-12, 0.3, 2, 30 and 1e6',
      args: [0.3],
      check: (_got, { fn }) => {
        for (const x of [1e-12, 0.3, 2, 30, 1e6]) {
          const a = fn(-x) as number;
          const b = fn(x) as number;
          if (!(Math.abs(a + b) <= 1e-15 * Math.abs(b))) return `tanh(${-x}) is ${a} but tanh(${x}) is ${b}`;
        }
        return null;
      },
      hint: 'Use the same formula for both signs: compute for |x|, then restore the sign.',
    },
    {
      name: 'tanh is finite, in [-1, 1] and never decreasing from -1e6 to 1e6',
      args: [0],
      check: (_got, { fn }) => {
        let previous = -1;
        for (const x of GRID) {
          const y = fn(x) as number;
          if (!(typeof y === 'number' && y >= -1 && y <= 1)) return `tanh(${x}) is ${y}`;
          if (y < previous) return `tanh decreases: tanh(${x}) = ${y} is below the value at the previous, smaller input (${previous})`;
          previous = y;
        }
        return null;
      },
      hint: 'Try your function at ±1e6 and near 0: no input may give NaN or a value outside [−1, 1].',
    },
    {
      name: 'tanh is built from exponentials, without calling Math.tanh',
      args: [0.5],
      check: (_got, { fn, exports }) => {
        for (const [name, value] of Object.entries(exports)) {
          if (typeof value === 'function' && CALLS_TANH.test(String(value))) return `${name} calls Math.tanh`;
        }
        // A helper the code does not export is invisible to the scan above: watch Math.tanh while the function runs.
        const original = Math.tanh;
        let called = false;
        Math.tanh = (x: number) => {
          called = true;
          return original(x);
        };
        try {
          for (const x of [-3, 0.5, 20]) fn(x);
        } finally {
          Math.tanh = original;
        }
        return called ? 'your code calls Math.tanh' : null;
      },
      hint: 'The exercise is to build tanh yourself from Math.exp or Math.expm1; the library function is what you compare against, not what you call.',
    },
  ],
});
