/**
 * The ReLU family, the model: ReLU, Leaky ReLU (slope α on the left), ELU (α = 1), GELU, SiLU,
 * softplus and ReLU6, with their derivatives, over x from −4 to 7 (far enough right to see ReLU6
 * cap at 6), and the value and slope of each at the reader's x. Pure: every number comes from the
 * kernel, with its conventions at the corners (ReLU′(0) = 0, Leaky ReLU′(0) = α, ReLU6′(0) = ReLU6′(6) = 0).
 */
import { activations, leakyRelu, leakyReluGrad } from '@nonlinear/kernel';
import { booleanField, choiceField, numberField, type StateOf } from '../core/schema';

export const X_MIN = -4;
export const X_MAX = 7;
const STEPS_PER_UNIT = 20;

/** The functions, in the order of the checkboxes, the figure's legend and the description. */
export const FAMILY = ['relu', 'leakyRelu', 'elu', 'gelu', 'silu', 'softplus', 'relu6'] as const;
/** One member of the family, by its name in the kernel's `activations`. */
export type FamilyName = (typeof FAMILY)[number];

/**
 * The reader's settings: the point x (−4 to 7), Leaky ReLU's slope α (0 to 1, default 0.01, the
 * kernel's default), the view (the whole range, or a zoom on the corner where the family differs),
 * and one checkbox per function (all shown by default).
 * Example: `?relu-family.alpha=1&relu-family.gelu=0` makes Leaky ReLU the identity and hides GELU.
 */
export const schema = {
  x: numberField({ label: 'Input x', min: X_MIN, max: X_MAX, step: 0.1, default: -1 }),
  alpha: numberField({ label: 'Leaky ReLU slope α', min: 0, max: 1, step: 0.01, default: 0.01 }),
  view: choiceField({
    label: 'Range of x',
    options: [
      { value: 'wide', label: '−4 to 7' },
      { value: 'corner', label: '−3 to 3 (zoom)' },
    ],
    default: 'wide',
  }),
  relu: booleanField({ label: 'ReLU', default: true }),
  leakyRelu: booleanField({ label: 'Leaky ReLU', default: true }),
  elu: booleanField({ label: 'ELU (α = 1)', default: true }),
  gelu: booleanField({ label: 'GELU', default: true }),
  silu: booleanField({ label: 'SiLU', default: true }),
  softplus: booleanField({ label: 'Softplus', default: true }),
  relu6: booleanField({ label: 'ReLU6', default: true }),
};
export type State = StateOf<typeof schema>;

/** Where each derivative jumps (drawn with a gap there, not a slanted segment). */
function jumps(name: FamilyName, alpha: number): number[] {
  if (name === 'relu') return [0];
  if (name === 'leakyRelu') return alpha === 1 ? [] : [0];
  if (name === 'relu6') return [0, 6];
  return [];
}

/** One function of the family, ready to draw: its curve, its derivative's curve, its value and slope at x. */
export interface Member {
  name: FamilyName;
  /** Display name, with α where it has one, e.g. "Leaky ReLU (α = 0.01)". */
  label: string;
  f: { x: number; y: number }[];
  /** The derivative, with a NaN point (a gap) at each jump, between its left and right limits. */
  df: { x: number; y: number }[];
  value: number;
  slope: number;
}

/** Everything the view draws, computed from the state. */
export interface Derived {
  x: number;
  alpha: number;
  view: State['view'];
  members: Member[];
}

/**
 * The function and derivative of one member with Leaky ReLU's slope α.
 * Example: `functionsOf('leakyRelu', 0.2).fn(-1)` is −0.2.
 */
export function functionsOf(name: FamilyName, alpha: number): { fn: (x: number) => number; grad: (x: number) => number } {
  if (name === 'leakyRelu') return { fn: (x) => leakyRelu(x, alpha), grad: (x) => leakyReluGrad(x, alpha) };
  return activations[name];
}

function labelOf(name: FamilyName, alpha: number): string {
  if (name === 'leakyRelu') return `Leaky ReLU (α = ${alpha})`;
  if (name === 'elu') return 'ELU (α = 1)';
  return name === 'silu' ? 'SiLU' : activations[name].label;
}

/**
 * The shown members for a state: each sampled at x = −4 … 7 in steps of 0.05 (221 points, with the
 * corners 0 and 6 exactly on the grid), and evaluated at the reader's x.
 * Example: `derive({ ...defaults(schema) }).members[3]` is GELU with value −0.1587 at x = −1.
 */
export function derive(state: State): Derived {
  const { x, alpha, view } = state;
  const grid = Array.from({ length: (X_MAX - X_MIN) * STEPS_PER_UNIT + 1 }, (_, i) => (i + X_MIN * STEPS_PER_UNIT) / STEPS_PER_UNIT);
  const members = FAMILY.filter((name) => state[name]).map((name): Member => {
    const { fn, grad } = functionsOf(name, alpha);
    const kinks = jumps(name, alpha);
    const df: Member['df'] = [];
    for (const t of grid) {
      if (kinks.includes(t)) {
        // The left and right limits of a piecewise-constant derivative, with a break between.
        df.push({ x: t, y: grad(t - 1e-9) }, { x: t, y: Number.NaN }, { x: t, y: grad(t + 1e-9) });
      } else {
        df.push({ x: t, y: grad(t) });
      }
    }
    return { name, label: labelOf(name, alpha), f: grid.map((t) => ({ x: t, y: fn(t) })), df, value: fn(x), slope: grad(x) };
  });
  return { x, alpha, view, members };
}
