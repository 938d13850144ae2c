import { defineExercise } from '@nonlinear/grader';

// Expected values: mpmath at 60 digits on the exact double inputs, rounded to the nearest double
// (log(Σ e^z) summed directly, with no shift, so they do not share the method under test).
// LSE's absolute error is what matters (it is added to logits), so the tolerance is absolute too.
const tol = { rel: 1e-13, abs: 1e-13 };

export default defineExercise({
  id: 'log-sum-exp',
  title: 'Log-sum-exp without overflow',
  chapter: 'softmax',
  exportName: 'logSumExp',
  signature: 'export function logSumExp(xs: number[]): number',
  hints: [
    'Try the plain formula log(Σ e^(z_j)) on (1000, 1000) and on (−1000, −1000) in your head: what do Math.exp(1000) and Math.exp(−1000) return?',
    'Adding a constant to every entry shifts LSE by that constant: LSE(z) = c + LSE(z − c) for any c. Choose c so that no exponent is positive.',
    'With m = max_j z_j, compute m + log(Σ_j e^(z_j − m)). The sum is at least 1, so the log is safe. Treat m = −Infinity (empty input, or every entry −Infinity) separately: return −Infinity.',
  ],
  tests: [
    {
      name: 'logSumExp([2, 1, 0.1]) is 2.4170300162778333',
      args: [[2, 1, 0.1]],
      expected: 2.4170300162778333,
      tolerance: tol,
      hint: 'LSE(z) = log(e^2 + e^1 + e^0.1). If you subtract the maximum inside the sum, add it back outside: m + log(Σ e^(z_j − m)).',
    },
    { name: 'logSumExp([-3.5]) is -3.5 (one entry)', args: [[-3.5]], expected: -3.5, tolerance: tol, hint: 'With one entry, LSE(z) = log(e^z) = z.' },
    {
      name: 'logSumExp([-0.5, 0.25, 3, -7, 3]) is 3.739157601276459 (a tied maximum)',
      args: [[-0.5, 0.25, 3, -7, 3]],
      expected: 3.739157601276459,
      tolerance: tol,
      hint: 'Every entry counts, including a repeated maximum: both 3s contribute e^0 = 1 to the shifted sum.',
    },
    {
      name: 'logSumExp([1000, 1000]) is 1000 + log 2, not Infinity',
      args: [[1000, 1000]],
      expected: 1000.6931471805599,
      tolerance: tol,
      hint: 'Math.exp(1000) is Infinity. Subtract the largest entry before exponentiating, then add it back.',
    },
    {
      name: 'logSumExp([-1000, -1000]) is -1000 + log 2, not -Infinity',
      args: [[-1000, -1000]],
      expected: -999.3068528194401,
      tolerance: tol,
      hint: 'Math.exp(−1000) underflows to 0 and log 0 is −Infinity. After subtracting the maximum, the largest term is e^0 = 1, so the sum is never 0.',
    },
    {
      name: 'logSumExp([0, 1000]) is 1000 (shift by the maximum, wherever it is)',
      args: [[0, 1000]],
      expected: 1000,
      tolerance: tol,
      hint: 'Shifting by the first entry is not enough: e^(1000 − 0) still overflows. Shift by the largest entry.',
    },
    {
      name: 'logSumExp of 1000 entries equal to 709 is 709 + log 1000',
      args: [Array.from({ length: 1000 }, () => 709)],
      expected: 715.9077552789821,
      tolerance: tol,
      hint: 'Each e^709 ≈ 8.2e307 is finite, but their sum overflows. Shift by the maximum so each term is e^0 = 1.',
    },
    {
      name: 'logSumExp([0, -Infinity]) is 0 (a masked entry adds nothing)',
      args: [[0, -Infinity]],
      expected: 0,
      tolerance: tol,
      hint: 'e^(−Infinity) is 0, so the sum is e^0 + 0 = 1 and LSE = 0.',
    },
    {
      name: 'logSumExp([]) is -Infinity (the empty sum is 0)',
      args: [[]],
      expected: -Infinity,
      hint: 'An empty sum is 0 and log 0 = −Infinity. Start the maximum at −Infinity and the sum at 0 (reduce without an initial value throws on an empty array).',
    },
    {
      name: 'logSumExp([-Infinity, -Infinity]) is -Infinity, not NaN',
      args: [[-Infinity, -Infinity]],
      expected: -Infinity,
      hint: 'Here the maximum is −Infinity, and −Infinity − (−Infinity) is NaN. When the maximum is −Infinity, return −Infinity directly.',
    },
    {
      name: 'logSumExp(z + c) = logSumExp(z) + c for c = -500, 0.001 and 500',
      args: [[0.3, -1.2, 2.5]],
      check: (got, { fn }) => {
        const z = [0.3, -1.2, 2.5];
        for (const c of [-500, 0.001, 500]) {
          const shifted = fn(z.map((v) => v + c)) as number;
          if (!(Math.abs(shifted - ((got as number) + c)) <= 1e-12 * Math.max(1, Math.abs(c)))) {
            return `logSumExp(z + ${c}) is ${shifted}, but logSumExp(z) + ${c} is ${(got as number) + c}`;
          }
        }
        return null;
      },
      hint: 'Shifting every entry shifts LSE by the same amount. If this fails only for c = ±500, an exponential is overflowing or underflowing.',
    },
    {
      name: 'max z ≤ logSumExp(z) ≤ max z + log K for several arrays',
      args: [[1, 2, 3]],
      check: (_got, { fn }) => {
        const cases = [[1, 2, 3], [-20, 5, 5, 5], [1e6, -1e6], [-745, -746, -800], [0.5]];
        for (const z of cases) {
          const v = fn(z) as number;
          const m = Math.max(...z);
          const slack = 1e-13 * Math.max(1, Math.abs(m));
          if (!(v >= m - slack && v <= m + Math.log(z.length) + slack)) {
            return `logSumExp([${z.join(', ')}]) is ${v}, outside [${m}, ${m + Math.log(z.length)}]`;
          }
        }
        return null;
      },
      hint: 'LSE is a smooth maximum: never below the largest entry, never more than log K above it. A value outside usually means a missing shift or a lost term.',
    },
  ],
});
