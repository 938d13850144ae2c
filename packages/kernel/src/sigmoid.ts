/**
 * The logistic sigmoid, sigma(x) = 1 / (1 + e^(-x)).
 * Range (0, 1); sigma(0) = 1/2; sigma(-x) = 1 - sigma(x).
 * Example: `sigmoid(2)` is 0.8807970779778824; `sigmoid(-800)` is 0, the nearest double.
 */
export function sigmoid(x: number): number {
  // For x < 0, e^(-x) overflows (x < -709) long before sigma underflows; e^x / (1 + e^x) never
  // overflows and keeps full relative accuracy in the left tail.
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/**
 * The sigmoid's derivative, sigma'(x) = sigma(x) sigma(-x) = e^(-|x|) / (1 + e^(-|x|))^2.
 * Range (0, 1/4], the peak at x = 0.
 * Example: `sigmoidGrad(0)` is 0.25; `sigmoidGrad(40)` is 4.248354255291589e-18, where the
 * textbook sigma(1 - sigma) gives 0 because sigma(40) rounds to 1.
 */
export function sigmoidGrad(x: number): number {
  const e = Math.exp(-Math.abs(x));
  const d = 1 + e;
  return e / (d * d);
}

/**
 * The log of the sigmoid, log sigma(x) = -softplus(-x), finite where log(sigmoid(x)) is log(0).
 * Range (-inf, 0). Example: `logSigmoid(-800)` is -800.
 */
export function logSigmoid(x: number): number {
  return x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
}
