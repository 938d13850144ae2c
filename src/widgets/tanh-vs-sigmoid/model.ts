/**
 * tanh against the sigmoid, the model: both functions and their derivatives over [-6, 6], their
 * values at the reader's x, the identity tanh(x) = 2σ(2x) − 1 checked on the whole grid, and
 * histograms of both functions applied to the same seeded normal inputs (tanh's outputs centre on
 * 0, the sigmoid's on 0.5). Pure: the functions come from the kernel, the inputs from `createRng`.
 */
import { createRng, sigmoid, sigmoidGrad, tanh, tanhGrad } from '@nonlinear/kernel';
import { booleanField, numberField, type StateOf } from '../core/schema';

/** Inputs per histogram ("a few thousand standard normal inputs", as the chapter says). */
export const SAMPLES = 4000;
/** The inputs' seed: the same draw on every page load, scaled by the spread slider. */
export const SEED = 5;
/** Histogram bins: 40 of width 0.05 over [-1, 1], shared by both functions. */
export const BINS = 40;
/** The curves are drawn on x = −6 … 6 in steps of 0.05: 241 points. */
export const X_MAX = 6;
const STEPS_PER_UNIT = 20;

/**
 * The reader's settings: the point x (−6 to 6), whether 2σ(2x) − 1 is drawn over tanh, and the
 * standard deviation (0.25 to 4) of the normal inputs behind the histograms.
 * Example: `?tanh-vs-sigmoid.overlay=1&tanh-vs-sigmoid.spread=3` shows the overlay and inputs of sd 3.
 */
export const schema = {
  x: numberField({ label: 'Input x', min: -X_MAX, max: X_MAX, step: 0.1, default: 3 }),
  overlay: booleanField({ label: 'Overlay 2σ(2x) − 1 on tanh', default: false }),
  spread: numberField({ label: 'Spread of the random inputs (sd)', min: 0.25, max: 4, step: 0.25, default: 1 }),
};
export type State = StateOf<typeof schema>;

/** Both functions, both derivatives and the rescaled sigmoid 2σ(2x) − 1 at one input. */
export interface Point {
  x: number;
  t: number;
  s: number;
  dt: number;
  ds: number;
  /** 2σ(2x) − 1, which equals tanh(x). */
  rescaled: number;
}

/** A histogram of one function's outputs and the sample's summary statistics. */
export interface Histogram {
  bins: { x0: number; x1: number; count: number }[];
  mean: number;
  /** Standard deviation of the sample (dividing by the sample size). */
  sd: number;
  min: number;
  max: number;
}

/** Everything the view draws, computed from the state. */
export interface Derived {
  curve: Point[];
  at: Point;
  /** max |tanh(x) − (2σ(2x) − 1)| over the curve's grid: rounding error only. */
  maxGap: number;
  overlay: boolean;
  samples: Samples;
}

/** What the histograms show: both functions on the same seeded normal inputs of one spread. */
export interface Samples {
  spread: number;
  tanhHist: Histogram;
  sigmoidHist: Histogram;
  /** The population standard deviations for normal inputs of this spread (the samples estimate them). */
  tanhSd: number;
  sigmoidSd: number;
}

/** The five values at x. Example: `pointAt(0)` has t = 0, s = 0.5, dt = 1, ds = 0.25, rescaled = 0. */
export function pointAt(x: number): Point {
  return { x, t: tanh(x), s: sigmoid(x), dt: tanhGrad(x), ds: sigmoidGrad(x), rescaled: 2 * sigmoid(2 * x) - 1 };
}

/**
 * Bins values in [-1, 1] into BINS equal bins (a value of exactly 1 goes into the last) and
 * summarises them. Example: `histogram([0, 0.5])` has mean 0.25, sd 0.25, one count in bin 20 and one in bin 30.
 */
export function histogram(values: ArrayLike<number>): Histogram {
  const counts = new Array<number>(BINS).fill(0);
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    counts[Math.min(BINS - 1, Math.max(0, Math.floor(((v + 1) * BINS) / 2)))]! += 1;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const mean = sum / values.length;
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += (values[i]! - mean) ** 2;
  const half = BINS / 2;
  const bins = counts.map((count, k) => ({ x0: (k - half) / half, x1: (k + 1 - half) / half, count }));
  return { bins, mean, sd: Math.sqrt(squares / values.length), min, max };
}

/**
 * The standard deviation of f(Z) for Z normal with mean 0 and standard deviation `spread`, given
 * the population mean of f(Z): E[(f(Z) − mean)²] by the trapezoid rule on z in [−12, 12] with 2401
 * points (for a smooth integrand against a Gaussian weight it converges faster than any power of
 * the step; the tails beyond 12 weigh less than 1e-32). Example: `populationSd(tanh, 1, 0)` is 0.62793.
 */
export function populationSd(f: (x: number) => number, spread: number, mean: number): number {
  const h = 0.01;
  let sum = 0;
  for (let i = -1200; i <= 1200; i++) {
    const z = i * h;
    sum += Math.exp(-0.5 * z * z) * (f(spread * z) - mean) ** 2;
  }
  return Math.sqrt((sum * h) / Math.sqrt(2 * Math.PI));
}

/**
 * SAMPLES standard normal deviates from `createRng(SEED)`: the same on every call.
 * Example: `standardNormals()[0]` is the same number on every machine.
 */
export function standardNormals(): Float64Array {
  const rng = createRng(SEED);
  return Float64Array.from({ length: SAMPLES }, () => rng.normal());
}

/**
 * The histograms' data for inputs of standard deviation `spread` (0.25 to 4): the standard
 * normals scaled by `spread`, through tanh and σ, so a new spread stretches the same draw. A
 * mounted widget passes the normals it keeps. Example: `drawSamples(1).sigmoidHist.mean` is close
 * to 0.5 and `.tanhSd` is 0.62793.
 */
export function drawSamples(spread: number, normals: Float64Array = standardNormals()): Samples {
  const tanhOut = new Float64Array(SAMPLES);
  const sigmoidOut = new Float64Array(SAMPLES);
  for (let i = 0; i < SAMPLES; i++) {
    const input = spread * normals[i]!;
    tanhOut[i] = tanh(input);
    sigmoidOut[i] = sigmoid(input);
  }
  return {
    spread,
    tanhHist: histogram(tanhOut),
    sigmoidHist: histogram(sigmoidOut),
    // By symmetry the population means are exactly 0 (tanh is odd) and 1/2 (σ(−x) = 1 − σ(x)).
    tanhSd: populationSd(tanh, spread, 0),
    sigmoidSd: populationSd(sigmoid, spread, 0.5),
  };
}

/**
 * The curves, the point, the identity's largest gap, and the samples for a state; x in [−6, 6],
 * spread in [0.25, 4]. `samples` lets a mounted widget pass the draw it kept for this spread.
 * Example: `derive({ x: 3, overlay: false, spread: 1 }).at.dt` is tanh′(3) = 0.009866.
 */
export function derive({ x, overlay, spread }: State, samples: Samples = drawSamples(spread)): Derived {
  const curve = Array.from({ length: 2 * X_MAX * STEPS_PER_UNIT + 1 }, (_, i) => pointAt((i - X_MAX * STEPS_PER_UNIT) / STEPS_PER_UNIT));
  let maxGap = 0;
  for (const p of curve) maxGap = Math.max(maxGap, Math.abs(p.t - p.rescaled));
  return { curve, at: pointAt(x), maxGap, overlay, samples };
}
