import { defineExercise } from '@nonlinear/grader';

// Expected values: mpmath at 60 digits on the exact double inputs, with the clipping bounds taken
// as the doubles 1e-7 and 1 − 1e-7, rounded to the nearest double. Where p is clipped at the top,
// 1 − p̃ is the double 1 − (1 − 1e-7) ≈ 9.9999999947e-8, not exactly 1e-7: writing the clip as
// log(1e-7) directly differs by about 5e-10 relative, so those tests allow 1e-9 or 1e-8 relative.
const clipped = { rel: 1e-9 };
const tiny = { rel: 1e-8 };

/** 10,000 examples, alternating label 1 with p = 0.75 and label 0 with p = 0.25: each term is −log 0.75. */
const n = 10_000;
const longY = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 1 : 0));
const longP = longY.map((y) => (y === 1 ? 0.75 : 0.25));

export default defineExercise({
  id: 'binary-cross-entropy',
  title: 'Binary cross-entropy that never returns Infinity',
  chapter: 'losses',
  exportName: 'binaryCrossEntropy',
  signature: 'export function binaryCrossEntropy(yTrue: number[], pPred: number[]): number',
  hints: [
    'Evaluate the formula by hand for p = 0 with label 1, and for p = 1 with label 1. Which logarithm sees 0, and what is 0 · (−Infinity) in JavaScript?',
    'Clip every probability before any logarithm: p̃ = Math.min(Math.max(p, 1e-7), 1 − 1e-7). Both sides matter, because log(1 − p̃) needs p̃ below 1.',
    'Add up −[y log p̃ + (1 − y) log(1 − p̃)] over the examples with the natural log (Math.log), then divide by the number of examples.',
  ],
  tests: [
    {
      name: 'binaryCrossEntropy([1, 0, 1, 0], [0.9, 0.2, 0.6, 0.4]) is 0.3375388286260044',
      args: [[1, 0, 1, 0], [0.9, 0.2, 0.6, 0.4]],
      expected: 0.3375388286260044,
      hint: 'Label 1 costs −log p, label 0 costs −log(1 − p), with Math.log (natural log). The loss is positive: check the minus sign, and divide by n.',
    },
    {
      name: 'binaryCrossEntropy([1], [0.5]) is log 2',
      args: [[1], [0.5]],
      expected: 0.6931471805599453,
      hint: 'A guess of 1/2 costs −log(1/2) = log 2 ≈ 0.693 in natural log (1 in log base 2).',
    },
    {
      name: 'binaryCrossEntropy([1], [0]) is −log(1e-7) ≈ 16.12, not Infinity',
      args: [[1], [0]],
      expected: 16.11809565095832,
      tolerance: clipped,
      hint: 'log 0 is −Infinity. Clip p to at least 1e-7 before taking its log.',
    },
    {
      name: 'binaryCrossEntropy([0], [1]) is about 16.12, not Infinity',
      args: [[0], [1]],
      expected: 16.118095651484676,
      tolerance: clipped,
      hint: 'With label 0 the loss is −log(1 − p), and 1 − 1 = 0. Clip p to at most 1 − 1e-7 too, not only to at least 1e-7.',
    },
    {
      name: 'binaryCrossEntropy([1], [1]) is about 1e-7, not NaN',
      args: [[1], [1]],
      expected: 1.0000000494736474e-7,
      tolerance: tiny,
      hint: 'Unclipped, the label-0 term is 0 · log(1 − 1) = 0 · (−Infinity) = NaN. Clip p to 1 − 1e-7 first; then the loss is −log(1 − 1e-7) ≈ 1e-7.',
    },
    {
      name: 'binaryCrossEntropy([0], [0]) is about 1e-7, not NaN',
      args: [[0], [0]],
      expected: 1.0000000500000033e-7,
      tolerance: tiny,
      hint: 'Unclipped, the label-1 term is 0 · log 0 = NaN. Clip p to 1e-7 first; then the loss is −log(1 − 1e-7) ≈ 1e-7.',
    },
    {
      name: 'binaryCrossEntropy([1, 1], [0, 1]) is 8.0590... (the chapter’s example)',
      args: [[1, 1], [0, 1]],
      expected: 8.059047875479163,
      tolerance: clipped,
      hint: 'The two terms are about 16.118 and 1e-7; their mean is about 8.059.',
    },
    {
      name: 'probabilities beyond the clip range are clipped: p = 1e-9 and 1 − 1e-9 both cost about 16.12',
      args: [[1, 0], [1e-9, 1 - 1e-9]],
      expected: 16.1180956512215,
      tolerance: clipped,
      hint: 'The clip bound is exactly 1e-7: −log(1e-9) ≈ 20.7 means no clipping (or a smaller ε), and about 100 means a clamp of the log at −100 instead of a clip of p.',
    },
    {
      name: 'probabilities inside the clip range are used as they are: p = 1e-6 and 0.999999',
      args: [[1, 0], [1e-6, 0.999999]],
      expected: 13.815510557949896,
      hint: 'Only probabilities below 1e-7 or above 1 − 1e-7 are moved. A larger ε (such as 1e-5) changes these values too.',
    },
    {
      name: 'binaryCrossEntropy of 10,000 examples each costing −log 0.75 is 0.2876820724517809 (a mean)',
      args: [longY, longP],
      expected: 0.2876820724517809,
      hint: 'Every example costs −log 0.75 ≈ 0.2877, so their mean is the same. About 2877 is the sum: divide by the number of examples.',
    },
    {
      name: 'binaryCrossEntropy([], []) is NaN (the mean of nothing is 0/0)',
      args: [[], []],
      expected: Number.NaN,
      hint: 'With no examples the sum is 0 and n is 0, so the mean is 0/0 = NaN. Start the sum at 0 (reduce without an initial value throws on an empty array).',
    },
  ],
});
