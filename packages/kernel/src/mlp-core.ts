/**
 * A multilayer perceptron for the course's live widgets: small, dense, trained in the reader's
 * browser. All parameters live in one Float64Array (layer by layer: W then b), all gradients in
 * another of the same layout, so an optimiser step is one fused loop. Forward and backward run
 * over a whole batch per layer (dense.ts); the buffers they use are allocated when the model is
 * made and grow only if a larger batch arrives, so a training loop allocates nothing.
 *
 * This file holds the model and its exact gradient; `createMLP` (mlp.ts) adds training and
 * mlp-stats.ts the instrumentation the widgets draw.
 */
import { activateInto, activationKind, denseBackward, denseForward, multiplyByDerivative } from './dense.ts';
import { outputActivation, outputLossAndDelta, type OutputName } from './output-loss.ts';
import type { ActivationName } from './registry.ts';
import { createRng, type Rng } from './rng.ts';

export type { OutputName } from './output-loss.ts';

/** Initial weights: biases start at 0; weights are drawn for a layer with n inputs and m outputs. */
export type InitName = 'xavier' | 'he' | 'uniform';

/** The architecture and initialisation of an MLP. */
export interface MLPOptions {
  /** Widths from input to output, e.g. [2, 16, 16, 1]: at least two entries, all positive integers. */
  sizes: readonly number[];
  /** The hidden layers' activation; "linear" means none (the network is then affine). */
  activation: ActivationName | 'linear';
  /** The output activation, which also fixes the loss: sigmoid → binary cross-entropy on the logits, softmax → cross-entropy, identity → mean squared error. */
  output: OutputName;
  /** xavier: U(-a, a), a = sqrt(6 / (n + m)); he: N(0, 2 / n); uniform: U(-1, 1), a naive scale that ignores the width. */
  init: InitName;
  /** Seeds the weights and every later shuffle: the same seed gives bit-identical training. */
  seed: number;
}

/** The model core shared by training and instrumentation. */
export interface MLPCore {
  readonly sizes: readonly number[];
  readonly activation: ActivationName | 'linear';
  readonly output: OutputName;
  /** Every parameter, layer by layer: W (out x in, row-major), then b. */
  readonly params: Float64Array;
  /** dL/dparams from the last `lossAndGrad`, same layout as `params`. */
  readonly grads: Float64Array;
  /** Views into `params`: weights[l][j * sizes[l] + i] connects input i to unit j of layer l + 1. */
  readonly weights: readonly Float64Array[];
  readonly biases: readonly Float64Array[];
  /** Views into `grads`, laid out like `weights` and `biases`. */
  readonly gradWeights: readonly Float64Array[];
  readonly gradBiases: readonly Float64Array[];
  /** The generator the model was seeded with; training draws its shuffles from it. */
  readonly rng: Rng;
  /** Numbers per target: 1 (a class index) for softmax, else the output width. */
  readonly targetWidth: number;
  /** Output activations for n examples (x is n x sizes[0], row-major): n x outputWidth values. */
  predict(x: ArrayLike<number>, n?: number): Float64Array;
  /** Mean loss over n examples, and its gradient written into `grads`. */
  lossAndGrad(x: ArrayLike<number>, y: ArrayLike<number>, n?: number): number;
  /** Runs the hidden layers on a chunk of at most `chunkSize` examples; returns the pre-activations and activations per hidden layer. */
  forwardHidden(x: ArrayLike<number>, n: number): { z: readonly Float64Array[]; a: readonly Float64Array[] };
  /** Draws fresh initial weights (zero biases) with a new seed, or the original one. */
  reinitialize(seed?: number): void;
}

function checkOptions({ sizes, activation, output, init, seed }: MLPOptions): void {
  if (!(Array.isArray(sizes) && sizes.length >= 2 && sizes.every((s) => Number.isInteger(s) && s >= 1))) {
    throw new RangeError(`createMLP: sizes must list at least two positive integer widths, got [${String(sizes)}]`);
  }
  if (!['xavier', 'he', 'uniform'].includes(init)) throw new RangeError(`createMLP: unknown init "${init}"`);
  if (!['sigmoid', 'softmax', 'identity'].includes(output)) throw new RangeError(`createMLP: unknown output "${output}"`);
  if (output === 'softmax' && sizes[sizes.length - 1]! < 2) throw new RangeError('createMLP: a softmax output needs at least 2 units');
  if (typeof activation !== 'string') throw new RangeError('createMLP: activation must be a name');
  if (!Number.isFinite(seed)) throw new RangeError(`createMLP: seed must be a finite number, got ${seed}`);
}

/** Draws one layer's weights in place. */
function initLayer(W: Float64Array, n: number, m: number, init: InitName, rng: Rng): void {
  if (init === 'he') {
    const sd = Math.sqrt(2 / n);
    for (let k = 0; k < W.length; k++) W[k] = sd * rng.normal();
  } else {
    const a = init === 'xavier' ? Math.sqrt(6 / (n + m)) : 1;
    for (let k = 0; k < W.length; k++) W[k] = a * (2 * rng.next() - 1);
  }
}

/** Largest batch the forward/backward buffers hold; bigger inputs are processed in chunks. */
const CHUNK = 512;

/** Builds the model core: parameters, gradients, buffers and the exact gradient. Internal. */
export function createMLPCore(options: MLPOptions): MLPCore {
  checkOptions(options);
  const { sizes, activation, output, init, seed } = options;
  const L = sizes.length - 1;
  const nIn0 = sizes[0]!;
  const K = sizes[L]!;
  const targetWidth = output === 'softmax' ? 1 : K;
  const hiddenKind = activationKind(activation);

  let total = 0;
  const offsets: number[] = [];
  for (let l = 0; l < L; l++) {
    offsets.push(total);
    total += sizes[l + 1]! * (sizes[l]! + 1);
  }
  const params = new Float64Array(total);
  const grads = new Float64Array(total);
  const view = (arr: Float64Array, l: number, bias: boolean): Float64Array => {
    const nW = sizes[l + 1]! * sizes[l]!;
    const o = offsets[l]!;
    return bias ? arr.subarray(o + nW, o + nW + sizes[l + 1]!) : arr.subarray(o, o + nW);
  };
  const weights = sizes.slice(1).map((_, l) => view(params, l, false));
  const biases = sizes.slice(1).map((_, l) => view(params, l, true));
  const gradWeights = sizes.slice(1).map((_, l) => view(grads, l, false));
  const gradBiases = sizes.slice(1).map((_, l) => view(grads, l, true));

  // Per layer l (0..L-1): pre-activations z[l] and activations a[l] (the output layer's a is the
  // prediction), and dL/dz in d[l]; xIn holds a chunk of inputs copied from the caller.
  let cap = 0;
  let xIn = new Float64Array(0);
  let z: Float64Array[] = [];
  let a: Float64Array[] = [];
  let d: Float64Array[] = [];
  const ensure = (B: number): void => {
    if (B <= cap) return;
    cap = Math.max(B, 2 * cap);
    xIn = new Float64Array(cap * nIn0);
    z = sizes.slice(1).map((m) => new Float64Array(cap * m));
    a = sizes.slice(1).map((m) => new Float64Array(cap * m));
    d = sizes.slice(1).map((m) => new Float64Array(cap * m));
  };

  let rng = createRng(seed);
  const reinitialize = (newSeed = seed): void => {
    rng = createRng(newSeed);
    params.fill(0);
    for (let l = 0; l < L; l++) initLayer(weights[l]!, sizes[l]!, sizes[l + 1]!, init, rng);
    core.rng = rng;
  };

  /** Copies n examples from x (starting at example `from`) into xIn, or uses x itself. */
  const input = (x: ArrayLike<number>, from: number, n: number): Float64Array => {
    if (x instanceof Float64Array && from === 0 && x.length === n * nIn0) return x;
    ensure(n);
    for (let k = 0, o = from * nIn0; k < n * nIn0; k++) xIn[k] = x[o + k]!;
    return xIn;
  };

  /** Forward pass of B examples through every layer; leaves logits in z[L - 1]. */
  const forward = (x0: Float64Array, B: number): void => {
    let x = x0;
    for (let l = 0; l < L; l++) {
      const m = sizes[l + 1]!;
      denseForward(x, B, sizes[l]!, weights[l]!, biases[l]!, m, z[l]!);
      if (l < L - 1) activateInto(hiddenKind, activation, z[l]!, a[l]!, B * m);
      x = a[l]!;
    }
  };

  const checkCount = (fn: string, x: ArrayLike<number>, n: number | undefined): number => {
    const count = n ?? x.length / nIn0;
    if (!(Number.isInteger(count) && count >= 1 && x.length >= count * nIn0)) {
      throw new RangeError(`${fn}: x holds ${x.length} numbers, not n = ${n ?? count} examples of ${nIn0} inputs`);
    }
    return count;
  };

  const core = {
    sizes: [...sizes],
    activation,
    output,
    params,
    grads,
    weights,
    biases,
    gradWeights,
    gradBiases,
    rng,
    targetWidth,
    predict(x: ArrayLike<number>, n?: number): Float64Array {
      const count = checkCount('predict', x, n);
      const out = new Float64Array(count * K);
      for (let from = 0; from < count; from += CHUNK) {
        const B = Math.min(CHUNK, count - from);
        ensure(B);
        forward(input(x, from, B), B);
        outputActivation(output, z[L - 1]!, B, K, a[L - 1]!);
        out.set(a[L - 1]!.subarray(0, B * K), from * K);
      }
      return out;
    },
    lossAndGrad(x: ArrayLike<number>, y: ArrayLike<number>, n?: number): number {
      const B = checkCount('lossAndGrad', x, n);
      if (y.length < B * targetWidth) throw new RangeError(`lossAndGrad: y holds ${y.length} numbers, needs ${B * targetWidth}`);
      ensure(B);
      const x0 = input(x, 0, B);
      forward(x0, B);
      const loss = outputLossAndDelta(output, z[L - 1]!, y, B, K, a[L - 1]!, d[L - 1]!);
      for (let l = L - 1; l >= 0; l--) {
        const nIn = sizes[l]!;
        const below = l > 0 ? d[l - 1]! : null;
        denseBackward(l > 0 ? a[l - 1]! : x0, B, nIn, weights[l]!, sizes[l + 1]!, d[l]!, gradWeights[l]!, gradBiases[l]!, below);
        if (below !== null) multiplyByDerivative(hiddenKind, activation, z[l - 1]!, a[l - 1]!, below, B * nIn);
      }
      return loss;
    },
    forwardHidden(x: ArrayLike<number>, n: number) {
      const B = checkCount('forwardHidden', x, n);
      if (B > CHUNK) throw new RangeError(`forwardHidden: at most ${CHUNK} examples at a time, got ${B}`);
      ensure(B);
      forward(input(x, 0, B), B);
      return { z: z.slice(0, L - 1), a: a.slice(0, L - 1) };
    },
    reinitialize,
  };
  reinitialize();
  return core;
}
