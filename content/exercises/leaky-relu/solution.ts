/**
 * LeakyReLU_α(x) = x for x > 0, α x for x ≤ 0 (default α = 0.01).
 * A comparison rather than Math.max(alpha * x, x): the two agree only for 0 ≤ α ≤ 1, and the
 * piecewise form says what the function is for any α.
 * Domain: every double x, 0 ≤ α ≤ 1.
 * Example: `leakyRelu(-2)` is −0.02, `leakyRelu(-2, 0.2)` is −0.4 and `leakyRelu(3)` is 3.
 */
export function leakyRelu(x: number, alpha = 0.01): number {
  return x > 0 ? x : alpha * x;
}
