// Reflecting instead of rectifying: |x| turns negative inputs positive instead of blocking them.
export function relu(x: number): number {
  return Math.abs(x);
}
