// Stable, but shifts the caller's array in place (logits[i] -= m): the logits the backward pass needs are gone.
export function softmax(logits: number[]): number[] {
  const m = Math.max(...logits);
  for (let i = 0; i < logits.length; i++) logits[i] = logits[i]! - m;
  const e = logits.map((z) => Math.exp(z));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
