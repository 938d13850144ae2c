/**
 * Robust regression, the model: points on or near the line y = x, one of them moved by the reader,
 * and the straight lines fitted to all of them by MSE, MAE and Huber. The chapter's example is the
 * default: seven points on y = x at x = 1, …, 7 and the moving point at x = 8. Pure.
 */
import { linear } from '@nonlinear/kernel';
import { withMinus } from '../core/format';
import { choiceField, numberField, type StateOf } from '../core/schema';
import { huberFit, leastAbsolute, leastSquares, type Line } from './fits';

export const X_DOMAIN = [0, 10] as const;
export const Y_DOMAIN = [-10, 60] as const;

export const schema = {
  oy: numberField({ label: 'Moving point: y', min: -10, max: 60, step: 0.5, default: 28 }),
  ox: numberField({ label: 'Moving point: x', min: 0, max: 10, step: 0.5, default: 8 }),
  delta: numberField({ label: 'Huber δ', min: 0.25, max: 5, step: 0.25, default: 1 }),
  data: choiceField({
    label: 'Other points',
    options: [
      { value: 'chapter', label: 'seven on y = x (the chapter\'s)' },
      { value: 'noisy', label: 'twenty near y = x (noise 0.5)' },
    ],
    default: 'chapter',
  }),
};
export type State = StateOf<typeof schema>;

/** The points that stay put, without the moving one. */
export function basePoints(data: State['data']): { x: number[]; y: number[] } {
  if (data === 'chapter') {
    const x = [1, 2, 3, 4, 5, 6, 7];
    return { x, y: [...x] };
  }
  // The kernel's seeded line y = 3.5t + 4.5 for t in [−1, 1], read with x = 3.5t + 4.5: points
  // near y = x for x in [1, 8], with Gaussian noise of sd 0.5 on y. Same seed, same points.
  const set = linear({ n: 20, noise: 0.5, seed: 7, slope: 3.5, intercept: 4.5 });
  return { x: Array.from(set.x, (t) => 3.5 * t + 4.5), y: Array.from(set.y) };
}

export type FitName = 'mse' | 'mae' | 'huber';

export interface Derived {
  points: { x: number; y: number; moving: boolean }[];
  fits: Record<FitName, Line>;
  delta: number;
  /** The moving point's residual from the Huber line, and whether it is beyond δ (its pull capped). */
  movingResidual: number;
  capped: boolean;
}

export function derive(state: State): Derived {
  const base = basePoints(state.data);
  const x = [...base.x, state.ox];
  const y = [...base.y, state.oy];
  const fits = { mse: leastSquares(x, y), mae: leastAbsolute(x, y), huber: huberFit(x, y, state.delta) };
  const movingResidual = state.oy - (fits.huber.slope * state.ox + fits.huber.intercept);
  return {
    points: x.map((xi, i) => ({ x: xi, y: y[i]!, moving: i === x.length - 1 })),
    fits,
    delta: state.delta,
    movingResidual,
    capped: Math.abs(movingResidual) > state.delta,
  };
}

/** Three decimals without trailing zeros and with a true minus: 2.667, −5, 0.429. */
function round3(v: number): string {
  const text = String(Number(v.toFixed(3)));
  return text === '-0' ? '0' : withMinus(text);
}

/** The line as the chapter writes it: "y = 2.667x − 5", "y = x", "y = 1.143x − 0.429". */
export function formatLine({ slope, intercept }: Line): string {
  const a = round3(slope);
  const b = round3(intercept);
  const term = a === '0' ? '' : a === '1' ? 'x' : a === '−1' ? '−x' : `${a}x`;
  if (b === '0') return `y = ${term || '0'}`;
  if (!term) return `y = ${b}`;
  return b.startsWith('−') ? `y = ${term} − ${b.slice(1)}` : `y = ${term} + ${b}`;
}
