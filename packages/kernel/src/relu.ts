/**
 * The identity, f(x) = x: a layer with no activation. Its derivative is 1.
 * Example: `identity(-3)` is -3.
 */
export function identity(x: number): number {
  return x;
}

/** The identity's derivative: 1 everywhere (NaN for NaN). Example: `identityGrad(-3)` is 1. */
export function identityGrad(x: number): number {
  return x === x ? 1 : Number.NaN;
}

/**
 * The rectified linear unit, ReLU(x) = max(0, x). Range [0, inf).
 * Example: `relu(-2)` is 0, `relu(3)` is 3.
 */
export function relu(x: number): number {
  return Math.max(0, x);
}

/**
 * ReLU's derivative: 0 for x < 0, 1 for x > 0, and 0 at x = 0. At the kink any value in [0, 1]
 * is a valid subgradient; 0 is the choice of PyTorch, TensorFlow and JAX, and ours.
 * Example: `reluGrad(0)` is 0, `reluGrad(0.5)` is 1.
 */
export function reluGrad(x: number): number {
  return x > 0 ? 1 : x <= 0 ? 0 : Number.NaN;
}

/**
 * Leaky ReLU, max(alpha x, x) for 0 < alpha < 1: a small slope for x < 0 so that no unit
 * stops learning for good. Range (-inf, inf). Example: `leakyRelu(-2)` is -0.02.
 */
export function leakyRelu(x: number, alpha = 0.01): number {
  return x > 0 ? x : alpha * x;
}

/**
 * Leaky ReLU's derivative: alpha for x <= 0 (the left derivative at the kink), 1 for x > 0.
 * Example: `leakyReluGrad(-5, 0.1)` is 0.1.
 */
export function leakyReluGrad(x: number, alpha = 0.01): number {
  return x > 0 ? 1 : x <= 0 ? alpha : Number.NaN;
}

/**
 * ReLU6, min(max(0, x), 6): ReLU capped at 6, as in MobileNet. Range [0, 6].
 * Example: `relu6(7.5)` is 6.
 */
export function relu6(x: number): number {
  return Math.min(Math.max(0, x), 6);
}

/** ReLU6's derivative: 1 on (0, 6), 0 elsewhere (0 at both kinks). Example: `relu6Grad(6)` is 0. */
export function relu6Grad(x: number): number {
  return x > 0 && x < 6 ? 1 : x === x ? 0 : Number.NaN;
}
