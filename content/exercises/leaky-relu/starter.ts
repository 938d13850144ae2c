/**
 * Leaky ReLU: x for x > 0, and alpha · x for x ≤ 0, with alpha defaulting to 0.01.
 */
export function leakyRelu(x: number, alpha = 0.01): number {
  // Your code here.
  return x > 0 ? x : 0;
}
