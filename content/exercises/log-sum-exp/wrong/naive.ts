// The formula as written: e^1000 overflows to Infinity, and e^(−1000) underflows to 0 (log 0 = −Infinity).
export function logSumExp(xs: number[]): number {
  let sum = 0;
  for (const x of xs) sum += Math.exp(x);
  return Math.log(sum);
}
