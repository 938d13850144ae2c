// Forgets to divide by the sum: the shifted exponentials e^(z_i − m) are not probabilities.
export function softmax(logits: number[]): number[] {
  const m = Math.max(...logits);
  return logits.map((z) => Math.exp(z - m));
}
