/**
 * Training benchmark: the kernel's MLP against TensorFlow.js (tfjs-core + tfjs-backend-cpu, with
 * its gradients registered as a bundler would) on one reference task, from the same initial
 * weights, in the same process.
 *
 * The task: 500 spiral points (noise 0), MLP 2 → 16 → 16 → 1, tanh hidden layers, sigmoid
 * output, mean binary cross-entropy on the logits, plain SGD with learning rate 0.03, 300 epochs.
 * The points are put in one seeded random order before training and kept in it (no reshuffle
 * between epochs): the generator lists class 0 before class 1, and batches of one class only
 * would not train. Two cases: batch 10 ("spiral-b10") and the full batch ("spiral-b500").
 * Initial weights: U(-1, 1) ('uniform', TensorFlow Playground's kind of init), zero biases.
 *
 * Timed, per side and per repetition: one whole training run (300 epochs) from the initial
 * weights. The kernel side is `fit` on the data in Float64Arrays. The tfjs side is
 * `optimizer.minimize` once per batch on batch tensors made before timing, then `dataSync` of
 * the last loss so the work is certainly done. Not timed: building data, weights and tensors,
 * and the final evaluation. Sides alternate (see timing.ts) and the medians are reported.
 *
 * Reported per case: examples per second of both and their ratio; the final training accuracy
 * and loss of both (float64 vs float32 arithmetic, so close but not identical: a mismatch beyond
 * 1% accuracy or 2% relative loss marks the case as a failure, since one implementation would
 * then be wrong); and the kernel's FLOP rate, counted as 6 x parameters per example (2 forward,
 * 4 backward), as a fraction of a scalar Float64Array dot-product loop timed in this process:
 * `fractionOfScalarPeak` against the plain loop (`s += a[i] * b[i]`), and
 * `fractionOfUnrolledPeak` against the same loop with four accumulators, the stricter yardstick.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { createMLP, createRng, shuffleInPlace, spiral, type MLP } from '@nonlinear/kernel';
import { alignedTable, type BenchSuite, type SuiteReport } from './report.ts';
import { registerTfjsGradients } from './tfjs-gradients.ts';
import { median, timePair } from './timing.ts';

const N = 500;
const SIZES = [2, 16, 16, 1] as const;
const EPOCHS = 300;
const LR = 0.03;
const REPS = 7;

interface Task {
  x: Float64Array;
  y: Float64Array;
}

/** The spiral in one fixed random order. */
function task(): Task {
  const data = spiral({ n: N, noise: 0, seed: 0 });
  const order = shuffleInPlace(Array.from({ length: N }, (_, i) => i), createRng(2));
  const x = new Float64Array(2 * N);
  const y = new Float64Array(N);
  order.forEach((e, r) => {
    x[2 * r] = data.x[2 * e]!;
    x[2 * r + 1] = data.x[2 * e + 1]!;
    y[r] = data.y[e]!;
  });
  return { x, y };
}

/** The same network in tfjs: variables holding the kernel's initial weights (transposed: tfjs multiplies x W). */
function tfjsTrainer(model: MLP, { x, y }: Task, batch: number) {
  const L = SIZES.length - 1;
  const initial = model.weights.map((W, l) => {
    const nIn = SIZES[l]!;
    const nOut = SIZES[l + 1]!;
    const t = new Float32Array(nIn * nOut);
    for (let j = 0; j < nOut; j++) for (let i = 0; i < nIn; i++) t[i * nOut + j] = W[j * nIn + i]!;
    return { W: t, b: Float32Array.from(model.biases[l]!) };
  });
  const W = initial.map((p, l) => tf.variable(tf.tensor2d(p.W, [SIZES[l]!, SIZES[l + 1]!])));
  const b = initial.map((p) => tf.variable(tf.tensor1d(p.b)));
  const batches: [tf.Tensor2D, tf.Tensor2D][] = [];
  for (let from = 0; from < N; from += batch) {
    const size = Math.min(batch, N - from);
    batches.push([
      tf.tensor2d(Float32Array.from(x.subarray(2 * from, 2 * (from + size))), [size, 2]),
      tf.tensor2d(Float32Array.from(y.subarray(from, from + size)), [size, 1]),
    ]);
  }
  const xAll = tf.tensor2d(Float32Array.from(x), [N, 2]);
  const yAll = tf.tensor2d(Float32Array.from(y), [N, 1]);
  const logits = (xs: tf.Tensor2D): tf.Tensor2D => {
    let h: tf.Tensor2D = xs;
    for (let l = 0; l < L; l++) {
      const z = tf.add(tf.matMul(h, W[l]!), b[l]!) as tf.Tensor2D;
      h = l < L - 1 ? tf.tanh(z) : z;
    }
    return h;
  };
  const optimizer = tf.train.sgd(LR);
  return {
    reset(): void {
      initial.forEach((p, l) => {
        W[l]!.assign(tf.tensor2d(p.W, [SIZES[l]!, SIZES[l + 1]!]));
        b[l]!.assign(tf.tensor1d(p.b));
      });
    },
    train(): void {
      let last: tf.Scalar | null = null;
      for (let epoch = 0; epoch < EPOCHS; epoch++) {
        for (const [xb, yb] of batches) {
          last?.dispose();
          last = optimizer.minimize(() => tf.losses.sigmoidCrossEntropy(yb, logits(xb)) as tf.Scalar, true);
        }
      }
      last?.dataSync();
      last?.dispose();
    },
    evaluate(): { loss: number; accuracy: number } {
      return tf.tidy(() => {
        const z = logits(xAll);
        const loss = tf.losses.sigmoidCrossEntropy(yAll, z).dataSync()[0]!;
        const right = tf.sum(tf.cast(tf.equal(tf.cast(tf.greaterEqual(z, 0), 'float32'), yAll), 'float32')).dataSync()[0]!;
        return { loss, accuracy: right / N };
      });
    },
    dispose(): void {
      tf.dispose([...W, ...b, ...batches.flat(), xAll, yAll]);
      optimizer.dispose();
    },
  };
}

/** The plain dot-product loop: one accumulator, one multiply-add per element. */
function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** The same with four accumulators, so consecutive adds do not wait for each other. */
function dot4(a: Float64Array, b: Float64Array): number {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  for (let i = 0; i < a.length; i += 4) {
    s0 += a[i]! * b[i]!;
    s1 += a[i + 1]! * b[i + 1]!;
    s2 += a[i + 2]! * b[i + 2]!;
    s3 += a[i + 3]! * b[i + 3]!;
  }
  return s0 + s1 + s2 + s3;
}

/**
 * FLOP/s (2 per element) of a dot-product loop over two Float64Arrays of 2048 values (32 KB in
 * all, resident in L1), the median of 15 timings of 1000 calls after a warm-up: the speed of
 * scalar double arithmetic in this engine with no memory stalls.
 */
function dotFlops(f: (a: Float64Array, b: Float64Array) => number): number {
  const n = 2048;
  const a = Float64Array.from({ length: n }, (_, i) => Math.sin(i));
  const b = Float64Array.from({ length: n }, (_, i) => Math.cos(i));
  let sink = 0;
  const once = (): number => {
    const t0 = performance.now();
    for (let r = 0; r < 1000; r++) sink += f(a, b);
    return performance.now() - t0;
  };
  for (let w = 0; w < 200; w++) once();
  const ms = median(Array.from({ length: 15 }, once));
  if (!Number.isFinite(sink)) throw new Error('dot product went non-finite');
  return (2 * n * 1000) / (ms / 1000);
}

const round = (v: number, digits: number): number => Number(v.toFixed(digits));

async function run(): Promise<SuiteReport> {
  tf.enableProdMode();
  await registerTfjsGradients();
  if (!(await tf.setBackend('cpu'))) throw new Error('tfjs: the cpu backend did not initialise');
  await tf.ready();

  const data = task();
  const peak = dotFlops(dot);
  const peak4 = dotFlops(dot4);
  const rows: string[][] = [];
  const lines: Record<string, unknown>[] = [];
  const failures: string[] = [];

  for (const batch of [10, N]) {
    const name = `spiral-b${batch}`;
    const model = createMLP({ sizes: SIZES, activation: 'tanh', output: 'sigmoid', init: 'uniform', seed: 1 });
    const params = model.params.length;
    const tfjs = tfjsTrainer(model, data, batch);
    const trainKernel = (): void => {
      model.reinitialize();
      model.fit({ x: data.x, y: data.y, n: N }, { epochs: EPOCHS, batchSize: batch, shuffle: false, learningRate: LR });
    };
    const trainTfjs = (): void => {
      tfjs.reset();
      tfjs.train();
    };
    const { aMs, bMs } = timePair(trainKernel, trainTfjs, { warmup: 1, reps: REPS });
    trainKernel();
    trainTfjs();
    const k = model.evaluate({ x: data.x, y: data.y, n: N });
    const t = tfjs.evaluate();
    tfjs.dispose();

    const examples = EPOCHS * N;
    const kernelRate = examples / (aMs / 1000);
    const tfjsRate = examples / (bMs / 1000);
    const fraction = (kernelRate * 6 * params) / peak;
    const agrees = Math.abs(k.accuracy! - t.accuracy) <= 0.01 && Math.abs(k.loss - t.loss) <= 0.02 * Math.max(k.loss, t.loss) + 1e-4;
    if (!agrees) failures.push(name);
    rows.push([
      name,
      String(Math.round(kernelRate)),
      String(Math.round(tfjsRate)),
      `${(kernelRate / tfjsRate).toFixed(1)}x`,
      `${(100 * k.accuracy!).toFixed(1)}% / ${(100 * t.accuracy).toFixed(1)}%`,
      `${k.loss.toFixed(4)} / ${t.loss.toFixed(4)}${agrees ? '' : '  MISMATCH'}`,
      `${(100 * fraction).toFixed(0)}% / ${((100 * kernelRate * 6 * params) / peak4).toFixed(0)}%`,
    ]);
    lines.push({
      case: name,
      kernelExamplesPerSec: Math.round(kernelRate),
      tfjsExamplesPerSec: Math.round(tfjsRate),
      ratio: round(kernelRate / tfjsRate, 2),
      kernelAccuracy: k.accuracy,
      tfjsAccuracy: t.accuracy,
      kernelLoss: round(k.loss, 6),
      tfjsLoss: round(t.loss, 6),
      fractionOfScalarPeak: round(fraction, 3),
      fractionOfUnrolledPeak: round((kernelRate * 6 * params) / peak4, 3),
      kernelGflops: round((kernelRate * 6 * params) / 1e9, 3),
      scalarPeakGflops: round(peak / 1e9, 3),
      unrolledPeakGflops: round(peak4 / 1e9, 3),
    });
  }
  const header = ['case', 'kernel ex/s', 'tfjs ex/s', 'ratio', 'accuracy kernel / tfjs', 'loss kernel / tfjs', 'of dot / dot4'];
  const note =
    `kernel FLOP rate (6 x ${SIZES.join('-')} parameters per example) as a share of a dot-product loop over L1-resident ` +
    `Float64Arrays: dot = one accumulator, ${(peak / 1e9).toFixed(2)} GFLOP/s; dot4 = four accumulators, ${(peak4 / 1e9).toFixed(2)} GFLOP/s.\n` +
    `Throughputs are medians of ${REPS} interleaved runs of ${EPOCHS} epochs.`;
  return { table: `${alignedTable(header, rows)}\n${note}`, lines, failures };
}

export const mlp: BenchSuite = { name: 'training (kernel MLP vs tfjs-core + tfjs-backend-cpu, spiral task)', run };
