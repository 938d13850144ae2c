// A stable softmax first, then −log p_y: a probability of e^(−800) underflows to 0 and −log 0 = Infinity.
export function softmaxCrossEntropy(logits: number[], label: number): number {
  const m = Math.max(...logits);
  const e = logits.map((z) => Math.exp(z - m));
  const sum = e.reduce((a, b) => a + b, 0);
  return -Math.log(e[label]! / sum);
}
