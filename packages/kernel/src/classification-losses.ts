import { checkPairs } from './check.ts';
import { sigmoid } from './sigmoid.ts';
import { softplus } from './softplus.ts';
import { logSoftmax, maxAndRest, softmax } from './softmax.ts';

function checkEps(eps: number): void {
  if (!(eps >= 0 && eps < 0.5)) throw new RangeError(`binaryCrossEntropy: eps must be in [0, 0.5), got ${eps}`);
}

/**
 * Mean binary cross-entropy of probabilities, -(1/n) sum_i [y_i log p_i + (1 - y_i) log(1 - p_i)],
 * with each p clipped to [eps, 1 - eps] so that a confident mistake costs -log(eps) instead of
 * Infinity. Prefer `bceWithLogits` when you have the logit: it needs no clipping.
 * Example: `binaryCrossEntropy([1], [0.9])` is 0.1053605156578263.
 */
export function binaryCrossEntropy(yTrue: ArrayLike<number>, pPred: ArrayLike<number>, eps = 1e-7): number {
  const n = checkPairs('binaryCrossEntropy', yTrue, pPred);
  checkEps(eps);
  let s = 0;
  for (let i = 0; i < n; i++) {
    const y = yTrue[i]!;
    const p = Math.min(1 - eps, Math.max(eps, pPred[i]!));
    // Skip a term whose weight is 0 so that 0 * log(0) cannot become NaN when eps = 0.
    if (y !== 0) s -= y * Math.log(p);
    if (y !== 1) s -= (1 - y) * Math.log1p(-p);
  }
  return s / n;
}

/**
 * d binaryCrossEntropy / d pPred_i = (p_i - y_i) / (p_i (1 - p_i)) / n inside [eps, 1 - eps];
 * 0 outside, where the clip holds the loss constant.
 * Example: `binaryCrossEntropyGrad([1], [0.5])` is [-2].
 */
export function binaryCrossEntropyGrad(
  yTrue: ArrayLike<number>,
  pPred: ArrayLike<number>,
  eps = 1e-7,
): Float64Array {
  const n = checkPairs('binaryCrossEntropyGrad', yTrue, pPred);
  checkEps(eps);
  const g = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = pPred[i]!;
    g[i] = p < eps || p > 1 - eps ? 0 : (p - yTrue[i]!) / (p * (1 - p)) / n;
  }
  return g;
}

/**
 * Mean binary cross-entropy of sigmoid(logits), computed from the logits z without forming
 * sigmoid(z): per example y softplus(-z) + (1 - y) softplus(z), finite for every finite z.
 * Example: `bceWithLogits([1], [-800])` is 800 (a probability would have rounded to 0).
 */
export function bceWithLogits(yTrue: ArrayLike<number>, logits: ArrayLike<number>): number {
  const n = checkPairs('bceWithLogits', yTrue, logits);
  let s = 0;
  for (let i = 0; i < n; i++) {
    const y = yTrue[i]!;
    const z = logits[i]!;
    if (y !== 0) s += y * softplus(-z);
    if (y !== 1) s += (1 - y) * softplus(z);
  }
  return s / n;
}

/**
 * d bceWithLogits / d z_i = (sigmoid(z_i) - y_i) / n: the clean gradient that makes
 * cross-entropy the partner of a sigmoid output. Computed as ((1 - y) sigma(z) - y sigma(-z)) / n,
 * which keeps its digits when sigma(z) is close to y.
 * Example: `bceWithLogitsGrad([1, 0], [0, 0])` is [-0.25, 0.25].
 */
export function bceWithLogitsGrad(yTrue: ArrayLike<number>, logits: ArrayLike<number>): Float64Array {
  const n = checkPairs('bceWithLogitsGrad', yTrue, logits);
  const g = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const y = yTrue[i]!;
    const z = logits[i]!;
    g[i] = ((y !== 1 ? (1 - y) * sigmoid(z) : 0) - (y !== 0 ? y * sigmoid(-z) : 0)) / n;
  }
  return g;
}

function checkLabel(fn: string, logits: ArrayLike<number>, label: number): void {
  if (!(Number.isInteger(label) && label >= 0 && label < logits.length)) {
    throw new RangeError(`${fn}: label must be an integer in [0, ${logits.length - 1}], got ${label}`);
  }
}

/**
 * Cross-entropy of softmax(logits) against the class `label`, -log softmax(logits)_label
 * = logSumExp(logits) - logits[label], for one example. Never overflows and never takes log(0).
 * Example: `softmaxCrossEntropy([0, 0], 1)` is log 2 = 0.6931471805599453.
 */
export function softmaxCrossEntropy(logits: ArrayLike<number>, label: number): number {
  checkLabel('softmaxCrossEntropy', logits, label);
  const { max, rest } = maxAndRest(logits);
  const zl = logits[label]!;
  if (max === Infinity) return -logSoftmax(logits)[label]!; // the limit: log k or Infinity
  // Both terms are >= 0, so the sum cannot cancel.
  return Math.log1p(rest) + (max - zl);
}

/**
 * d softmaxCrossEntropy / d logits = softmax(logits) - onehot(label). The label's entry is
 * computed as -(sum of the other probabilities), which keeps its digits when p_label is near 1.
 * Example: `softmaxCrossEntropyGrad([0, 0], 1)` is [0.5, -0.5].
 */
export function softmaxCrossEntropyGrad(logits: ArrayLike<number>, label: number): Float64Array {
  checkLabel('softmaxCrossEntropyGrad', logits, label);
  const g = softmax(logits);
  let others = 0;
  for (let j = 0; j < g.length; j++) if (j !== label) others += g[j]!;
  g[label] = -others;
  return g;
}
