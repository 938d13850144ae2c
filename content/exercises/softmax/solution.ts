/**
 * softmax(z)_i = e^(z_i − m) / Σ_j e^(z_j − m) with m = max_j z_j, as a new array.
 * Subtracting m changes nothing mathematically (the factor e^(−m) cancels) but makes every
 * exponent ≤ 0, so no e^(…) overflows, and the largest term is e^0 = 1, so the sum is at least 1
 * and never 0. The input is only read.
 * Domain: finite logits, any length (the empty array gives the empty array).
 * Example: `softmax([2, 1, 0.1])` is about [0.6590, 0.2424, 0.09857], and so is `softmax([1002, 1001, 1000.1])`.
 */
export function softmax(logits: number[]): number[] {
  let m = -Infinity;
  for (const z of logits) if (z > m) m = z; // a loop, not Math.max(...logits): no argument-count limit
  const e = logits.map((z) => Math.exp(z - m));
  let sum = 0;
  for (const v of e) sum += v;
  return e.map((v) => v / sum);
}
