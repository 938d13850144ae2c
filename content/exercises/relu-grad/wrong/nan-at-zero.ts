// (1 + x/|x|) / 2 is the step function on paper, but at x = 0 it computes 0/0 = NaN instead of picking a convention.
export function reluGrad(x: number): number {
  return (1 + x / Math.abs(x)) / 2;
}
