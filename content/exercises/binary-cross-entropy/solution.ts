const EPS = 1e-7;

/**
 * Mean binary cross-entropy of probabilities p_i against labels y_i ∈ {0, 1}, with each p clipped
 * to [1e-7, 1 − 1e-7] so that neither logarithm sees 0: every term is at most −log(1e-7) ≈ 16.12.
 * Empty arrays give 0/0 = NaN.
 */
export function binaryCrossEntropy(yTrue: number[], pPred: number[]): number {
  const n = yTrue.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const y = yTrue[i]!;
    const p = Math.min(Math.max(pPred[i]!, EPS), 1 - EPS);
    // log1p(−p) is log(1 − p) without first rounding 1 − p.
    sum -= y * Math.log(p) + (1 - y) * Math.log1p(-p);
  }
  return sum / n;
}
