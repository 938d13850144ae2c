// Clamping the input to [−30, 30] "to be safe" returns wrong values in the tails (σ(−40) ≠ σ(−30)).
export function sigmoid(x: number): number {
  const t = Math.min(30, Math.max(-30, x));
  return 1 / (1 + Math.exp(-t));
}
