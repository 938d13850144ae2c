/** σ(z) = 1 / (1 + e^(−z)) with an exponent that is never positive, accurate in both tails. */
function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * Gradients of L = −[y log p + (1 − y) log(1 − p)], p = σ(w·x + b), with respect to w and b.
 * The loss node and the sigmoid node are fused: ∂L/∂z = p − y, so no 1/(p(1 − p)) factor can
 * become 0/0 when p rounds to 0 or 1. Then ∂L/∂w_i = (p − y) x_i and ∂L/∂b = p − y.
 */
export function neuronBackward(w: number[], b: number, x: number[], y: number): { dw: number[]; db: number } {
  let z = b;
  for (let i = 0; i < w.length; i++) z += w[i]! * x[i]!;
  const dz = sigmoid(z) - y;
  return { dw: x.map((xi) => dz * xi), db: dz };
}
