/**
 * Cross-entropy of one example from its logits: L = LSE(z) − z_y, where
 * LSE(z) = m + log Σ_j e^(z_j − m) with m = max_j z_j. Written as (m − z_y) + log Σ_j e^(z_j − m):
 * no exponent is positive, the sum is at least 1, and no probability is ever formed, so a class with
 * probability e^(−800) still gets its finite loss of 800.
 */
export function softmaxCrossEntropy(logits: number[], label: number): number {
  let m = -Infinity;
  for (const z of logits) if (z > m) m = z;
  let sum = 0;
  for (const z of logits) sum += Math.exp(z - m);
  return m - logits[label]! + Math.log(sum);
}
