// Mixing up the derivatives: 1 − σ² is the pattern of tanh' = 1 − tanh², not of σ'.
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

export function sigmoidGrad(x: number): number {
  const s = sigmoid(x);
  return 1 - s * s;
}
