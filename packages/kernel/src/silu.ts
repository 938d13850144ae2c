import { sigmoid } from './sigmoid.ts';

/**
 * SiLU (also called Swish with beta = 1), x sigma(x). Smooth, non-monotonic, range
 * [-0.2784645427610738, inf). Example: `silu(1)` is 0.7310585786300049.
 */
export function silu(x: number): number {
  if (x === -Infinity) return 0; // the limit; -inf * 0 would be NaN
  return x * sigmoid(x);
}

/**
 * SiLU's derivative, sigma(x) (1 + x sigma(-x)). Range about [-0.0998, 1.0998].
 * Relative error is below 1e-12 except next to its zero at x = -1.2784645427610737, where any
 * double evaluation is off by ~1e-17 absolute (the two terms of 1 + x sigma(-x) cancel).
 * Example: `siluGrad(0)` is 0.5.
 */
export function siluGrad(x: number): number {
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  // sigma(-x) rather than 1 - sigma(x): the latter is 0 for x > 37 and the product would be lost.
  return sigmoid(x) * (1 + x * sigmoid(-x));
}
