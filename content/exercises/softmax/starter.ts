/**
 * softmax(z)_i = e^(z_i) / Σ_j e^(z_j), as a new array. It must not overflow for large or very
 * negative logits, and must not modify `logits`.
 */
export function softmax(logits: number[]): number[] {
  // Your code here.
  return logits.map(() => 0);
}
