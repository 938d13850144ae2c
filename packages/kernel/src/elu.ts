/**
 * The exponential linear unit, ELU(x) = x for x > 0 and alpha (e^x - 1) for x <= 0.
 * Range (-alpha, inf): negative outputs pull the mean activation towards zero.
 * Example: `elu(-1e-8)` is -9.999999950000001e-9 (e^x - 1 is computed with expm1, which keeps the digits
 * that 1 - 1 would cancel).
 */
export function elu(x: number, alpha = 1): number {
  return x > 0 ? x : alpha * Math.expm1(x);
}

/**
 * ELU's derivative: 1 for x > 0 and alpha e^x for x <= 0 (continuous at 0 when alpha = 1).
 * Example: `eluGrad(-1)` is 0.36787944117144233.
 */
export function eluGrad(x: number, alpha = 1): number {
  return x > 0 ? 1 : alpha * Math.exp(x);
}
