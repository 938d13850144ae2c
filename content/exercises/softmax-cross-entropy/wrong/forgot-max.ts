// Shifts by the maximum inside the sum but never adds it back: log Σ e^(z_j − m) − z_y is off by m.
export function softmaxCrossEntropy(logits: number[], label: number): number {
  const m = Math.max(...logits);
  let sum = 0;
  for (const z of logits) sum += Math.exp(z - m);
  return Math.log(sum) - logits[label]!;
}
