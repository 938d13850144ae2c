// Defaulting with `alpha || 0.01`: a caller's alpha = 0 is falsy and silently becomes 0.01.
export function leakyRelu(x: number, alpha?: number): number {
  const a = alpha || 0.01;
  return x > 0 ? x : a * x;
}
