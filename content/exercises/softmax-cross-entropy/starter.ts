/**
 * Softmax cross-entropy of one example: L = −log softmax(z)[label] = LSE(z) − z[label],
 * with `label` an index from 0. It must stay finite for logits like (1002, 1001, 1000.1)
 * and (0, −800). Leave `logits` unchanged.
 */
export function softmaxCrossEntropy(logits: number[], label: number): number {
  // Your code here.
  return -1;
}
