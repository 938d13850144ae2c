/**
 * Leaky ReLU: x for x > 0, and alpha · x for x ≤ 0, with alpha defaulting to 0.01.
 * Example: `leakyRelu(-2)` is −0.02 and `leakyRelu(-2, 0.2)` is −0.4.
 */
export function leakyRelu(x: number, alpha = 0.01): number {
  // Your code here.
  return x > 0 ? x : 0;
}
