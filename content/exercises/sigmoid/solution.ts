/** σ(x) = 1 / (1 + e^(−x)), computed so that the exponent is never positive. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x); // x < 0: e^x is in (0, 1), no overflow
  return e / (1 + e);
}
