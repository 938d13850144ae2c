/**
 * Sigmoid explorer, the model: the curve σ(x) and its slope σ′(x) over [-8, 8], the point the
 * reader moves, the tangent line there, and where σ saturates. Pure: computed by the kernel.
 */
import { sigmoid, sigmoidGrad } from '@nonlinear/kernel';
import { numberField, type StateOf } from '../core/schema';

export const schema = {
  x: numberField({ label: 'Input x', min: -8, max: 8, step: 0.1, default: 2 }),
};
export type State = StateOf<typeof schema>;

/** σ′ is below a tenth of its peak (1/4) beyond this |x|: the saturated regions shaded in the figure. */
// σ′(x) = u / (1 + u)² with u = e^x, so σ′ = 1/40 gives u² − 38u + 1 = 0, u = 19 + √360.
export const SATURATION_X = 3.636892918464134; // ln(19 + √360)

export interface Derived {
  curve: { x: number; s: number; ds: number }[];
  x: number;
  s: number;
  ds: number;
  /** The tangent line at x, over x ± 1.5. */
  tangent: { x: number; y: number }[];
  saturated: boolean;
}

export function derive({ x }: State): Derived {
  const curve = Array.from({ length: 161 }, (_, i) => {
    const t = -8 + i * 0.1;
    return { x: t, s: sigmoid(t), ds: sigmoidGrad(t) };
  });
  const s = sigmoid(x);
  const ds = sigmoidGrad(x);
  const tangent = [x - 1.5, x + 1.5].map((t) => ({ x: t, y: s + ds * (t - x) }));
  return { curve, x, s, ds, tangent, saturated: Math.abs(x) > SATURATION_X };
}
