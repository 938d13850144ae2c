/**
 * The logistic sigmoid, σ(x) = 1 / (1 + e^(−x)), stable for every x (you may keep this one).
 */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/**
 * The derivative σ'(x) = σ(x)(1 − σ(x)).
 * It must keep its digits in both tails (σ'(40) ≈ 4.248e-18, not 0) and return 0, never NaN, at x = ±1000.
 */
export function sigmoidGrad(x: number): number {
  // Your code here.
  return 0;
}
