/**
 * The rectified linear unit, ReLU(x) = max(0, x): x for x > 0, and 0 for x ≤ 0.
 * Example: `relu(3)` is 3 and `relu(-3)` is 0.
 */
export function relu(x: number): number {
  // Your code here.
  return -x;
}
