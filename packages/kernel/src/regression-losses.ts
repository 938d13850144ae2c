import { checkPairs } from './check.ts';

/**
 * Mean squared error, (1/n) sum_i (yPred_i - yTrue_i)^2. Squaring makes it the loss most
 * swayed by outliers. Example: `mse([1, 2], [1, 4])` is 2.
 */
export function mse(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  const n = checkPairs('mse', yTrue, yPred);
  let s = 0;
  for (let i = 0; i < n; i++) {
    const r = yPred[i]! - yTrue[i]!;
    // r (r / n) rather than r^2 / n: r^2 overflows for |r| > 1.3e154 even where the mean does not.
    s += r * (r / n);
  }
  return s;
}

/** d mse / d yPred_i = 2 (yPred_i - yTrue_i) / n. Example: `mseGrad([1, 2], [1, 4])` is [0, 2]. */
export function mseGrad(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): Float64Array {
  const n = checkPairs('mseGrad', yTrue, yPred);
  const g = new Float64Array(n);
  for (let i = 0; i < n; i++) g[i] = ((yPred[i]! - yTrue[i]!) / n) * 2;
  return g;
}

/**
 * Mean absolute error, (1/n) sum_i |yPred_i - yTrue_i|: robust to outliers (the best constant
 * prediction is the median). Example: `mae([1, 2], [1, 4])` is 1.
 */
export function mae(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  const n = checkPairs('mae', yTrue, yPred);
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.abs(yPred[i]! - yTrue[i]!);
  return s / n;
}

/**
 * d mae / d yPred_i = sign(yPred_i - yTrue_i) / n, taking 0 where they are equal (a subgradient).
 * Example: `maeGrad([1, 2], [1, 4])` is [0, 0.5].
 */
export function maeGrad(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): Float64Array {
  const n = checkPairs('maeGrad', yTrue, yPred);
  const g = new Float64Array(n);
  for (let i = 0; i < n; i++) g[i] = Math.sign(yPred[i]! - yTrue[i]!) / n;
  return g;
}

function checkDelta(fn: string, delta: number): void {
  if (!(delta > 0)) throw new RangeError(`${fn}: delta must be positive, got ${delta}`);
}

/**
 * Huber loss, the mean of r^2 / 2 for |r| <= delta and delta (|r| - delta / 2) beyond, with
 * r = yPred - yTrue: quadratic near zero, linear (so robust) for outliers.
 * Example: `huber([0, 0], [0.5, 3])` is (0.125 + 2.5) / 2 = 1.3125.
 */
export function huber(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, delta = 1): number {
  const n = checkPairs('huber', yTrue, yPred);
  checkDelta('huber', delta);
  let s = 0;
  for (let i = 0; i < n; i++) {
    const a = Math.abs(yPred[i]! - yTrue[i]!);
    s += a <= delta ? 0.5 * a * a : delta * (a - 0.5 * delta);
  }
  return s / n;
}

/**
 * d huber / d yPred_i = clamp(yPred_i - yTrue_i, -delta, delta) / n.
 * Example: `huberGrad([0, 0], [0.5, 3])` is [0.25, 0.5].
 */
export function huberGrad(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, delta = 1): Float64Array {
  const n = checkPairs('huberGrad', yTrue, yPred);
  checkDelta('huberGrad', delta);
  const g = new Float64Array(n);
  for (let i = 0; i < n; i++) g[i] = Math.min(delta, Math.max(-delta, yPred[i]! - yTrue[i]!)) / n;
  return g;
}
