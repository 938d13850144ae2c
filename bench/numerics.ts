/**
 * Numerics benchmark: the kernel's batch activations and row softmax against TensorFlow.js on
 * its pure-JavaScript CPU backend, on identical inputs.
 *
 * What is timed, per call (the median of REPS calls is reported):
 * - kernel: exactly one `fooInto(out, x)` call. `x` (Float64Array) and `out` (a preallocated
 *   Float64Array) exist before timing; the call allocates nothing.
 * - tfjs: the op on an input tensor that exists before timing, then `dataSync()` of the result
 *   (so the values are certainly computed; on the CPU backend this returns the result's own
 *   Float32Array without copying), then `dispose()` of the result. So tfjs's time includes
 *   allocating its output array, which its API cannot avoid, and releasing it; for GELU it
 *   includes the intermediate tensors of the composed formula and their disposal by `tf.tidy`.
 *   The constant scalar tensors of that formula are created once, outside timing.
 * Not timed on either side: input generation, tensor creation from the inputs, the agreement
 * check, and library start-up (`setBackend`, `ready`).
 *
 * Inputs are float32-representable doubles (see rng.ts), so both sides see the same numbers;
 * the kernel works in float64 and tfjs in float32, so they agree to float32 rounding (~1e-7),
 * except GELU, where tfjs's erf is the Abramowitz-Stegun 7.1.26 approximation (|error| up to
 * 1.5e-7, times |x|/2 <= 4 here). A case whose outputs differ by more than its tolerance is
 * reported as a mismatch, so a wrong kernel cannot be fast silently.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu'; // side effect: registers the 'cpu' backend
import { geluInto, sigmoidInto, softmaxRowsInto, tanhInto } from '@nonlinear/kernel';
import { timingReport, type BenchSuite, type CaseResult, type SuiteReport } from './report.ts';
import { normalArray, uniformArray } from './rng.ts';
import { timePair } from './timing.ts';

const WARMUP = 5;
const REPS = 15;

const N_ACTIVATION = 1_000_000;
const SOFTMAX_ROWS = 100_000;
const SOFTMAX_COLS = 10;

interface NumericsCase {
  name: string;
  /** Largest acceptable |kernel - tfjs| over all outputs. */
  tolerance: number;
  /** Timed kernel work; leaves its result in `kernelOut`. */
  kernel: () => void;
  kernelOut: Float64Array;
  /** The tfjs op, returning a result tensor the caller owns. */
  tfjs: () => tf.Tensor;
}

/** Largest |a[i] - b[i]|, NaN if any difference is NaN (a plain max would skip NaNs). */
function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new RangeError(`length ${a.length} vs ${b.length}`);
  let max = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i]! - b[i]!);
    if (Number.isNaN(d)) return Number.NaN;
    if (d > max) max = d;
  }
  return max;
}

function runCase(c: NumericsCase): CaseResult {
  const tfjsTimed = (): void => {
    const y = c.tfjs();
    y.dataSync();
    y.dispose();
  };
  const { aMs: kernelMs, bMs: tfjsMs } = timePair(c.kernel, tfjsTimed, { warmup: WARMUP, reps: REPS });

  // Agreement, untimed: a fresh run of each side on the same inputs.
  c.kernel();
  const y = c.tfjs();
  const diff = maxAbsDiff(c.kernelOut, y.dataSync());
  y.dispose();

  return {
    case: c.name,
    kernelMs,
    tfjsMs,
    ratio: tfjsMs / kernelMs,
    maxAbsDiff: diff,
    agrees: diff <= c.tolerance, // false for NaN
  };
}

async function run(): Promise<SuiteReport> {
  // Production mode only silences tfjs's console notices (e.g. its one-off "install tfjs-node"
  // hint); it does not change how kernels run.
  tf.enableProdMode();
  if (!(await tf.setBackend('cpu'))) throw new Error('tfjs: the cpu backend did not initialise');
  await tf.ready();

  const x = uniformArray(N_ACTIVATION, -8, 8, 0x5eed_0001);
  const z = normalArray(SOFTMAX_ROWS * SOFTMAX_COLS, 3, 0x5eed_0002);
  // Float32Array.from is exact: every value is already a float32.
  const xT = tf.tensor1d(Float32Array.from(x), 'float32');
  const zT = tf.tensor2d(Float32Array.from(z), [SOFTMAX_ROWS, SOFTMAX_COLS], 'float32');
  const half = tf.scalar(0.5, 'float32');
  const one = tf.scalar(1, 'float32');
  const invSqrt2 = tf.scalar(Math.SQRT1_2, 'float32');

  const outX = new Float64Array(N_ACTIVATION);
  const outZ = new Float64Array(z.length);

  const cases: NumericsCase[] = [
    {
      name: 'sigmoid-1e6',
      tolerance: 1e-6,
      kernel: () => void sigmoidInto(outX, x),
      kernelOut: outX,
      tfjs: () => tf.sigmoid(xT),
    },
    {
      name: 'tanh-1e6',
      tolerance: 1e-6,
      kernel: () => void tanhInto(outX, x),
      kernelOut: outX,
      tfjs: () => tf.tanh(xT),
    },
    {
      name: 'gelu-1e6',
      tolerance: 2e-6,
      kernel: () => void geluInto(outX, x),
      kernelOut: outX,
      // tfjs has no GELU op: the exact form 0.5 x (1 + erf(x / sqrt 2)), intermediates freed.
      tfjs: () => tf.tidy(() => tf.mul(tf.mul(half, xT), tf.add(one, tf.erf(tf.mul(xT, invSqrt2))))),
    },
    {
      name: 'softmax-1e5x10',
      tolerance: 1e-6,
      kernel: () => void softmaxRowsInto(outZ, z, SOFTMAX_COLS),
      kernelOut: outZ,
      tfjs: () => tf.softmax(zT), // over the last axis, i.e. per row; tfjs subtracts the row max
    },
  ];

  try {
    return timingReport(cases.map(runCase));
  } finally {
    tf.dispose([xT, zT, half, one, invSqrt2]);
  }
}

export const numerics: BenchSuite = { name: 'numerics (kernel vs tfjs-core + tfjs-backend-cpu)', run };
