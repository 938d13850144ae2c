/**
 * softmax(z)_i = e^(z_i) / Σ_j e^(z_j), as a new array. It must not overflow for large or very
 * negative logits, and must not modify `logits`.
 * Example: `softmax([2, 1, 0.1])` is about [0.6590, 0.2424, 0.09857].
 */
export function softmax(logits: number[]): number[] {
  // Your code here.
  return logits.map(() => 0);
}
