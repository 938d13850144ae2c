// No clipping: log(0) = −Infinity gives an infinite loss, and 0 · log 0 = 0 · (−Infinity) is NaN.
export function binaryCrossEntropy(yTrue: number[], pPred: number[]): number {
  let sum = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const y = yTrue[i]!;
    const p = pPred[i]!;
    sum -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
  }
  return sum / yTrue.length;
}
