/**
 * The inner loops of the MLP: a dense layer's forward and backward pass over a batch, and the
 * hidden activations with their derivatives. Plain loops over Float64Arrays, row-major, no
 * allocation; the MLP (mlp.ts) owns the buffers and calls these once per layer per batch.
 *
 * Shapes: a batch of B examples with nIn inputs is x[b * nIn + i]; a layer's weights are
 * W[j * nIn + i] (row j holds the weights into unit j, as in z = W x + b); biases b[j].
 * Internal: not exported from the package.
 */
import { activations, type ActivationName } from './registry.ts';

/** Fast paths for the common activations; everything else goes through the registry. */
export const LINEAR = 0;
export const TANH = 1;
export const RELU = 2;
export const SIGMOID = 3;
export const GENERIC = 4;

/** The fast-path code of an activation name ("linear" is the identity). */
export function activationKind(name: ActivationName | 'linear'): number {
  if (name === 'linear' || name === 'identity') return LINEAR;
  if (name === 'tanh') return TANH;
  if (name === 'relu') return RELU;
  if (name === 'sigmoid') return SIGMOID;
  return GENERIC;
}

/*
 * Speed. V8 compiles these loops to scalar machine code (no SIMD), so what limits them is the
 * latency of each floating-point add into one accumulator and the number of loads per multiply.
 * Both loops therefore work on blocks of four independent sums that share a load: four examples
 * four units against one input in the forward pass, four weights (or four inputs) against one
 * error signal in the backward pass. That is the register blocking of a matrix-multiply kernel, and it
 * roughly doubles the speed of the plain triple loop on the course's 16-unit layers.
 */

/** z = x W^T + b for every example: z[e * nOut + j] = b[j] + sum_i W[j * nIn + i] x[e * nIn + i]. */
export function denseForward(
  x: Float64Array, B: number, nIn: number,
  W: Float64Array, bias: Float64Array, nOut: number,
  z: Float64Array,
): void {
  for (let e = 0; e < B; e++) {
    const xo = e * nIn;
    const zo = e * nOut;
    let j = 0;
    for (; j + 4 <= nOut; j += 4) {
      const w0 = j * nIn, w1 = w0 + nIn, w2 = w1 + nIn, w3 = w2 + nIn;
      let s0 = bias[j]!, s1 = bias[j + 1]!, s2 = bias[j + 2]!, s3 = bias[j + 3]!;
      for (let i = 0; i < nIn; i++) {
        const xi = x[xo + i]!;
        s0 += W[w0 + i]! * xi;
        s1 += W[w1 + i]! * xi;
        s2 += W[w2 + i]! * xi;
        s3 += W[w3 + i]! * xi;
      }
      z[zo + j] = s0;
      z[zo + j + 1] = s1;
      z[zo + j + 2] = s2;
      z[zo + j + 3] = s3;
    }
    for (; j < nOut; j++) {
      const wo = j * nIn;
      let s = bias[j]!;
      for (let i = 0; i < nIn; i++) s += W[wo + i]! * x[xo + i]!;
      z[zo + j] = s;
    }
  }
}

/**
 * The backward pass of a dense layer given dL/dz (`dz`, B x nOut): writes dL/dW = dz^T x into
 * gW, dL/db = the column sums of dz into gb, and, when dx is given, dL/dx = dz W (B x nIn)
 * into dx. Every entry of gW and gb is written, so they need no clearing first.
 */
export function denseBackward(
  x: Float64Array, B: number, nIn: number,
  W: Float64Array, nOut: number, dz: Float64Array,
  gW: Float64Array, gb: Float64Array, dx: Float64Array | null,
): void {
  for (let j = 0; j < nOut; j++) {
    const wo = j * nIn;
    let sb = 0;
    for (let e = 0; e < B; e++) sb += dz[e * nOut + j]!;
    gb[j] = sb;
    let i = 0;
    for (; i + 4 <= nIn; i += 4) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let e = 0; e < B; e++) {
        const d = dz[e * nOut + j]!;
        const xo = e * nIn + i;
        s0 += d * x[xo]!;
        s1 += d * x[xo + 1]!;
        s2 += d * x[xo + 2]!;
        s3 += d * x[xo + 3]!;
      }
      gW[wo + i] = s0;
      gW[wo + i + 1] = s1;
      gW[wo + i + 2] = s2;
      gW[wo + i + 3] = s3;
    }
    for (; i < nIn; i++) {
      let s = 0;
      for (let e = 0; e < B; e++) s += dz[e * nOut + j]! * x[e * nIn + i]!;
      gW[wo + i] = s;
    }
  }
  if (dx === null) return;
  for (let e = 0; e < B; e++) {
    const zo = e * nOut;
    const xo = e * nIn;
    let i = 0;
    for (; i + 4 <= nIn; i += 4) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let j = 0; j < nOut; j++) {
        const d = dz[zo + j]!;
        const wo = j * nIn + i;
        s0 += d * W[wo]!;
        s1 += d * W[wo + 1]!;
        s2 += d * W[wo + 2]!;
        s3 += d * W[wo + 3]!;
      }
      dx[xo + i] = s0;
      dx[xo + i + 1] = s1;
      dx[xo + i + 2] = s2;
      dx[xo + i + 3] = s3;
    }
    for (; i < nIn; i++) {
      let s = 0;
      for (let j = 0; j < nOut; j++) s += dz[zo + j]! * W[j * nIn + i]!;
      dx[xo + i] = s;
    }
  }
}

/** a = f(z) over the first `count` entries. */
export function activateInto(kind: number, name: ActivationName | 'linear', z: Float64Array, a: Float64Array, count: number): void {
  switch (kind) {
    case LINEAR:
      a.set(z.subarray(0, count));
      return;
    case TANH:
      for (let k = 0; k < count; k++) a[k] = Math.tanh(z[k]!);
      return;
    case RELU:
      for (let k = 0; k < count; k++) {
        const v = z[k]!;
        a[k] = v > 0 ? v : 0;
      }
      return;
    case SIGMOID:
      for (let k = 0; k < count; k++) {
        // The kernel's two-branch sigmoid, inlined: e^(-|v|) never overflows.
        const v = z[k]!;
        const e = Math.exp(-Math.abs(v));
        a[k] = v >= 0 ? 1 / (1 + e) : e / (1 + e);
      }
      return;
    default: {
      const fn = activations[name as ActivationName].fn;
      for (let k = 0; k < count; k++) a[k] = fn(z[k]!);
    }
  }
}

/**
 * d *= f'(z) over the first `count` entries: turns dL/da into dL/dz.
 * tanh' = (1 - a)(1 + a) and sigmoid' = a (1 - a) are taken from the stored outputs a, as every
 * framework does: exact to a few ulps wherever the output is not rounded to its bound, and off
 * by less than 1e-16 (absolute) in the far tails, where the true derivative is itself below that.
 */
export function multiplyByDerivative(
  kind: number, name: ActivationName | 'linear',
  z: Float64Array, a: Float64Array, d: Float64Array, count: number,
): void {
  switch (kind) {
    case LINEAR:
      return;
    case TANH:
      for (let k = 0; k < count; k++) {
        const t = a[k]!;
        d[k]! *= (1 - t) * (1 + t);
      }
      return;
    case RELU:
      for (let k = 0; k < count; k++) if (!(z[k]! > 0)) d[k] = 0; // reluGrad(0) = 0, as in the kernel
      return;
    case SIGMOID:
      for (let k = 0; k < count; k++) {
        const s = a[k]!;
        d[k]! *= s * (1 - s);
      }
      return;
    default: {
      const grad = activations[name as ActivationName].grad;
      for (let k = 0; k < count; k++) d[k]! *= grad(z[k]!);
    }
  }
}
