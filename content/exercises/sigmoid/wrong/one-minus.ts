// 1 − σ(−x): right in exact arithmetic, but the subtraction wipes out tiny values in the left tail.
export function sigmoid(x: number): number {
  return 1 - 1 / (1 + Math.exp(x));
}
