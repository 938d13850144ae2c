/**
 * createMLP: the model of mlp-core.ts plus training (step, fit, evaluate) with SGD, momentum or
 * Adam, mini-batches and L1/L2 penalties, and the instrumentation the widgets draw.
 */
import { createMLPCore, type MLPCore, type MLPOptions } from './mlp-core.ts';
import { activationStats, layerGradNorms, predictGrid, type GridBounds, type LayerStats } from './mlp-stats.ts';
import { adamUpdate, addPenaltyGrad, momentumUpdate, sgdUpdate, type OptimizerName } from './optimizers.ts';

export type { InitName, MLPOptions } from './mlp-core.ts';
export type { OutputName } from './output-loss.ts';
export type { GridBounds, LayerStats } from './mlp-stats.ts';
export type { OptimizerName } from './optimizers.ts';

/** How one training step updates the parameters. Every field has a default. */
export interface TrainOptions {
  /** 'sgd' (default), 'momentum' or 'adam'. */
  optimizer?: OptimizerName;
  /** Step size; default 0.03 for sgd and momentum, 0.001 for adam. */
  learningRate?: number;
  /** Momentum coefficient mu; default 0.9. */
  momentum?: number;
  /** Adam's decay rates and epsilon; defaults 0.9, 0.999, 1e-8. */
  beta1?: number;
  beta2?: number;
  epsilon?: number;
  /** Penalty coefficients on the weights (not the biases): loss + l1 sum |w| + (l2 / 2) sum w^2. Default 0. */
  l1?: number;
  l2?: number;
}

/** A training run over a data set. */
export interface FitOptions extends TrainOptions {
  /** Passes over the data; default 1. */
  epochs?: number;
  /** Examples per step; default 10; the last batch of an epoch may be smaller. */
  batchSize?: number;
  /** Reorder the examples before each epoch, with the model's seeded generator; default true. */
  shuffle?: boolean;
}

/** Inputs and targets: x is n x inputs (row-major), y is n targets (class indices for softmax) or n x outputs. A kernel `Dataset` fits. */
export interface TrainingData {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  readonly n: number;
}

/** A trainable network. */
export interface MLP extends MLPCore {
  /** One optimisation step on n examples; returns their mean loss before the step (penalties not included). */
  step(x: ArrayLike<number>, y: ArrayLike<number>, n: number, options?: TrainOptions): number;
  /** Trains for options.epochs passes; appends each epoch's mean batch loss to lossHistory and returns it. */
  fit(data: TrainingData, options?: FitOptions): number[];
  /** Mean loss and accuracy on a data set (accuracy null for an identity output). */
  evaluate(data: TrainingData): { loss: number; accuracy: number | null };
  /** Mean training loss of every epoch fit has run, in order. */
  readonly lossHistory: number[];
  /** Optimiser steps taken so far. */
  readonly steps: number;
  /** Fresh initial weights (new seed, or the original), and a clean optimiser state and loss history. */
  reinitialize(seed?: number): void;
  /** L2 norm of each layer's gradient from the last step (or lossAndGrad). */
  layerGradNorms(): Float64Array;
  /** Dead-unit and saturation statistics of the hidden layers over n inputs. */
  activationStats(x: ArrayLike<number>, n: number): LayerStats[];
  /** Outputs over a grid of 2-D inputs, for a decision-boundary heatmap (see GridBounds). */
  predictGrid(nx: number, ny: number, bounds: GridBounds, out?: Float64Array): Float64Array;
}

function positive(name: string, v: number): number {
  if (!(Number.isFinite(v) && v > 0)) throw new RangeError(`${name} must be a positive number, got ${v}`);
  return v;
}

function nonNegative(name: string, v: number): number {
  if (!(Number.isFinite(v) && v >= 0)) throw new RangeError(`${name} must be a non-negative number, got ${v}`);
  return v;
}

/** Checks targets once per fit/step, so the inner loops can trust them. */
function checkTargets(core: MLPCore, y: ArrayLike<number>, n: number): void {
  const K = core.sizes[core.sizes.length - 1]!;
  for (let k = 0; k < n * core.targetWidth; k++) {
    const t = y[k]!;
    const ok = core.output === 'softmax' ? Number.isInteger(t) && t >= 0 && t < K : Number.isFinite(t);
    if (!ok) {
      const want = core.output === 'softmax' ? `a class index in 0..${K - 1}` : 'a finite number';
      throw new RangeError(`target ${k} is ${t}, expected ${want}`);
    }
  }
}

/**
 * Creates an MLP with seeded initial weights. Same options and seed, same parameters and losses,
 * bit for bit.
 * Example: `createMLP({ sizes: [2, 16, 16, 1], activation: 'tanh', output: 'sigmoid', init: 'xavier', seed: 1 })`
 * then `model.fit(spiral({ n: 500, seed: 1 }), { epochs: 300, batchSize: 10, learningRate: 0.03 })`.
 */
export function createMLP(options: MLPOptions): MLP {
  const core = createMLPCore(options);
  const { params, grads, sizes } = core;
  const L = sizes.length - 1;
  const reinitializeCore = core.reinitialize; // Object.assign below replaces the method on core
  const lossHistory: number[] = [];
  let steps = 0;
  let velocity: Float64Array | null = null;
  let m1: Float64Array | null = null;
  let m2: Float64Array | null = null;
  let adamSteps = 0;
  let xb = new Float64Array(0);
  let yb = new Float64Array(0);

  /** lossAndGrad, then the penalties, then the update. Inputs already checked. */
  const update = (x: ArrayLike<number>, y: ArrayLike<number>, n: number, o: TrainOptions): number => {
    const loss = core.lossAndGrad(x, y, n);
    const l1 = nonNegative('l1', o.l1 ?? 0);
    const l2 = nonNegative('l2', o.l2 ?? 0);
    if (l1 > 0 || l2 > 0) {
      for (let l = 0, off = 0; l < L; l++) {
        const nW = sizes[l]! * sizes[l + 1]!;
        addPenaltyGrad(params, grads, off, off + nW, l1, l2);
        off += nW + sizes[l + 1]!;
      }
    }
    const opt = o.optimizer ?? 'sgd';
    const lr = positive('learningRate', o.learningRate ?? (opt === 'adam' ? 0.001 : 0.03));
    if (opt === 'sgd') {
      sgdUpdate(params, grads, lr);
    } else if (opt === 'momentum') {
      velocity ??= new Float64Array(params.length);
      momentumUpdate(params, grads, velocity, lr, nonNegative('momentum', o.momentum ?? 0.9));
    } else if (opt === 'adam') {
      m1 ??= new Float64Array(params.length);
      m2 ??= new Float64Array(params.length);
      adamUpdate(params, grads, m1, m2, ++adamSteps, lr, o.beta1 ?? 0.9, o.beta2 ?? 0.999, positive('epsilon', o.epsilon ?? 1e-8));
    } else {
      throw new RangeError(`unknown optimizer "${String(opt)}"`);
    }
    steps++;
    return loss;
  };

  const checkData = (fn: string, data: TrainingData): void => {
    const { x, y, n } = data;
    if (!(Number.isInteger(n) && n >= 1)) throw new RangeError(`${fn}: n must be a positive integer, got ${n}`);
    if (x.length < n * sizes[0]!) throw new RangeError(`${fn}: x holds ${x.length} numbers, needs ${n * sizes[0]!}`);
    if (y.length < n * core.targetWidth) throw new RangeError(`${fn}: y holds ${y.length} numbers, needs ${n * core.targetWidth}`);
    checkTargets(core, y, n);
  };

  const model: MLP = Object.assign(core, {
    lossHistory,
    steps: 0,
    reinitialize(seed?: number): void {
      reinitializeCore(seed);
      velocity = m1 = m2 = null;
      adamSteps = steps = 0;
      lossHistory.length = 0;
    },
    step(x: ArrayLike<number>, y: ArrayLike<number>, n: number, o: TrainOptions = {}): number {
      checkData('step', { x, y, n });
      return update(x, y, n, o);
    },
    fit(data: TrainingData, o: FitOptions = {}): number[] {
      checkData('fit', data);
      const { x, y, n } = data;
      const epochs = o.epochs ?? 1;
      if (!(Number.isInteger(epochs) && epochs >= 0)) throw new RangeError(`fit: epochs must be a non-negative integer, got ${epochs}`);
      const B = Math.min(n, o.batchSize ?? 10);
      if (!(Number.isInteger(B) && B >= 1)) throw new RangeError(`fit: batchSize must be a positive integer, got ${o.batchSize}`);
      const nIn = sizes[0]!;
      const tw = core.targetWidth;
      if (xb.length < B * nIn) xb = new Float64Array(B * nIn);
      if (yb.length < B * tw) yb = new Float64Array(B * tw);
      const order = new Uint32Array(n);
      for (let i = 0; i < n; i++) order[i] = i;
      const shuffle = o.shuffle ?? true;
      for (let epoch = 0; epoch < epochs; epoch++) {
        if (shuffle) {
          for (let i = n - 1; i > 0; i--) {
            const j = core.rng.int(i + 1);
            const t = order[i]!;
            order[i] = order[j]!;
            order[j] = t;
          }
        }
        let sum = 0;
        for (let from = 0; from < n; from += B) {
          const size = Math.min(B, n - from);
          for (let r = 0; r < size; r++) {
            const e = order[from + r]!;
            for (let i = 0; i < nIn; i++) xb[r * nIn + i] = x[e * nIn + i]!;
            for (let k = 0; k < tw; k++) yb[r * tw + k] = y[e * tw + k]!;
          }
          sum += update(size === B ? xb : xb.subarray(0, size * nIn), yb, size, o) * size;
        }
        lossHistory.push(sum / n);
      }
      return lossHistory;
    },
    evaluate(data: TrainingData): { loss: number; accuracy: number | null } {
      checkData('evaluate', data);
      const { x, y, n } = data;
      const p = core.predict(x, n);
      const K = sizes[L]!;
      let loss = 0;
      let right = 0;
      for (let e = 0; e < n; e++) {
        if (core.output === 'softmax') {
          let best = 0;
          for (let k = 1; k < K; k++) if (p[e * K + k]! > p[e * K + best]!) best = k;
          if (best === y[e]) right++;
        } else if (core.output === 'sigmoid') {
          for (let k = 0; k < K; k++) if (p[e * K + k]! >= 0.5 === y[e * K + k]! >= 0.5) right++;
        }
      }
      // The loss is recomputed from the logits (lossAndGrad), not from p, so it stays exact when p rounds to 0 or 1.
      const saved = grads.slice();
      for (let from = 0; from < n; from += 512) {
        const size = Math.min(512, n - from);
        const xs = Array.prototype.slice.call(x, from * sizes[0]!, (from + size) * sizes[0]!) as number[];
        const ys = Array.prototype.slice.call(y, from * core.targetWidth, (from + size) * core.targetWidth) as number[];
        loss += core.lossAndGrad(xs, ys, size) * size;
      }
      grads.set(saved);
      const accuracy = core.output === 'identity' ? null : right / (core.output === 'sigmoid' ? n * K : n);
      return { loss: loss / n, accuracy };
    },
    layerGradNorms: () => layerGradNorms(core),
    activationStats: (x: ArrayLike<number>, n: number) => activationStats(core, x, n),
    predictGrid: (nx: number, ny: number, bounds: GridBounds, out?: Float64Array) => predictGrid(core, nx, ny, bounds, out),
  });
  // A live count (Object.assign above would have copied a getter's value once).
  Object.defineProperty(model, 'steps', { get: () => steps, enumerable: true });
  return model;
}
