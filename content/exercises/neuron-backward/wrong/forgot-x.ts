// Forgets the multiply node's local derivative: every weight gets p − y, without the factor x_i.
export function neuronBackward(w: number[], b: number, x: number[], y: number): { dw: number[]; db: number } {
  let z = b;
  for (let i = 0; i < w.length; i++) z += w[i]! * x[i]!;
  const p = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  return { dw: w.map(() => p - y), db: p - y };
}
