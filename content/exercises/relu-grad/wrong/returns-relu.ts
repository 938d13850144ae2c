// Returns ReLU itself, max(0, x), instead of its slope.
export function reluGrad(x: number): number {
  return Math.max(0, x);
}
