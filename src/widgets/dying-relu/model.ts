/**
 * Dying ReLU, the model: a 2 → 32 → 32 → 1 network (ReLU or Leaky ReLU hidden layers, sigmoid
 * output with cross-entropy) trained by SGD on 200 `moons` points, 10 per step, for 500 steps.
 * After every step it records, per hidden layer, the fraction of units whose pre-activation is
 * at most 0 on every one of the 200 points (for ReLU these are the dead units: derivative 0
 * everywhere, so no gradient ever reaches their weights), and the loss on all 200 points.
 * Pure and seeded: the same state gives the same run, bit for bit.
 */
import { createMLP, moons, shuffleInPlace, type Dataset, type InitName, type MLP } from '@nonlinear/kernel';
import { choiceField, numberField, type StateOf } from '../core/schema';

export const LEARNING_RATES = ['0.01', '0.03', '0.1', '0.3', '1', '3'] as const;

export const schema = {
  lr: choiceField({ label: 'Learning rate', options: LEARNING_RATES.map((v) => ({ value: v, label: v })), default: '0.1' }),
  init: choiceField({
    label: 'Initialisation',
    options: [
      { value: 'he', label: 'He' },
      { value: 'xavier', label: 'Xavier' },
      { value: 'uniform', label: 'Uniform ±1' },
    ],
    default: 'he',
  }),
  bias: numberField({ label: 'Initial bias', min: -2, max: 1, step: 0.1, default: 0 }),
  activation: choiceField({
    label: 'Activation',
    options: [
      { value: 'relu', label: 'ReLU' },
      { value: 'leakyRelu', label: 'Leaky ReLU (α = 0.01)' },
    ],
    default: 'relu',
  }),
  seed: numberField({ label: 'Seed', min: 1, max: 9, step: 1, default: 1 }),
};
export type State = StateOf<typeof schema>;

export const SIZES = [2, 32, 32, 1] as const;
export const STEPS = 500;
export const BATCH_SIZE = 10;
export const DATA_SIZE = 200;

/** What one pass over the training points says about the network. */
export interface Snapshot {
  /** Per hidden layer, the fraction of units whose pre-activation is ≤ 0 on every point. */
  inactive: number[];
  /** Mean binary cross-entropy of the sigmoid output, computed from the logits. */
  loss: number;
  /** Fraction of points on the right side of the logit 0. */
  accuracy: number;
}

/**
 * One forward pass of the n ≤ 512 points x (row-major n × 2) with targets y in {0, 1}: for each
 * hidden layer the fraction of units with z ≤ 0 on all n points (for ReLU exactly
 * `activationStats(x, n)[l].deadFraction`: no point gives them a gradient), and the mean
 * cross-entropy log(1 + e^(−z)) for y = 1, log(1 + e^z) for y = 0, and the accuracy, from the
 * output logit z. Example: a layer whose z over three points is [[0.3, −1.2, −0.1],
 * [−0.4, −0.7, 0.9], [1.1, −2, −0.5]] has inactive fraction 1/3 (the chapter's NumPy example).
 */
export function snapshot(model: MLP, x: ArrayLike<number>, y: ArrayLike<number>, n: number): Snapshot {
  const { z, a } = model.forwardHidden(x, n);
  const inactive = z.map((zl, l) => {
    const m = model.sizes[l + 1]!;
    let count = 0;
    for (let j = 0; j < m; j++) {
      let alive = false;
      for (let e = 0; e < n && !alive; e++) alive = zl[e * m + j]! > 0;
      if (!alive) count++;
    }
    return count / m;
  });
  const last = a[a.length - 1]!;
  const m = model.sizes[model.sizes.length - 2]!;
  const w = model.weights[model.weights.length - 1]!;
  const b = model.biases[model.biases.length - 1]![0]!;
  let loss = 0;
  let right = 0;
  for (let e = 0; e < n; e++) {
    let logit = b;
    for (let j = 0; j < m; j++) logit += w[j]! * last[e * m + j]!;
    const t = y[e] === 1 ? -logit : logit; // the loss is log(1 + e^t)
    loss += t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t));
    if (logit >= 0 === (y[e] === 1)) right++;
  }
  return { inactive, loss: loss / n, accuracy: right / n };
}

/** A training run in progress. Index k of every record is the state after k steps (0 = at initialisation). */
export interface Run {
  readonly state: State;
  /** Steps taken so far (0 … STEPS). */
  readonly steps: number;
  /** Per hidden layer, the inactive fraction after each step; valid up to index `steps`. */
  readonly inactive: readonly [Float64Array, Float64Array];
  /** Mean cross-entropy on all 200 points after each step. */
  readonly loss: Float64Array;
  /** Fraction of the 200 points classified right after each step. */
  readonly accuracy: Float64Array;
  /** The step whose update made the loss infinite or NaN (the weights overflowed), or null. */
  readonly diverged: number | null;
  /** True after STEPS steps or a divergence. */
  readonly done: boolean;
  /** Takes up to k more SGD steps (fewer at the end or on divergence); returns how many it took. */
  advance(k: number): number;
}

/** The training data, 200 moons points (seed 1), fresh each call. */
export function trainingData(): Dataset {
  return moons({ n: DATA_SIZE, seed: 1 });
}

/**
 * Starts a run for `state`: seeded initial weights, hidden biases set to `state.bias`, records
 * taken at step 0. Example: `const run = createRun(defaults(schema)); run.advance(STEPS);`.
 */
export function createRun(state: State): Run {
  const s = { ...state };
  const data = trainingData();
  const model = createMLP({ sizes: SIZES, activation: s.activation, output: 'sigmoid', init: s.init as InitName, seed: s.seed });
  for (const b of model.biases.slice(0, -1)) b.fill(s.bias);
  const learningRate = Number(s.lr);
  const inactive: [Float64Array, Float64Array] = [new Float64Array(STEPS + 1), new Float64Array(STEPS + 1)];
  const loss = new Float64Array(STEPS + 1);
  const accuracy = new Float64Array(STEPS + 1);
  const order = Uint32Array.from({ length: DATA_SIZE }, (_, i) => i);
  const xb = new Float64Array(2 * BATCH_SIZE);
  const yb = new Float64Array(BATCH_SIZE);
  let steps = 0;
  let diverged: number | null = null;

  /** Records step k; false when the loss is no longer finite. */
  const record = (k: number): boolean => {
    const snap = snapshot(model, data.x, data.y, data.n);
    if (!Number.isFinite(snap.loss)) return false;
    inactive[0][k] = snap.inactive[0]!;
    inactive[1][k] = snap.inactive[1]!;
    loss[k] = snap.loss;
    accuracy[k] = snap.accuracy;
    return true;
  };
  record(0);

  const run: Run = {
    state: s,
    inactive,
    loss,
    accuracy,
    get steps() {
      return steps;
    },
    get diverged() {
      return diverged;
    },
    get done() {
      return steps >= STEPS || diverged !== null;
    },
    advance(k: number): number {
      let taken = 0;
      while (taken < k && !run.done) {
        // Epochs of 20 batches, reshuffled with the model's seeded generator.
        const from = (steps * BATCH_SIZE) % DATA_SIZE;
        if (from === 0) shuffleInPlace(order, model.rng);
        for (let r = 0; r < BATCH_SIZE; r++) {
          const e = order[from + r]!;
          xb[2 * r] = data.x[2 * e]!;
          xb[2 * r + 1] = data.x[2 * e + 1]!;
          yb[r] = data.y[e]!;
        }
        model.step(xb, yb, BATCH_SIZE, { learningRate });
        taken++;
        if (record(steps + 1)) steps++;
        else diverged = steps + 1;
      }
      return taken;
    },
  };
  return run;
}

/** What the view draws: the current run, and optionally the one before it as a dashed reference. */
export interface Derived {
  run: Run;
  previous: Run | null;
}

/** The whole run for `state`, all STEPS steps (used at build time and by the tests). */
export function derive(state: State): Derived {
  const run = createRun(state);
  run.advance(STEPS);
  return { run, previous: null };
}
