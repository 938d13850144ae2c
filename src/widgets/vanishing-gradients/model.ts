/**
 * Vanishing gradients, the model: a deep MLP (2 → width × depth → 1, sigmoid output with
 * cross-entropy) freshly initialised for each of sigmoid, tanh and ReLU, one gradient computed on
 * a fixed seeded batch, and the norm of each layer's weight gradient ‖∂L/∂W⁽ˡ⁾‖ and bias gradient
 * ‖∂L/∂b⁽ˡ⁾‖ (δ⁽ˡ⁾ summed over the batch). Pure: the kernel does the numerics.
 */
import { circles, createMLP, type Dataset, type InitName } from '@nonlinear/kernel';
import { choiceField, numberField, type StateOf } from '../core/schema';

export const ACTIVATIONS = ['sigmoid', 'tanh', 'relu'] as const;
export type HiddenActivation = (typeof ACTIVATIONS)[number];

export const schema = {
  init: choiceField({
    label: 'Initialisation',
    options: [
      { value: 'xavier', label: 'Xavier (Glorot)' },
      { value: 'he', label: 'He (Kaiming)' },
      { value: 'uniform', label: 'Uniform ±1' },
    ],
    default: 'xavier',
  }),
  depth: numberField({ label: 'Hidden layers', min: 10, max: 20, step: 1, default: 10 }),
  width: numberField({ label: 'Units per layer', min: 16, max: 64, step: 16, default: 32 }),
  gradient: choiceField({
    label: 'Gradient shown',
    options: [
      { value: 'weights', label: 'weights ‖∂L/∂W‖' },
      { value: 'biases', label: 'biases ‖∂L/∂b‖ (δ)' },
    ],
    default: 'weights',
  }),
};
export type State = StateOf<typeof schema>;

/** The batch every network's gradient is computed on: 32 points of `circles` (seed 1), classes 0 and 1. */
export const BATCH_SIZE = 32;
/** Seed of every network's initial weights. */
export const NETWORK_SEED = 1;

/**
 * One activation's gradient norms: entry l − 1 is layer l, from 1 (next to the input) to
 * depth + 1 (the output layer).
 */
export interface Series {
  activation: HiddenActivation;
  weights: Float64Array;
  biases: Float64Array;
}

export interface Derived {
  depth: number;
  width: number;
  init: InitName;
  gradient: 'weights' | 'biases';
  series: Series[];
}

/** The seeded batch (a fresh Dataset each call: derive stays pure). */
export function batch(): Dataset {
  return circles({ n: BATCH_SIZE, seed: 1 });
}

function norm(g: Float64Array): number {
  let s = 0;
  for (let k = 0; k < g.length; k++) s += g[k]! * g[k]!;
  return Math.sqrt(s);
}

/**
 * Per-layer gradient norms at initialisation for one hidden activation:
 * ‖∂L/∂W⁽ˡ⁾‖₂ (Frobenius) and ‖∂L/∂b⁽ˡ⁾‖₂ for l = 1 … depth + 1, L the mean cross-entropy on `data`.
 * Example: `gradientNorms('sigmoid', 'xavier', 10, 32, batch())` falls by about 4× per layer towards the input.
 */
export function gradientNorms(activation: HiddenActivation, init: InitName, depth: number, width: number, data: Dataset): Series {
  const sizes = [2, ...Array.from({ length: depth }, () => width), 1];
  const model = createMLP({ sizes, activation, output: 'sigmoid', init, seed: NETWORK_SEED });
  model.lossAndGrad(data.x, data.y, data.n);
  return {
    activation,
    weights: Float64Array.from(model.gradWeights, norm),
    biases: Float64Array.from(model.gradBiases, norm),
  };
}

/** The three activations' norms for the chosen depth, width and initialisation. */
export function derive({ init, depth, width, gradient }: State): Derived {
  const data = batch();
  return { depth, width, init, gradient, series: ACTIVATIONS.map((a) => gradientNorms(a, init, depth, width, data)) };
}

/**
 * Typical factor per layer between neighbouring hidden layers, (g_depth / g_1)^(1/(depth − 1)):
 * above 1 when the norms grow towards the output (vanishing towards the input), below 1 when they
 * shrink. Example: norms 1e-6 … 1e-1 over 10 hidden layers give 10^(5/9) ≈ 3.6.
 */
export function perLayerFactor(norms: Float64Array, depth: number): number {
  return (norms[depth - 1]! / norms[0]!) ** (1 / (depth - 1));
}
