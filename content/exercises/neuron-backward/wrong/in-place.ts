// Scales x in place and returns it as dw: the gradient is right, but the caller's input is overwritten.
export function neuronBackward(w: number[], b: number, x: number[], y: number): { dw: number[]; db: number } {
  let z = b;
  for (let i = 0; i < w.length; i++) z += w[i]! * x[i]!;
  const p = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  for (let i = 0; i < x.length; i++) x[i] = (p - y) * x[i]!;
  return { dw: x, db: p - y };
}
