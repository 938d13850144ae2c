// Shifts by the first entry instead of the largest: e^(z_j − z_0) still overflows when a later entry is much larger.
export function logSumExp(xs: number[]): number {
  const c = xs[0] ?? 0;
  let sum = 0;
  for (const x of xs) sum += Math.exp(x - c);
  return c + Math.log(sum);
}
