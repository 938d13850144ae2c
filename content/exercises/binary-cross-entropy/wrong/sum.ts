// Sum instead of mean: the loss (and its gradient) grows with the number of examples.
export function binaryCrossEntropy(yTrue: number[], pPred: number[]): number {
  let sum = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const y = yTrue[i]!;
    const p = Math.min(Math.max(pPred[i]!, 1e-7), 1 - 1e-7);
    sum -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
  }
  return sum;
}
