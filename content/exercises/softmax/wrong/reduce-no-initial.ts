// The maximum by reduce without an initial value: right for every non-empty array, but throws on [].
export function softmax(logits: number[]): number[] {
  const m = logits.reduce((a, b) => Math.max(a, b));
  const e = logits.map((z) => Math.exp(z - m));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
