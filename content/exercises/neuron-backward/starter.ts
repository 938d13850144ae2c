/**
 * Backward pass of one sigmoid neuron with binary cross-entropy:
 * z = w·x + b, p = σ(z), L = −[y log p + (1 − y) log(1 − p)], label y ∈ {0, 1}.
 * Returns dw = ∂L/∂w (same length as w) and db = ∂L/∂b, finite even for z = ±1000.
 * Leave w and x unchanged.
 */
export function neuronBackward(w: number[], b: number, x: number[], y: number): { dw: number[]; db: number } {
  // Your code here.
  return { dw: w.map(() => 0), db: 0 };
}
