// Subtracts the maximum inside the sum but forgets to add it back: this is LSE(z) − max z.
export function logSumExp(xs: number[]): number {
  const m = Math.max(...xs);
  let sum = 0;
  for (const x of xs) sum += Math.exp(x - m);
  return Math.log(sum);
}
