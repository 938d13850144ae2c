// Shifts by the smallest logit instead of the largest: every exponent is ≥ 0, and e^(2000) overflows.
export function softmax(logits: number[]): number[] {
  const m = Math.min(...logits);
  const e = logits.map((z) => Math.exp(z - m));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
