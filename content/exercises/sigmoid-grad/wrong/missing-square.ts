// A forgotten square in the quotient rule's denominator: e^(−|x|) / (1 + e^(−|x|)) is σ(−|x|), not σ'.
export function sigmoidGrad(x: number): number {
  const z = Math.exp(-Math.abs(x));
  return z / (1 + z);
}
