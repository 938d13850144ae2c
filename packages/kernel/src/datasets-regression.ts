/**
 * 1-D regression sets for the losses chapter: a curve, Gaussian noise on y, and optional outliers,
 * all moved the same way (up), so that they drag a least-squares fit while MAE and Huber hold.
 * Same seed, same data; the draws do not depend on `noise`, so only the jitter's size changes with it.
 */
import { checkInt, checkNoise, type Dataset } from './datasets.ts';
import { toRng, type Rng } from './rng.ts';

/** Options of every regression set. */
export interface RegressionOptions {
  /** Number of points, an integer >= 1. */
  readonly n: number;
  /** Standard deviation of the Gaussian noise added to y; >= 0, default 0. */
  readonly noise?: number;
  readonly seed: number | Rng;
  /** How many points (a count, 0..n) to move up by a distance uniform in [3, 5]; default 0. */
  readonly outliers?: number;
}

/** Options of `linear`: the line y = slope · x + intercept. */
export interface LinearOptions extends RegressionOptions {
  /** Default 1. */
  readonly slope?: number;
  /** Default 0. */
  readonly intercept?: number;
}

/** A regression set (dims 1, classes 0) that also says which rows are outliers. */
export interface RegressionDataset extends Dataset {
  /** Rows moved off the curve, ascending; `outliers` of them. */
  readonly outlierIndices: Uint32Array;
}

function generate(
  fn: string,
  options: RegressionOptions,
  lo: number,
  hi: number,
  f: (x: number) => number,
): RegressionDataset {
  const n = checkInt(fn, 'n', options.n, 1);
  const noise = checkNoise(fn, options.noise);
  const count = checkInt(fn, 'outliers', options.outliers ?? 0, 0, n);
  const rng = toRng(options.seed);
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = lo + (hi - lo) * rng.next();
  x.sort();
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) y[i] = f(x[i]!) + noise * rng.normal();
  // A partial Fisher-Yates shuffle: its first `count` entries are distinct rows, uniformly chosen.
  const rows = Uint32Array.from({ length: n }, (_, i) => i);
  for (let j = 0; j < count; j++) {
    const r = j + rng.int(n - j);
    const t = rows[j]!;
    rows[j] = rows[r]!;
    rows[r] = t;
  }
  const outlierIndices = rows.slice(0, count).sort();
  for (const r of outlierIndices) y[r] = y[r]! + 3 + 2 * rng.next();
  return { x, y, n, dims: 1, classes: 0, outlierIndices };
}

/**
 * y = sin(x) for x uniform on [-π, π] (sorted ascending), plus noise · N(0, 1) on y; `outliers`
 * rows, chosen at random, are moved up by 3 to 5. One period: a curve a line cannot fit.
 * Example: `sine({ n: 100, seed: 1 })` has y[i] === Math.sin(x[i]) for every i.
 */
export function sine(options: RegressionOptions): RegressionDataset {
  return generate('sine', options, -Math.PI, Math.PI, Math.sin);
}

/**
 * y = slope · x + intercept (defaults 1 and 0) for x uniform on [-1, 1] (sorted ascending), plus
 * noise · N(0, 1) on y; `outliers` rows, chosen at random, are moved up by 3 to 5: the set that
 * shows MSE chasing outliers while MAE and Huber stay on the line.
 * Example: `linear({ n: 50, noise: 0.1, outliers: 3, seed: 1 })` has 3 points far above the line.
 */
export function linear(options: LinearOptions): RegressionDataset {
  const slope = options.slope ?? 1;
  const intercept = options.intercept ?? 0;
  if (!Number.isFinite(slope) || !Number.isFinite(intercept)) {
    throw new RangeError(`linear: slope and intercept must be finite, got ${slope} and ${intercept}`);
  }
  return generate('linear', options, -1, 1, (x) => slope * x + intercept);
}
