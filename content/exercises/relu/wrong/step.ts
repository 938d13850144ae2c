// Returns the derivative (the step 1 for x > 0) instead of the function itself.
export function relu(x: number): number {
  return x > 0 ? 1 : 0;
}
