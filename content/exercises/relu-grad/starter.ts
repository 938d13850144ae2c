/** ReLU(x) = max(0, x) (you may keep this one). Example: `relu(-3)` is 0. */
export function relu(x: number): number {
  return x > 0 ? x : 0;
}

/**
 * The derivative of ReLU: 1 for x > 0, 0 for x < 0, and at x = 0 any value in [0, 1]
 * (this course uses 0).
 * Example: `reluGrad(2)` is 1.
 */
export function reluGrad(x: number): number {
  // Your code here.
  return 0;
}
