/**
 * Softmax and its logarithmic relatives, all evaluated after subtracting the largest logit:
 * softmax(z) = softmax(z - c) for any constant c, and with c = max z every exponent is <= 0,
 * so nothing overflows however large the logits.
 */
import { checkOut } from './check.ts';

/** Largest entry, its index, and the sum of e^(z_j - max) over the other entries. */
export interface MaxAndRest {
  max: number;
  argmax: number;
  rest: number;
}

/**
 * The pieces of a stable log-sum-exp: log sum_j e^(z_j) = max + log1p(rest). Keeping the
 * largest term (exactly 1) out of `rest` lets log1p keep the digits that log(1 + rest) loses
 * when the other entries are far below the maximum. Internal: not exported from the package.
 */
export function maxAndRest(z: ArrayLike<number>): MaxAndRest {
  let max = -Infinity;
  let argmax = 0;
  for (let j = 0; j < z.length; j++) {
    const v = z[j]!;
    if (v > max) {
      max = v;
      argmax = j;
    }
  }
  let rest = 0;
  if (Number.isFinite(max)) {
    for (let j = 0; j < z.length; j++) if (j !== argmax) rest += Math.exp(z[j]! - max);
  }
  return { max, argmax, rest };
}

function checkTemperature(temperature: number): void {
  if (!(temperature > 0)) {
    throw new RangeError(`softmax: temperature must be positive, got ${temperature}`);
  }
}

/**
 * Softmax of every row of a row-major matrix `z` with `cols` columns, written into `out`
 * (which may be `z` itself). No allocation: the batch form behind `softmax`.
 * A row holding +Infinity gets its limit (mass shared by the infinite entries); a row of only
 * -Infinity has no limit and becomes NaN.
 * Example: `softmaxRowsInto(out, [0, 0, 1000, 1000], 2)` writes [0.5, 0.5, 0.5, 0.5].
 */
export function softmaxRowsInto(
  out: Float64Array,
  z: ArrayLike<number>,
  cols: number,
  temperature = 1,
): Float64Array {
  checkTemperature(temperature);
  if (!(Number.isInteger(cols) && cols > 0) || z.length % cols !== 0) {
    throw new RangeError(`softmaxRowsInto: ${z.length} values do not split into rows of ${cols}`);
  }
  checkOut('softmaxRowsInto', out, z.length);
  for (let o = 0; o < z.length; o += cols) {
    const end = o + cols;
    let max = -Infinity;
    for (let j = o; j < end; j++) if (z[j]! > max) max = z[j]!;
    if (!Number.isFinite(max)) {
      infiniteRow(out, z, o, end, max);
      continue;
    }
    let sum = 0;
    if (temperature === 1) {
      for (let j = o; j < end; j++) sum += out[j] = Math.exp(z[j]! - max);
    } else {
      for (let j = o; j < end; j++) sum += out[j] = Math.exp((z[j]! - max) / temperature);
    }
    const inv = 1 / sum;
    for (let j = o; j < end; j++) out[j]! *= inv;
  }
  return out;
}

/** The limits for a row whose maximum is infinite (or NaN when there is none). */
function infiniteRow(out: Float64Array, z: ArrayLike<number>, start: number, end: number, max: number): void {
  let count = 0;
  for (let j = start; j < end; j++) if (z[j] === Infinity) count++;
  for (let j = start; j < end; j++) {
    out[j] = max === Infinity ? (z[j] === Infinity ? 1 / count : 0) : Number.NaN;
  }
}

/**
 * softmax(z / T)_i = e^(z_i / T) / sum_j e^(z_j / T): positive entries summing to 1.
 * Temperature T > 0 sharpens (T < 1) or flattens (T > 1) the distribution.
 * Does not modify `z`. Example: `softmax([1000, 1001, 1002])` is
 * [0.09003057317038046, 0.24472847105479764, 0.6652409557748219].
 */
export function softmax(z: ArrayLike<number>, temperature = 1): Float64Array {
  checkTemperature(temperature);
  const out = new Float64Array(z.length);
  return z.length === 0 ? out : softmaxRowsInto(out, z, z.length, temperature);
}

/**
 * log softmax(z)_i = z_i - logSumExp(z), accurate even where softmax(z)_i underflows to 0.
 * Example: `logSoftmax([0, -1000])` is [0, -1000].
 */
export function logSoftmax(z: ArrayLike<number>): Float64Array {
  const out = new Float64Array(z.length);
  const { max, rest } = maxAndRest(z);
  if (!Number.isFinite(max)) {
    infiniteRow(out, z, 0, z.length, max);
    for (let j = 0; j < out.length; j++) out[j] = Math.log(out[j]!);
    return out;
  }
  const lse = Math.log1p(rest);
  for (let j = 0; j < z.length; j++) out[j] = z[j]! - max - lse;
  return out;
}

/**
 * log sum_i e^(z_i), without overflow: max z + log(1 + sum_(i != argmax) e^(z_i - max z)).
 * Range [max z, max z + log n]; -Infinity for an empty input.
 * Example: `logSumExp([1000, 1000])` is 1000.6931471805599.
 */
export function logSumExp(z: ArrayLike<number>): number {
  const { max, rest } = maxAndRest(z);
  return Number.isFinite(max) ? max + Math.log1p(rest) : max;
}
