/**
 * The logistic sigmoid, σ(x) = 1 / (1 + e^(−x)).
 * It must return a number in [0, 1] for every finite x, including x = ±1000, never NaN.
 */
export function sigmoid(x: number): number {
  // Your code here.
  return 0;
}
