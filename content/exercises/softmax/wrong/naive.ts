// The formula as written: e^(1002) is Infinity (Infinity / Infinity = NaN), and e^(−998) is 0 (0 / 0 = NaN).
export function softmax(logits: number[]): number[] {
  const e = logits.map((z) => Math.exp(z));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
