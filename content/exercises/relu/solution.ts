/**
 * ReLU(x) = max(0, x). Written as a comparison rather than Math.max(0, x) so that the kernel's
 * convention reads off the code: x > 0 passes x, everything else (0, negatives) gives 0.
 * Domain: every double, ±Infinity included.
 * Example: `relu(3)` is 3 and `relu(-3)` is 0.
 */
export function relu(x: number): number {
  return x > 0 ? x : 0;
}
