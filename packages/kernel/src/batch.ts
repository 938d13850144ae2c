import { gelu } from './gelu.ts';

/**
 * Batch forms of the activations for widgets and benchmarks: one pass over a typed array, no
 * allocation per element, `out` may be `x` itself. Each element equals the scalar function's
 * result bit for bit.
 */

function checkLengths(fn: string, out: Float64Array, x: ArrayLike<number>): void {
  if (out.length < x.length) throw new RangeError(`${fn}: out holds ${out.length} values, needs ${x.length}`);
}

/** out[i] = sigmoid(x[i]). Example: `sigmoidInto(new Float64Array(1), [0])` is [0.5]. */
export function sigmoidInto(out: Float64Array, x: ArrayLike<number>): Float64Array {
  checkLengths('sigmoidInto', out, x);
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    // The two branches of `sigmoid` folded into one exp: e = e^(-|v|), and
    // sigma(v) = 1/(1+e) for v >= 0, e/(1+e) for v < 0.
    const e = Math.exp(v >= 0 ? -v : v);
    out[i] = (v >= 0 ? 1 : e) / (1 + e);
  }
  return out;
}

/** out[i] = tanh(x[i]). Example: `tanhInto(new Float64Array(1), [0])` is [0]. */
export function tanhInto(out: Float64Array, x: ArrayLike<number>): Float64Array {
  checkLengths('tanhInto', out, x);
  for (let i = 0; i < x.length; i++) out[i] = Math.tanh(x[i]!);
  return out;
}

/** out[i] = gelu(x[i]). Example: `geluInto(new Float64Array(1), [0])` is [0]. */
export function geluInto(out: Float64Array, x: ArrayLike<number>): Float64Array {
  checkLengths('geluInto', out, x);
  for (let i = 0; i < x.length; i++) out[i] = gelu(x[i]!);
  return out;
}
