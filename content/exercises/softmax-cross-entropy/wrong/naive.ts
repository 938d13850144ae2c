// The textbook formula, −log(e^(z_y) / Σ e^(z_j)): e^1002 overflows and Infinity / Infinity is NaN.
export function softmaxCrossEntropy(logits: number[], label: number): number {
  let sum = 0;
  for (const z of logits) sum += Math.exp(z);
  return -Math.log(Math.exp(logits[label]!) / sum);
}
