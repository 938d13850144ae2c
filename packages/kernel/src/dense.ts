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

/** z = x W^T + b for every example: z[b * nOut + j] = b[j] + sum_i W[j * nIn + i] x[b * nIn + i]. */
export function denseForward(
  x: Float64Array, B: number, nIn: number,
  W: Float64Array, bias: Float64Array, nOut: number,
  z: Float64Array,
): void {
  for (let e = 0; e < B; e++) {
    const xo = e * nIn;
    const zo = e * nOut;
    for (let j = 0; j < nOut; j++) {
      const wo = j * nIn;
      let s = bias[j]!;
      for (let i = 0; i < nIn; i++) s += W[wo + i]! * x[xo + i]!;
      z[zo + j] = s;
    }
  }
}

/**
 * The backward pass of a dense layer given dL/dz (`dz`, B x nOut): accumulates dL/dW and dL/db
 * into gW and gb, and, when dx is given, writes dL/dx = dz W (B x nIn) into it. One sweep over
 * the weights per example serves both products, so each weight is loaded once.
 */
export function denseBackward(
  x: Float64Array, B: number, nIn: number,
  W: Float64Array, nOut: number, dz: Float64Array,
  gW: Float64Array, gb: Float64Array, dx: Float64Array | null,
): void {
  if (dx !== null) dx.fill(0, 0, B * nIn);
  for (let e = 0; e < B; e++) {
    const xo = e * nIn;
    const zo = e * nOut;
    for (let j = 0; j < nOut; j++) {
      const d = dz[zo + j]!;
      gb[j]! += d;
      const wo = j * nIn;
      if (dx === null) {
        for (let i = 0; i < nIn; i++) gW[wo + i]! += d * x[xo + i]!;
      } else {
        for (let i = 0; i < nIn; i++) {
          gW[wo + i]! += d * x[xo + i]!;
          dx[xo + i]! += d * W[wo + i]!;
        }
      }
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
