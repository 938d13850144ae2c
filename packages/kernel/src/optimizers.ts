/**
 * Parameter updates, each one fused loop over a flat parameter vector p and its gradient g.
 * The state arrays (velocity, moments) belong to the caller, so an update allocates nothing.
 * Internal: the MLP exposes them through `TrainOptions.optimizer`.
 */

/** Which update rule a training step uses. */
export type OptimizerName = 'sgd' | 'momentum' | 'adam';

/** Plain gradient descent: p <- p - lr g. */
export function sgdUpdate(p: Float64Array, g: Float64Array, lr: number): void {
  for (let k = 0; k < p.length; k++) p[k]! -= lr * g[k]!;
}

/**
 * Heavy-ball momentum: v <- mu v - lr g; p <- p + v. The velocity remembers past steps, so
 * steps along a consistent direction grow to lr / (1 - mu) and oscillating components cancel.
 */
export function momentumUpdate(p: Float64Array, g: Float64Array, v: Float64Array, lr: number, mu: number): void {
  for (let k = 0; k < p.length; k++) {
    const vk = mu * v[k]! - lr * g[k]!;
    v[k] = vk;
    p[k]! += vk;
  }
}

/**
 * Adam (Kingma and Ba, 2015), step number t >= 1:
 * m <- b1 m + (1 - b1) g; v <- b2 v + (1 - b2) g^2;
 * p <- p - lr (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps).
 */
export function adamUpdate(
  p: Float64Array, g: Float64Array, m: Float64Array, v: Float64Array,
  t: number, lr: number, b1: number, b2: number, eps: number,
): void {
  const c1 = 1 / (1 - b1 ** t);
  const c2 = 1 / (1 - b2 ** t);
  for (let k = 0; k < p.length; k++) {
    const gk = g[k]!;
    const mk = b1 * m[k]! + (1 - b1) * gk;
    const vk = b2 * v[k]! + (1 - b2) * gk * gk;
    m[k] = mk;
    v[k] = vk;
    p[k]! -= (lr * mk * c1) / (Math.sqrt(vk * c2) + eps);
  }
}

/**
 * Adds the gradient of the weight penalties (l1 sum |w| + (l2 / 2) sum w^2) to g over
 * [from, to): g += l1 sign(w) + l2 w. Biases are not penalised; the caller passes weight ranges.
 */
export function addPenaltyGrad(p: Float64Array, g: Float64Array, from: number, to: number, l1: number, l2: number): void {
  for (let k = from; k < to; k++) {
    const w = p[k]!;
    g[k]! += l2 * w + (w > 0 ? l1 : w < 0 ? -l1 : 0);
  }
}
