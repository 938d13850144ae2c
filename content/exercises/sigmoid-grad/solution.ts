/**
 * σ(x) = 1 / (1 + e^(−x)), computed so that the exponent is never positive.
 * Example: `sigmoid(0)` is 0.5.
 */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x); // x < 0: e^x is in (0, 1), no overflow
  return e / (1 + e);
}

/**
 * σ'(x) = e^(−|x|) / (1 + e^(−|x|))², valid for both signs because σ' is even.
 * Unlike σ(x)(1 − σ(x)), it never subtracts from 1, so σ'(40) keeps its digits instead of
 * rounding to 0; and e^(−|x|) lies in (0, 1], so nothing overflows at x = −1000.
 * Domain: every double; the result is in [0, 1/4].
 * Example: `sigmoidGrad(0)` is 0.25 and `sigmoidGrad(40)` is 4.248354255291589e-18.
 */
export function sigmoidGrad(x: number): number {
  const z = Math.exp(-Math.abs(x));
  const d = 1 + z;
  return z / (d * d);
}
