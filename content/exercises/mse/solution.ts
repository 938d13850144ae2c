/**
 * Mean squared error, (1/n) Σ_i (ŷ_i − y_i)², for arrays of equal length n. Each residual is formed
 * before squaring, so large targets with small errors lose no digits. Empty arrays give 0/0 = NaN.
 */
export function mse(yTrue: number[], yPred: number[]): number {
  const n = yTrue.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const r = yPred[i]! - yTrue[i]!;
    sum += r * r;
  }
  return sum / n;
}
