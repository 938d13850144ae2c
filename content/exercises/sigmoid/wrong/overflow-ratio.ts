// The "other" textbook form, e^x / (1 + e^x), used for every x: Infinity / Infinity = NaN at x = 1000.
export function sigmoid(x: number): number {
  const e = Math.exp(x);
  return e / (1 + e);
}
