import { defineExercise } from '@nonlinear/grader';

// Expected values: mpmath at 60 digits on the exact double inputs (log Σ e^(z_j) − z_y, summed
// directly with no shift), rounded to the nearest double. Absolute tolerance as well as relative:
// with logits near 1000, z_y itself carries an error of about 1e-13 in any method.
const tol = { rel: 1e-12, abs: 1e-12 };

/** 1000 logits cycling through −2, −1.75, ..., 2 (all exact doubles); entry 123 is −1. */
const many = Array.from({ length: 1000 }, (_, i) => (i % 17) * 0.25 - 2);

export default defineExercise({
  id: 'softmax-cross-entropy',
  title: 'Softmax cross-entropy from logits',
  chapter: 'losses',
  exportName: 'softmaxCrossEntropy',
  signature: 'export function softmaxCrossEntropy(logits: number[], label: number): number',
  hints: [
    'Write the loss as −log of a softmax probability, then simplify the log of the quotient: what is left is a log-sum-exp minus one logit.',
    'Never form the probabilities: L = LSE(z) − z_y. A probability can underflow to 0 even when its log is an ordinary number such as −800.',
    'Compute LSE stably, as in the log-sum-exp exercise: m = max_j z_j, then L = (m − z_y) + log Σ_j e^(z_j − m). The label indexes the logits from 0.',
  ],
  tests: [
    {
      name: 'softmaxCrossEntropy([2, 1, 0.1], 0) is 0.4170300162778335',
      args: [[2, 1, 0.1], 0],
      expected: 0.4170300162778335,
      tolerance: tol,
      hint: 'L = log(e^2 + e^1 + e^0.1) − 2 ≈ 2.41703 − 2. The label counts from 0, and the loss is positive: LSE minus the logit, not the other way round.',
    },
    {
      name: 'softmaxCrossEntropy([2, 1, 0.1], 2) is 2.3170300162778337',
      args: [[2, 1, 0.1], 2],
      expected: 2.3170300162778337,
      tolerance: tol,
      hint: 'L = LSE(z) − z_2 ≈ 2.41703 − 0.1. If you shifted by the maximum, add it back: (m − z_y) + log Σ e^(z_j − m).',
    },
    {
      name: 'softmaxCrossEntropy([1002, 1001, 1000.1], 2) is 2.317030016277813, not NaN',
      args: [[1002, 1001, 1000.1], 2],
      expected: 2.317030016277813,
      tolerance: tol,
      hint: 'Math.exp(1002) is Infinity, and Infinity / Infinity is NaN. Subtract the largest logit before exponentiating.',
    },
    {
      name: 'softmaxCrossEntropy([-1000, -1000, -1000], 1) is log 3, not NaN',
      args: [[-1000, -1000, -1000], 1],
      expected: 1.0986122886681098,
      tolerance: tol,
      hint: 'Math.exp(−1000) underflows to 0, giving 0 / 0. After subtracting the maximum every term is e^0 = 1.',
    },
    {
      name: 'softmaxCrossEntropy([0, -800], 1) is 800, not Infinity',
      args: [[0, -800], 1],
      expected: 800,
      tolerance: tol,
      hint: 'The probability e^(−800) underflows to 0 even in a stable softmax, and −log 0 = Infinity. Do not take the log of a probability: compute LSE(z) − z_y.',
    },
    {
      name: 'softmaxCrossEntropy([0, -800], 0) is 0',
      args: [[0, -800], 0],
      expected: 0,
      tolerance: tol,
      hint: 'The true class has all the probability: LSE(0, −800) = log(1 + e^(−800)) rounds to 0, and 0 − 0 = 0.',
    },
    {
      name: 'softmaxCrossEntropy([5], 0) is 0 (one class is certain)',
      args: [[5], 0],
      expected: 0,
      tolerance: tol,
      hint: 'With one class, LSE(z) = z_0, so the loss is 0.',
    },
    {
      name: 'softmaxCrossEntropy of ten equal logits is log 10',
      args: [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 7],
      expected: 2.302585092994046,
      tolerance: tol,
      hint: 'Equal logits give the uniform distribution, probability 1/10 for every class, so the loss is −log(1/10) = log 10.',
    },
    {
      name: 'softmaxCrossEntropy of 1000 logits, label 123, is 8.562748293063537',
      args: [many, 123],
      expected: 8.562748293063537,
      tolerance: tol,
      hint: 'Every logit enters the sum; only logits[label] is subtracted.',
    },
    {
      name: 'adding 500 or -500 to every logit leaves the loss unchanged',
      args: [[0.5, -1.5, 2, 0], 3],
      check: (got, { fn }) => {
        const z = [0.5, -1.5, 2, 0];
        for (const c of [-500, 500]) {
          const shifted = fn(z.map((v) => v + c), 3) as number;
          if (!(Math.abs(shifted - (got as number)) <= 1e-11)) return `with ${c} added to every logit the loss is ${shifted}, not ${String(got)}`;
        }
        return null;
      },
      hint: 'Softmax ignores a common shift of the logits, so the loss must too. If only the shifted cases fail, an exponential overflows or underflows.',
    },
  ],
});
