/**
 * Softmax explorer, the model: 2 to 6 logits, a shift added to all of them and a temperature;
 * the probabilities computed the textbook way, e^(z_i/T) / Σ e^(z_j/T) in doubles, beside the
 * kernel's stable softmax; and, for two classes, σ((z₁ − z₂)/T). Pure.
 */
import { sigmoid, softmax } from '@nonlinear/kernel';
import { numberField, type StateOf } from '../core/schema';
import { signed, withMinus } from '../core/format';

/** Class names: the chapter's cat, dog, fox, then three more. */
export const CLASS_NAMES = ['cat', 'dog', 'fox', 'owl', 'bee', 'elk'] as const;

/**
 * The temperatures the slider steps through, about evenly in log T from 0.1 to 10, including
 * every temperature of the chapter's table (0.1, 0.5, 1, 2, 10).
 */
export const TEMPERATURES = [0.1, 0.15, 0.2, 0.3, 0.5, 0.7, 1, 1.5, 2, 3, 5, 7, 10] as const;

const SUBSCRIPTS = ['₁', '₂', '₃', '₄', '₅', '₆'];
const logit = (i: number, d: number) =>
  numberField({
    label: `z${SUBSCRIPTS[i]} (${CLASS_NAMES[i]})`, min: -10, max: 10, step: 0.1, default: d,
    format: (v) => withMinus(v.toFixed(1)),
  });

export const schema = {
  classes: numberField({ label: 'Classes', min: 2, max: 6, step: 1, default: 3, format: (v) => `${v} classes` }),
  z1: logit(0, 2),
  z2: logit(1, 1),
  z3: logit(2, 0.1),
  z4: logit(3, -1),
  z5: logit(4, 0.5),
  z6: logit(5, -2),
  shift: numberField({
    label: 'Add to every logit', min: -1000, max: 1000, step: 5, default: 0, format: (v) => signed(v, 0),
  }),
  t: numberField({
    label: 'Temperature T', min: 0, max: TEMPERATURES.length - 1, step: 1, default: TEMPERATURES.indexOf(1),
    format: (v) => `T = ${temperatureAt(v)}`,
  }),
};
export type State = StateOf<typeof schema>;

/** The temperature for a slider position (clamped into the ladder; positions are integers). */
export function temperatureAt(index: number): number {
  const i = Math.min(TEMPERATURES.length - 1, Math.max(0, Math.round(index)));
  return TEMPERATURES[i]!;
}

/**
 * Why the naive formula failed, if it did: some e^(z/T) overflowed to ∞ (∞/∞ = NaN); every weight
 * underflowed to 0 (0/0 = NaN); or every weight is subnormal (below 2.2×10⁻³⁰⁸), where a double
 * keeps only a few significant bits, so the result is finite but wrong.
 */
export type NaiveFailure = 'overflow' | 'underflow' | 'subnormal' | null;

/** The smallest positive normal double, 2^-1022. */
const MIN_NORMAL = 2.2250738585072014e-308;

export interface Derived {
  names: string[];
  /** The logits as given (before the shift) and as used (z + shift). */
  base: number[];
  z: number[];
  temperature: number;
  /** Stable: the kernel's softmax(z, T). */
  stable: number[];
  /** Naive: Math.exp(z_i / T) / Σ_j Math.exp(z_j / T), with whatever IEEE arithmetic makes of it. */
  naive: number[];
  /** Σ_j e^(z_j / T) as the naive code computes it (∞ or 0 when it fails). */
  naiveSum: number;
  naiveFailure: NaiveFailure;
  /** Two classes only: σ((z₁ − z₂)/T), which equals the stable s₁. */
  sigmoidOfDifference: number | null;
}

/** The textbook formula, exactly as a first implementation writes it. */
export function naiveSoftmax(z: readonly number[], temperature: number): { p: number[]; sum: number; maxWeight: number } {
  const weights = z.map((v) => Math.exp(v / temperature));
  const sum = weights.reduce((a, b) => a + b, 0);
  return { p: weights.map((w) => w / sum), sum, maxWeight: Math.max(...weights) };
}

export function derive(state: State): Derived {
  const k = Math.round(state.classes);
  const base = [state.z1, state.z2, state.z3, state.z4, state.z5, state.z6].slice(0, k);
  const z = base.map((v) => v + state.shift);
  const temperature = temperatureAt(state.t);
  const stable = Array.from(softmax(z, temperature));
  const { p: naive, sum: naiveSum, maxWeight } = naiveSoftmax(z, temperature);
  const naiveFailure: NaiveFailure =
    naiveSum === Infinity ? 'overflow' : naiveSum === 0 ? 'underflow' : maxWeight < MIN_NORMAL ? 'subnormal' : null;
  return {
    names: CLASS_NAMES.slice(0, k),
    base,
    z,
    temperature,
    stable,
    naive,
    naiveSum,
    naiveFailure,
    sigmoidOfDifference: k === 2 ? sigmoid((z[0]! - z[1]!) / temperature) : null,
  };
}
