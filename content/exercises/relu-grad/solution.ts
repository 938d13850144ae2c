/** ReLU(x) = max(0, x). Example: `relu(-3)` is 0. */
export function relu(x: number): number {
  return x > 0 ? x : 0;
}

/**
 * ReLU'(x) = 1 for x > 0, 0 for x < 0. At the corner x = 0 any value in [0, 1] is a subgradient;
 * `x > 0` picks 0, the convention of this course (and of PyTorch, TensorFlow and JAX): a unit
 * whose pre-activation is exactly 0 output 0, so it is treated as inactive.
 * Domain: every double; the result is exactly 0 or 1.
 * Example: `reluGrad(2)` is 1, `reluGrad(-2)` is 0 and `reluGrad(0)` is 0.
 */
export function reluGrad(x: number): number {
  return x > 0 ? 1 : 0;
}
