/**
 * Playground, the model: the settings a reader chooses (data set, hidden activation, depth,
 * width, learning rate, noise), and what the view draws for a training run at some epoch.
 * The run itself lives in trainer.ts; `derive` here is the run at epoch 0, the figure rendered
 * at build time. Pure: same settings, same numbers.
 */
import { choiceField, numberField, type StateOf } from '../core/schema';
import { createTrainer, EXTENT, GRID, GRID_EXTENT } from './trainer';

export { EXTENT, GRID, GRID_EXTENT };

/** The reader's settings: data set, hidden activation, depth (1–4), width (1–16), learning rate, noise (0–2). */
export const schema = {
  data: choiceField({
    label: 'Data',
    options: [
      { value: 'xor', label: 'XOR' },
      { value: 'circles', label: 'circles' },
      { value: 'spiral', label: 'spiral' },
      { value: 'moons', label: 'moons' },
    ],
    default: 'circles',
  }),
  activation: choiceField({
    label: 'Hidden activation',
    options: [
      { value: 'linear', label: 'none (linear)' },
      { value: 'tanh', label: 'tanh' },
      { value: 'relu', label: 'ReLU' },
      { value: 'sigmoid', label: 'sigmoid' },
    ],
    default: 'tanh',
  }),
  depth: numberField({ label: 'Hidden layers', min: 1, max: 4, step: 1, default: 2 }),
  width: numberField({ label: 'Units per layer', min: 1, max: 16, step: 1, default: 4 }),
  lr: choiceField({
    label: 'Learning rate',
    options: ['0.001', '0.003', '0.01', '0.03', '0.1', '0.3', '1', '3'].map((v) => ({ value: v, label: v })),
    default: '0.03',
  }),
  noise: numberField({ label: 'Noise', min: 0, max: 2, step: 0.1, default: 0 }),
};
export type State = StateOf<typeof schema>;

/** One training point drawn on the heatmap. */
export interface Point {
  x1: number;
  x2: number;
  label: 0 | 1;
}

/** Mean losses after an epoch (epoch 0: before training). */
export interface LossPoint {
  epoch: number;
  train: number;
  test: number;
}

/** What the view draws for a run at its current epoch. */
export interface Derived {
  state: State;
  /** Widths from input to output, e.g. [2, 4, 4, 1]. */
  sizes: number[];
  nTrain: number;
  nTest: number;
  epoch: number;
  maxEpochs: number;
  trainLoss: number;
  testLoss: number;
  trainAccuracy: number;
  testAccuracy: number;
  /** The loss went to NaN or infinity: training stopped. */
  diverged: boolean;
  /** Training stopped (diverged, or maxEpochs reached). */
  done: boolean;
  /** P(class 1) over the GRID × GRID cells, row 0 at the top (x₂ near GRID_EXTENT). */
  p: Float64Array;
  points: readonly Point[];
  history: readonly LossPoint[];
}

/** The untrained network for a state (epoch 0): the figure the page shows before its script runs. Example: `derive(defaults(schema)).epoch` is 0. */
export function derive(state: State): Derived {
  return createTrainer(state).snapshot();
}
