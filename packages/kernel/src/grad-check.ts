/** A scalar function together with the derivative it claims to have. */
export interface Differentiable {
  readonly fn: (x: number) => number;
  readonly grad: (x: number) => number;
}

/** cbrt(machine epsilon): the step that balances rounding and truncation in central differences. */
const CBRT_EPS = 6.0554544523933395e-6; // Math.cbrt(Number.EPSILON), written out: no work at import

/**
 * Checks `f.grad` against central finite differences of `f.fn` at each point of `x`:
 * numeric = (fn(x + h) - fn(x - h)) / (2h). Returns the largest error
 * |grad - numeric| / max(1, |grad|, |numeric|): relative for derivatives above 1 in size,
 * absolute below, so that a derivative near 0 is not judged by its last few digits.
 * The default step is h = cbrt(eps) max(1, |x|) (about 6e-6); a correct derivative of a smooth
 * function then scores about 1e-10, a wrong one about its relative mistake. Points within h of a
 * kink (ReLU at 0) measure the kink, not the derivative.
 * Example: `gradCheck({ fn: Math.sin, grad: Math.cos }, [0, 1, 2])` is below 1e-9.
 */
export function gradCheck(f: Differentiable, x: number | ArrayLike<number>, h?: number): number {
  const points: ArrayLike<number> = typeof x === 'number' ? [x] : x;
  let worst = 0;
  for (let i = 0; i < points.length; i++) {
    const xi = points[i]!;
    const step = h ?? CBRT_EPS * Math.max(1, Math.abs(xi));
    // Use the steps actually representable around xi, so the divisor is exact.
    const hi = xi + step;
    const lo = xi - step;
    const numeric = (f.fn(hi) - f.fn(lo)) / (hi - lo);
    const analytic = f.grad(xi);
    const err = Math.abs(analytic - numeric) / Math.max(1, Math.abs(analytic), Math.abs(numeric));
    // A NaN anywhere is a failure, not something Math.max would quietly drop.
    if (!(err <= worst)) worst = Number.isNaN(err) ? Infinity : err;
  }
  return worst;
}
