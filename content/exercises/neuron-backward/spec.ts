import { defineExercise, type CheckContext } from '@nonlinear/grader';

// Expected values: mpmath at 60 digits on the exact double inputs, rounded to the nearest double.
// The gradients were derived twice there, independently: by mp.diff of the loss itself and from
// (σ(z) − y)·x, agreeing to 40 digits. At z = ±1000 and z = −40 they are exact by hand:
// σ(1000) − 1 = −e^(−1000) rounds to 0, σ(−1000) rounds to 0, σ(−40) = 4.248354255291589e-18.

/** Reference loss for the finite-difference checks, in logit form: softplus(z) − z·y, written independently of any solution. */
function loss(w: readonly number[], b: number, x: readonly number[], y: number): number {
  let z = b;
  for (let i = 0; i < w.length; i++) z += w[i]! * x[i]!;
  return Math.max(z, 0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));
}

/** Compares the reader's gradient at (w, b, x, y) with central differences of the reference loss. */
function matchesDifferences({ fn }: CheckContext, w: number[], b: number, x: number[], y: number): string | null {
  const h = 1e-6;
  const got = fn(w.slice(), b, x.slice(), y) as { dw: number[]; db: number } | null;
  if (typeof got !== 'object' || got === null || !(Array.isArray(got.dw) || ArrayBuffer.isView(got.dw))) return 'the result should be an object { dw, db } with dw an array';
  const close = (g: number, d: number): boolean => Math.abs(g - d) <= 1e-7 + 1e-6 * Math.abs(d);
  for (let i = 0; i < w.length; i++) {
    const up = w.map((v, k) => (k === i ? v + h : v));
    const down = w.map((v, k) => (k === i ? v - h : v));
    const d = (loss(up, b, x, y) - loss(down, b, x, y)) / (2 * h);
    if (!close(got.dw[i]!, d)) return `at w = [${w.join(', ')}], y = ${y}: dw[${i}] is ${got.dw[i]}, but central differences of the loss give ${d.toPrecision(8)}`;
  }
  const d = (loss(w, b + h, x, y) - loss(w, b - h, x, y)) / (2 * h);
  if (!close(got.db, d)) return `at w = [${w.join(', ')}], y = ${y}: db is ${got.db}, but central differences of the loss give ${d.toPrecision(8)}`;
  return null;
}

/** 1000 inputs and weights cycling through exact halves and hundredths; z = −0.025. */
const n = 1000;
const wLong = Array.from({ length: n }, (_, i) => ((i % 11) - 5) * 0.01);
const xLong = Array.from({ length: n }, (_, i) => ((i % 7) - 3) * 0.5);
const dbLong = -0.5062496744995104; // σ(−0.025) − 1, mpmath
const dzMid = -0.3775406687981454; // σ(0.5) − 1, mpmath

export default defineExercise({
  id: 'neuron-backward',
  title: 'Backward pass of a sigmoid neuron',
  chapter: 'backprop',
  exportName: 'neuronBackward',
  signature: 'export function neuronBackward(w: number[], b: number, x: number[], y: number): { dw: number[]; db: number }',
  hints: [
    'Do the forward pass first (z, then p), then walk back from the loss to z, and from z to each weight and the bias.',
    'The loss node and the sigmoid node together send ∂L/∂z = p − y: the factor 1/(p(1 − p)) from the loss cancels the sigmoid’s p(1 − p).',
    'z = w·x + b is a sum of products: the bias gets ∂L/∂z unchanged, and weight w_i gets ∂L/∂z times the other factor, x_i. Compute p with a sigmoid that is accurate in both tails.',
  ],
  tests: [
    {
      name: 'neuronBackward([0.8, 0.4], 0.1, [1.5, -2], 1): z = 0.5, db = σ(0.5) − 1',
      args: [[0.8, 0.4], 0.1, [1.5, -2], 1],
      expected: { dw: [-0.5663110031972182, 0.7550813375962908], db: dzMid },
      hint: 'db = p − y = σ(0.5) − 1 ≈ −0.3775 and dw_i = db · x_i. A positive db is a sign error; a smaller one has an extra σ′ factor; equal dw entries have lost the x_i.',
    },
    {
      name: 'neuronBackward([0.8, 0.4], 0.1, [1.5, -2], 0): db = σ(0.5)',
      args: [[0.8, 0.4], 0.1, [1.5, -2], 0],
      expected: { dw: [0.9336889968027818, -1.2449186624037092], db: 0.6224593312018546 },
      hint: 'With label 0, ∂L/∂z = p − 0 = σ(0.5) ≈ 0.6225.',
    },
    {
      name: 'neuronBackward([-0.3, 0.25, 1.1], -0.2, [2, -1, 0.5], 0): three inputs',
      args: [[-0.3, 0.25, 1.1], -0.2, [2, -1, 0.5], 0],
      expected: { dw: [0.7550813375962909, -0.37754066879814546, 0.18877033439907273], db: 0.37754066879814546 },
      hint: 'Here z = −0.5. dw has one entry per weight, each (p − y) · x_i.',
    },
    {
      name: 'neuronBackward at z = 1000 with y = 0 gives db = 1 and dw = x, not NaN',
      args: [[500, 250], 0, [1, 2], 0],
      expected: { dw: [1, 2], db: 1 },
      hint: 'p rounds to 1, so 1 − p = 0 and (1 − y)/(1 − p) = 1/0. Do not go through ∂L/∂p: use ∂L/∂z = p − y directly.',
    },
    {
      name: 'neuronBackward at z = -1000 with y = 1 gives db = -1 and dw = -x, not NaN',
      args: [[-500, -250], 0, [1, 2], 1],
      expected: { dw: [-1, -2], db: -1 },
      hint: 'p rounds to 0, so −y/p = −Infinity, and Infinity times σ′ = 0 is NaN. Use ∂L/∂z = p − y directly.',
    },
    {
      name: 'neuronBackward at z = 1000 with y = 1 gives zero gradients, not NaN',
      args: [[500, 250], 0, [1, 2], 1],
      expected: { dw: [0, 0], db: 0 },
      hint: 'A confident right answer has gradient p − y ≈ −e^(−1000), which rounds to 0. The term (1 − y)/(1 − p) is 0/0 = NaN here: use p − y.',
    },
    {
      name: 'neuronBackward at z = -40 with y = 0 keeps its digits: db = 4.248354255291589e-18',
      args: [[-20, 10], 0, [1, -2], 0],
      expected: { dw: [4.248354255291589e-18, -8.496708510583178e-18], db: 4.248354255291589e-18 },
      hint: 'db = σ(−40) ≈ 4.2e-18. Computing it as 1 − σ(40), or as a difference of numbers near 1, rounds it to 0: use a sigmoid that is accurate in the left tail.',
    },
    {
      name: 'neuronBackward([], 0.3, [], 1) is { dw: [], db: σ(0.3) − 1 } (no inputs)',
      args: [[], 0.3, [], 1],
      expected: { dw: [], db: -0.425557483188341 },
      hint: 'With no inputs, z = b and dw is an empty array. Start the dot product at b (or at 0, then add b).',
    },
    {
      name: 'neuronBackward with 1000 inputs: db = σ(−0.025) − 1',
      args: [wLong, 0.05, xLong, 1],
      expected: { dw: xLong.map((v) => dbLong * v), db: dbLong },
      hint: 'z sums all 1000 products w_i x_i plus b; dw has 1000 entries, (p − y) x_i each.',
    },
    {
      name: 'neuronBackward agrees with central differences of the loss at three points',
      args: [[0.3, -0.7, 0.2], 0.4, [1.2, 0.5, -2], 1],
      check: (_got, ctx) =>
        matchesDifferences(ctx, [0.3, -0.7, 0.2], 0.4, [1.2, 0.5, -2], 1) ??
        matchesDifferences(ctx, [0.3, -0.7, 0.2], 0.4, [1.2, 0.5, -2], 0) ??
        matchesDifferences(ctx, [1.5, 2], -1, [0.8, -1.1], 0),
      hint: 'Nudging a weight by ±h and watching the loss gives its gradient: (L(w + h) − L(w − h)) / 2h. A mismatch means a wrong chain-rule factor or sign.',
    },
    {
      name: 'neuronBackward leaves w and x unchanged',
      args: [[0.5, -1.5], 0, [2, 1], 1],
      expected: { dw: [-1.2449186624037092, -0.6224593312018546], db: -0.6224593312018546 },
      hint: 'If the message says your function changed its input, build dw as a new array (for example x.map(...)) instead of scaling x or w in place. Otherwise: here z = −0.5 and db = σ(−0.5) − 1.',
    },
  ],
});
