/**
 * The logistic sigmoid, σ(x) = 1 / (1 + e^(−x)), stable for every x (you may keep this one).
 * Example: `sigmoid(0)` is 0.5.
 */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/**
 * The derivative σ'(x) = σ(x)(1 − σ(x)).
 * It must keep its digits in both tails (σ'(40) ≈ 4.248e-18, not 0) and return 0, never NaN, at x = ±1000.
 * Example: `sigmoidGrad(0)` is 0.25.
 */
export function sigmoidGrad(x: number): number {
  // Your code here.
  return 0;
}
