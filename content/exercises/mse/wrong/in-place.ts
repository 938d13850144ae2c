// Stores the residuals in yPred to save an array: the caller's predictions are overwritten.
export function mse(yTrue: number[], yPred: number[]): number {
  let sum = 0;
  for (let i = 0; i < yTrue.length; i++) {
    yPred[i] = yPred[i]! - yTrue[i]!;
    sum += yPred[i]! * yPred[i]!;
  }
  return sum / yTrue.length;
}
