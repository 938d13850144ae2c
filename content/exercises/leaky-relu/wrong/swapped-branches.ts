// Branches swapped: the positive side is scaled by alpha and the negative side passes through.
export function leakyRelu(x: number, alpha = 0.01): number {
  return x > 0 ? alpha * x : x;
}
