// The textbook quotient with two exponentials: Infinity / Infinity = NaN at x = ±800, and cancellation near 0.
export function tanh(x: number): number {
  const a = Math.exp(x);
  const b = Math.exp(-x);
  return (a - b) / (a + b);
}
