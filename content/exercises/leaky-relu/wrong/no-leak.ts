// Plain ReLU: the leak is forgotten, negative inputs give 0 instead of alpha · x.
export function leakyRelu(x: number, alpha = 0.01): number {
  return x > 0 ? x : 0;
}
