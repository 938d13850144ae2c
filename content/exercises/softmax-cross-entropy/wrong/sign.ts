// A sign error: z_y − LSE(z) is the log-probability, not the loss (it is never positive).
export function softmaxCrossEntropy(logits: number[], label: number): number {
  const m = Math.max(...logits);
  let sum = 0;
  for (const z of logits) sum += Math.exp(z - m);
  return logits[label]! - (m + Math.log(sum));
}
