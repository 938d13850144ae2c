/**
 * Log-sum-exp, LSE(z) = log(Σ_j e^(z_j)), computed as m + log(Σ_j e^(z_j − m)) with m = max_j z_j:
 * every exponent is at most 0, so nothing overflows, and the sum is at least 1 (the term of the
 * maximum), so the logarithm never sees 0. Empty input or all entries −∞: the sum is 0, LSE is −∞.
 */
export function logSumExp(xs: number[]): number {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  // Without this guard, −∞ − (−∞) would be NaN; an empty sum has logarithm −∞.
  if (m === -Infinity) return -Infinity;
  let sum = 0;
  for (const x of xs) sum += Math.exp(x - m);
  return m + Math.log(sum);
}
