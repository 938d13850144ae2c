/**
 * The hyperbolic tangent, tanh(x) = (1 − e^(−2x)) / (1 + e^(−2x)), built from Math.exp or Math.expm1
 * (not Math.tanh). It must return exactly ±1 at x = ±800 and keep its digits near 0.
 * Example: `tanh(1)` is 0.7615941559557649.
 */
export function tanh(x: number): number {
  // Your code here.
  return x;
}
