// ReLU6, min(max(0, x), 6): a capped variant, not plain ReLU, which has no upper bound.
export function relu(x: number): number {
  return Math.min(Math.max(0, x), 6);
}
