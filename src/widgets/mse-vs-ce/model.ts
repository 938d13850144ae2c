/**
 * MSE against cross-entropy, the model: for one sigmoid output p = σ(z) with true label y = 1,
 * each loss and its gradient with respect to the logit z, over z in [−10, 10], and their values at
 * the z the reader picks. Cross-entropy: L = −log p = softplus(−z), ∂L/∂z = p − 1 = −σ(−z).
 * MSE as in the chapter's table, without the ½: L = (p − 1)² = σ(−z)², ∂L/∂z = 2(p − 1)σ′(z);
 * with the ½ both are halved. Pure: computed by the kernel.
 */
import { sigmoid, sigmoidGrad, softplus } from '@nonlinear/kernel';
import { booleanField, numberField, type StateOf } from '../core/schema';
import { signed } from '../core/format';

export const Z_MIN = -10;
export const Z_MAX = 10;

export const schema = {
  z: numberField({ label: 'Logit z', min: Z_MIN, max: Z_MAX, step: 0.1, default: 0, format: (v) => signed(v, 1) }),
  half: booleanField({ label: 'MSE with ½ in front', default: false }),
};
export type State = StateOf<typeof schema>;

/** Where MSE's gradient is largest in size: p = 1/3, z = −ln 2 (from d/dp [2(1 − p)² p] = 0). */
export const MSE_PEAK_Z = -Math.LN2;

/** Both losses and both gradients at one logit, for y = 1. */
export interface Point {
  z: number;
  p: number;
  ce: number;
  ceGrad: number;
  mse: number;
  mseGrad: number;
}

/** `scale` is 1 for (p − 1)², ½ for ½(p − 1)². Example: `lossesAt(-6, 1).mseGrad` is −0.004921. */
export function lossesAt(z: number, scale: number): Point {
  // p − 1 = −σ(−z), computed without the cancellation of 1 − σ(z) when p is close to 1.
  const miss = sigmoid(-z);
  return {
    z,
    p: sigmoid(z),
    ce: softplus(-z),
    ceGrad: -miss,
    mse: scale * miss * miss,
    mseGrad: -2 * scale * miss * sigmoidGrad(z),
  };
}

export interface Derived {
  /** z from −10 to 10 in steps of 0.1 (201 points). */
  curve: Point[];
  at: Point;
  /** 1 or ½. */
  scale: number;
  /** MSE's steepest point, z = −ln 2, gradient −(8/27)·scale. */
  peak: Point;
  /** How many times larger cross-entropy's gradient is than MSE's at z: 1 / (2·scale·σ′(z)). */
  ratio: number;
}

export function derive({ z, half }: State): Derived {
  const scale = half ? 0.5 : 1;
  const curve = Array.from({ length: 201 }, (_, i) => lossesAt((i - 100) / 10, scale));
  const at = lossesAt(z, scale);
  return { curve, at, scale, peak: lossesAt(MSE_PEAK_Z, scale), ratio: at.ceGrad / at.mseGrad };
}
