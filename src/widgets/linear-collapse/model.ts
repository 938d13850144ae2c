/**
 * Linear collapse, the model: a stack of N layers 2 → 3 → … → 3 → 1 with seeded random weights
 * and biases (a kernel MLP), the single affine layer W x + b they multiply to, and both evaluated
 * over the same grid of the plane. Without activations the two grids agree to rounding (~1e-16);
 * with a tanh or ReLU between the layers the stack bends and the "collapsed" layer no longer
 * describes it. Pure: the same state gives the same numbers, bit for bit.
 */
import { createMLP } from '@nonlinear/kernel';
import { choiceField, numberField, type StateOf } from '../core/schema';

/** The reader's settings: depth N (1–8), the weights' seed (1–99), and what sits between layers. */
export const schema = {
  layers: numberField({ label: 'Layers N', min: 1, max: 8, step: 1, default: 3 }),
  seed: numberField({ label: 'Weight seed', min: 1, max: 99, step: 1, default: 1 }),
  between: choiceField({
    label: 'Between layers',
    options: [
      { value: 'linear', label: 'nothing (linear)' },
      { value: 'tanh', label: 'tanh' },
      { value: 'relu', label: 'ReLU' },
    ],
    default: 'linear',
  }),
};
export type State = StateOf<typeof schema>;

/** Hidden width of every layer but the last: 2 inputs → 3 → … → 3 → 1 output. */
export const HIDDEN_WIDTH = 3;
/**
 * The figure shows [−EXTENT, EXTENT]²; both networks are evaluated at the centres of GRID × GRID
 * cells of side 0.1 covering [−GRID_EXTENT, GRID_EXTENT]², one cell wider on each side, so that
 * contour lines (which close along the grid's edge) have that edge outside the clipped view.
 */
export const EXTENT = 2;
export const GRID = 42;
export const GRID_EXTENT = 2.1;

/** An affine map x ↦ W x + b with W of shape rows × cols (row-major). */
export interface Affine {
  rows: number;
  cols: number;
  W: Float64Array;
  b: Float64Array;
}

/**
 * Collapses affine layers, first to last, into one: W = W_L ⋯ W_1 and
 * b = Σ_k W_L ⋯ W_{k+1} b_k, computed as the running composition (W, b) ← (W_l W, W_l b + b_l).
 * Each layer's W is rows × cols row-major (rows = its outputs), and each layer's cols must equal
 * the previous layer's rows. Example: W1 = [[2, −1], [1, 1]], b1 = (0, 1), W2 = [[1, 3]], b2 = −2
 * collapse to W = [[5, 2]], b = 1 (the chapter's worked example).
 */
export function collapse(layers: readonly Affine[]): Affine {
  if (layers.length === 0) throw new RangeError('collapse: need at least one layer');
  const first = layers[0]!;
  let W = Float64Array.from(first.W);
  let b = Float64Array.from(first.b);
  let rows = first.rows;
  const cols = first.cols;
  for (const layer of layers.slice(1)) {
    if (layer.cols !== rows) throw new RangeError(`collapse: a layer takes ${layer.cols} inputs, the one below gives ${rows}`);
    const nextW = new Float64Array(layer.rows * cols);
    const nextB = Float64Array.from(layer.b);
    for (let i = 0; i < layer.rows; i++) {
      for (let k = 0; k < rows; k++) {
        const w = layer.W[i * rows + k]!;
        for (let j = 0; j < cols; j++) nextW[i * cols + j]! += w * W[k * cols + j]!;
        nextB[i]! += w * b[k]!;
      }
    }
    W = nextW;
    b = nextB;
    rows = layer.rows;
  }
  return { rows, cols, W, b };
}

/** What the view draws for one state. */
export interface Derived {
  /** Widths from input to output, e.g. [2, 3, 3, 1]. */
  sizes: number[];
  between: State['between'];
  /** The single layer the stack multiplies to (computed as if there were no activations). */
  collapsed: Affine;
  /** Outputs over the GRID × GRID cell centres, row 0 at the top (x₂ near +GRID_EXTENT): the stack, and W x + b. */
  stack: Float64Array;
  single: Float64Array;
  /** max over the grid of |stack − single|. */
  maxDiff: number;
  /** The largest |output| of either grid: the colour scale runs over [−range, range]. */
  range: number;
}

/**
 * The stack for a state (weights Xavier-uniform and biases N(0, 0.5²), both seeded by `seed`), its
 * collapse (as if nothing sat between the layers) and both networks over the grid, with the
 * largest difference between them. Defined for every state the schema admits.
 * Example: `derive({ layers: 3, seed: 1, between: 'linear' }).maxDiff` is about 9e-16.
 */
export function derive({ layers, seed, between }: State): Derived {
  const sizes = [2, ...Array.from({ length: layers - 1 }, () => HIDDEN_WIDTH), 1];
  const net = createMLP({ sizes, activation: between, output: 'identity', init: 'xavier', seed });
  // Biases start at zero in the kernel; random ones make the collapsed b worth printing.
  for (const b of net.biases) for (let j = 0; j < b.length; j++) b[j] = 0.5 * net.rng.normal();
  const collapsed = collapse(
    net.weights.map((W, l) => ({ rows: sizes[l + 1]!, cols: sizes[l]!, W, b: net.biases[l]! })),
  );
  const G = GRID_EXTENT;
  const stack = net.predictGrid(GRID, GRID, { xMin: -G, xMax: G, yMin: -G, yMax: G });
  const single = new Float64Array(GRID * GRID);
  const [w1, w2] = collapsed.W;
  let maxDiff = 0;
  let range = 0;
  for (let j = 0; j < GRID; j++) {
    const x2 = G - ((j + 0.5) * 2 * G) / GRID;
    for (let i = 0; i < GRID; i++) {
      const x1 = -G + ((i + 0.5) * 2 * G) / GRID;
      const k = j * GRID + i;
      single[k] = w1! * x1 + w2! * x2 + collapsed.b[0]!;
      maxDiff = Math.max(maxDiff, Math.abs(stack[k]! - single[k]!));
      range = Math.max(range, Math.abs(stack[k]!), Math.abs(single[k]!));
    }
  }
  return { sizes, between, collapsed, stack, single, maxDiff, range };
}
