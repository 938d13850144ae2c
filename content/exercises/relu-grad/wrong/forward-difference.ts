// A numerical slope (relu(x + h) − relu(x)) / h: only approximate, and wrong within h of the corner.
export function relu(x: number): number {
  return x > 0 ? x : 0;
}

export function reluGrad(x: number): number {
  const h = 1e-6;
  return (relu(x + h) - relu(x)) / h;
}
