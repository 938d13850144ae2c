// The wrong default slope, 0.1 instead of 0.01.
export function leakyRelu(x: number, alpha = 0.1): number {
  return x > 0 ? x : alpha * x;
}
