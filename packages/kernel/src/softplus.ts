import { sigmoid } from './sigmoid.ts';

/**
 * Softplus, log(1 + e^x): a smooth ReLU. Range (0, inf).
 * Example: `softplus(-40)` is 4.248354255291589e-18 and `softplus(1000)` is 1000, where
 * log(1 + exp(x)) gives 0 and Infinity.
 */
export function softplus(x: number): number {
  // log(1 + e^x) = x + log(1 + e^(-x)): the exponent stays <= 0, so nothing overflows, and
  // log1p keeps the digits of the tiny left tail.
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/** Softplus's derivative is the sigmoid. Example: `softplusGrad(0)` is 0.5. */
export function softplusGrad(x: number): number {
  return sigmoid(x);
}
