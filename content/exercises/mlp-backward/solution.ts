/**
 * Gradients of L = ½‖ŷ − y‖² for h = tanh(W1·x + b1), ŷ = W2·h + b2, with W1[j][i] from input i to
 * hidden unit j and W2[k][j] from hidden unit j to output k:
 *   δ2 = ŷ − y,  ∂L/∂W2 = δ2 hᵀ,  ∂L/∂b2 = δ2,
 *   δ1 = (W2ᵀ δ2) ⊙ (1 − h²),  ∂L/∂W1 = δ1 xᵀ,  ∂L/∂b1 = δ1.
 * The tanh derivative is taken from the stored output h, so a saturated unit (h = ±1) passes back 0.
 */
export function mlpBackward(
  p: { W1: number[][]; b1: number[]; W2: number[][]; b2: number[] },
  x: number[],
  y: number[],
): { dW1: number[][]; db1: number[]; dW2: number[][]; db2: number[] } {
  const { W1, b1, W2, b2 } = p;
  // Forward pass, keeping h for the backward pass.
  const h = W1.map((row, j) => Math.tanh(row.reduce((s, w, i) => s + w * x[i]!, b1[j]!)));
  const yHat = W2.map((row, k) => row.reduce((s, w, j) => s + w * h[j]!, b2[k]!));
  // Backward pass.
  const delta2 = yHat.map((v, k) => v - y[k]!);
  const delta1 = h.map((hj, j) => {
    let back = 0; // (W2ᵀ δ2)_j: every output k that unit j feeds sends back W2[k][j] δ2[k]
    for (let k = 0; k < W2.length; k++) back += W2[k]![j]! * delta2[k]!;
    return back * (1 - hj * hj);
  });
  return {
    dW1: delta1.map((d) => x.map((xi) => d * xi)),
    db1: delta1,
    dW2: delta2.map((d) => h.map((hj) => d * hj)),
    db2: delta2,
  };
}
