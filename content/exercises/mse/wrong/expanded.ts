// Expands (ŷ − y)² into ŷ² − 2ŷy + y²: exact on paper, catastrophic cancellation for large targets.
export function mse(yTrue: number[], yPred: number[]): number {
  let pp = 0;
  let py = 0;
  let yy = 0;
  for (let i = 0; i < yTrue.length; i++) {
    pp += yPred[i]! * yPred[i]!;
    py += yPred[i]! * yTrue[i]!;
    yy += yTrue[i]! * yTrue[i]!;
  }
  return (pp - 2 * py + yy) / yTrue.length;
}
