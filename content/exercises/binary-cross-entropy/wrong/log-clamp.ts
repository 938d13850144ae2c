// PyTorch BCELoss's convention, clamping each log at −100 instead of clipping p: p = 0 with label 1 costs 100, not 16.12.
export function binaryCrossEntropy(yTrue: number[], pPred: number[]): number {
  let sum = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const y = yTrue[i]!;
    const p = pPred[i]!;
    sum -= y * Math.max(Math.log(p), -100) + (1 - y) * Math.max(Math.log(1 - p), -100);
  }
  return sum / yTrue.length;
}
