import { normalCdf, normalPdf } from './erf.ts';

/**
 * GELU, the Gaussian error linear unit, x Phi(x) with Phi the standard normal CDF (the exact
 * form, not the tanh approximation). Range [-0.16997120747990366, inf).
 * Example: `gelu(1)` is 0.8413447460685429; `gelu(-10)` is -7.619853024160526e-23, which needs
 * erfc accurate in its tail (1 - erf would give 0).
 */
export function gelu(x: number): number {
  if (x === -Infinity) return 0; // the limit; -inf * 0 would be NaN
  return x * normalCdf(x);
}

/**
 * GELU's derivative, Phi(x) + x phi(x) with phi the standard normal density.
 * Relative error is below 1e-12 except next to its zero at x = -0.7517915246935645, where the
 * two terms cancel and the error is ~1e-17 absolute.
 * Example: `geluGrad(0)` is 0.5.
 */
export function geluGrad(x: number): number {
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  return normalCdf(x) + x * normalPdf(x);
}
