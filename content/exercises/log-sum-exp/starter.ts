/**
 * Log-sum-exp: LSE(z) = log(Σ_j e^(z_j)), a smooth maximum of the entries.
 * It must not overflow for large entries (1000, 1000) nor underflow for very negative ones;
 * it is -Infinity for an empty array. Leave `xs` unchanged.
 */
export function logSumExp(xs: number[]): number {
  // Your code here.
  return 0;
}
