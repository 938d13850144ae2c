// Goes through ∂L/∂p and then σ' separately: right for moderate z, but 1/0 · 0 = NaN once p rounds to 0 or 1.
export function neuronBackward(w: number[], b: number, x: number[], y: number): { dw: number[]; db: number } {
  let z = b;
  for (let i = 0; i < w.length; i++) z += w[i]! * x[i]!;
  const p = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  const dp = -y / p + (1 - y) / (1 - p);
  const dz = dp * p * (1 - p);
  return { dw: x.map((xi) => dz * xi), db: dz };
}
