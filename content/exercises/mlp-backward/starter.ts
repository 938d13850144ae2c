/**
 * Backward pass of h = tanh(W1·x + b1), ŷ = W2·h + b2, L = ½‖ŷ − y‖².
 * W1[j][i] connects input i to hidden unit j; W2[k][j] connects hidden unit j to output k.
 * Returns the gradients of L, each shaped like its parameter. Leave p, x and y unchanged.
 */
export function mlpBackward(
  p: { W1: number[][]; b1: number[]; W2: number[][]; b2: number[] },
  x: number[],
  y: number[],
): { dW1: number[][]; db1: number[]; dW2: number[][]; db2: number[] } {
  // Your code here: zero gradients of the right shapes, to be replaced.
  return {
    dW1: p.W1.map((row) => row.map(() => 0)),
    db1: p.b1.map(() => 0),
    dW2: p.W2.map((row) => row.map(() => 0)),
    db2: p.b2.map(() => 0),
  };
}
