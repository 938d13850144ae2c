/**
 * Gradient through a stack of sigmoid layers, the model. Along a chain a_k = σ(z_k), the
 * activations contribute the factor ∏ σ′(z_k) to ∂a_n/∂a_0. Its best case is 0.25ⁿ (every unit at
 * z = 0); with every unit at the same pre-activation z it is σ′(z)ⁿ. For comparison, tanh's best
 * case is 1ⁿ and its typical case tanh′(z)ⁿ. Pure: the derivatives come from the kernel.
 */
import { sigmoidGrad, tanhGrad } from '@nonlinear/kernel';
import { booleanField, numberField, type StateOf } from '../core/schema';

/** The chart's depth axis runs from 0 to this many layers. */
export const MAX_DEPTH = 20;

/**
 * The reader's settings: depth n (1 to 20 layers), the pre-activation z (0 to 6) at which every
 * unit of the typical case sits, and whether tanh is drawn for comparison.
 * Example: `?sigmoid-depth.n=10&sigmoid-depth.z=1` shows 0.25¹⁰ next to σ′(1)¹⁰.
 */
export const schema = {
  n: numberField({ label: 'Layers n', min: 1, max: MAX_DEPTH, step: 1, default: 5, format: (v) => `${v} ${v === 1 ? 'layer' : 'layers'}` }),
  z: numberField({ label: 'Pre-activation z of every unit', min: 0, max: 6, step: 0.1, default: 2 }),
  tanh: booleanField({ label: 'Compare tanh', default: false }),
};
export type State = StateOf<typeof schema>;

/** Which curve: sigmoid or tanh, at its best case (z = 0) or with every unit at z. */
export type SeriesKey = 'sigmoidBest' | 'sigmoidAtZ' | 'tanhBest' | 'tanhAtZ';

/** One curve of the chart: a per-layer factor and its powers. Example: best case, factor 0.25, atN 0.25ⁿ. */
export interface Series {
  key: SeriesKey;
  /** The activation's derivative at the units' pre-activation: the factor each layer contributes. */
  factor: number;
  /** factor^k for k = 0 … MAX_DEPTH. */
  points: { k: number; value: number }[];
  /** factor^n at the reader's depth n. */
  atN: number;
}

/** Everything the view draws, computed from the state. */
export interface Derived {
  n: number;
  z: number;
  series: Series[];
  /** Lower end of the log axis: a power of ten at or below every value drawn, and at most 1e-3. */
  yMin: number;
  /** The first depth at which the best case 0.25ⁿ is below one thousandth (5). */
  firstBelowThousandth: number;
}

function series(key: SeriesKey, factor: number, n: number): Series {
  const points = Array.from({ length: MAX_DEPTH + 1 }, (_, k) => ({ k, value: factor ** k }));
  return { key, factor, points, atN: factor ** n };
}

/**
 * The curves for a state: the per-layer factors σ′(0) = 0.25 and σ′(z), plus tanh′(0) = 1 and
 * tanh′(z) when tanh is on, each raised to every depth 0 … 20; n in 1 … 20, z in [0, 6].
 * Example: `derive({ n: 5, z: 2, tanh: false }).series[0].atN` is 0.25⁵ = 9.765625e-4.
 */
export function derive({ n, z, tanh }: State): Derived {
  const all = [series('sigmoidBest', sigmoidGrad(0), n), series('sigmoidAtZ', sigmoidGrad(z), n)];
  if (tanh) all.push(series('tanhBest', tanhGrad(0), n), series('tanhAtZ', tanhGrad(z), n));
  const smallest = Math.min(...all.map((s) => s.points[MAX_DEPTH]!.value));
  const yMin = Math.min(1e-3, 10 ** Math.floor(Math.log10(smallest)));
  const firstBelowThousandth = Math.floor(Math.log(1e-3) / Math.log(0.25)) + 1;
  return { n, z, series: all, yMin, firstBelowThousandth };
}
