/**
 * The output layer's loss, matched to its activation so that the gradient with respect to the
 * logits is the clean "prediction minus target":
 * - sigmoid: binary cross-entropy on the logits, mean over all B x K outputs; dL/dz = (p - y)/(BK)
 * - softmax: cross-entropy of the true class, mean over the B examples; dL/dz = (p - onehot(y))/B
 * - identity: squared error, mean over all B x K outputs; dL/dz = 2 (yhat - y)/(BK)
 * Internal: not exported from the package.
 */

/** The output activations the MLP supports. */
export type OutputName = 'sigmoid' | 'softmax' | 'identity';

/**
 * Mean loss of a batch of logits z (B x K), with the output activation written into p and
 * dL/dz into dz. Targets: y[b * K + k] in [0, 1] for sigmoid, a real value for identity, the
 * class index y[b] for softmax (validated by the caller).
 */
export function outputLossAndDelta(
  output: OutputName, z: Float64Array, y: ArrayLike<number>, B: number, K: number,
  p: Float64Array, dz: Float64Array,
): number {
  let loss = 0;
  if (output === 'sigmoid') {
    const scale = 1 / (B * K);
    for (let k = 0; k < B * K; k++) {
      const v = z[k]!;
      const t = y[k]!;
      const e = Math.exp(-Math.abs(v));
      // -[t log s + (1 - t) log(1 - s)] = max(v, 0) - v t + log(1 + e^(-|v|)): no overflow, no log(0).
      loss += (v > 0 ? v : 0) - v * t + Math.log1p(e);
      const s = v >= 0 ? 1 / (1 + e) : e / (1 + e);
      p[k] = s;
      dz[k] = (s - t) * scale;
    }
    return loss * scale;
  }
  if (output === 'softmax') {
    const scale = 1 / B;
    for (let b = 0; b < B; b++) {
      const o = b * K;
      let max = -Infinity;
      for (let k = 0; k < K; k++) if (z[o + k]! > max) max = z[o + k]!;
      let sum = 0;
      for (let k = 0; k < K; k++) {
        const e = Math.exp(z[o + k]! - max);
        p[o + k] = e;
        sum += e;
      }
      const label = y[b]!;
      // -log softmax(z)_label = log sum_k e^(z_k - max) - (z_label - max)
      loss += Math.log(sum) - (z[o + label]! - max);
      const inv = 1 / sum;
      for (let k = 0; k < K; k++) {
        const s = p[o + k]! * inv;
        p[o + k] = s;
        dz[o + k] = (k === label ? s - 1 : s) * scale;
      }
    }
    return loss * scale;
  }
  const scale = 1 / (B * K);
  for (let k = 0; k < B * K; k++) {
    const v = z[k]!;
    const r = v - y[k]!;
    loss += r * r;
    p[k] = v;
    dz[k] = 2 * r * scale;
  }
  return loss * scale;
}

/** Writes the output activation of logits z (B x K) into p, for prediction without targets. */
export function outputActivation(output: OutputName, z: Float64Array, B: number, K: number, p: Float64Array): void {
  if (output === 'identity') {
    p.set(z.subarray(0, B * K));
  } else if (output === 'sigmoid') {
    for (let k = 0; k < B * K; k++) {
      const v = z[k]!;
      const e = Math.exp(-Math.abs(v));
      p[k] = v >= 0 ? 1 / (1 + e) : e / (1 + e);
    }
  } else {
    for (let b = 0; b < B; b++) {
      const o = b * K;
      let max = -Infinity;
      for (let k = 0; k < K; k++) if (z[o + k]! > max) max = z[o + k]!;
      let sum = 0;
      for (let k = 0; k < K; k++) sum += p[o + k] = Math.exp(z[o + k]! - max);
      for (let k = 0; k < K; k++) p[o + k] = p[o + k]! / sum;
    }
  }
}
