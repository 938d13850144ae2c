/**
 * Mean binary cross-entropy: −(1/n) Σ_i [y_i log p̃_i + (1 − y_i) log(1 − p̃_i)], labels y_i ∈ {0, 1},
 * with each probability clipped, p̃ = min(max(p, 1e-7), 1 − 1e-7). Finite for p = 0 and p = 1;
 * NaN for empty arrays. Leave both arrays unchanged.
 */
export function binaryCrossEntropy(yTrue: number[], pPred: number[]): number {
  // Your code here.
  return 0;
}
