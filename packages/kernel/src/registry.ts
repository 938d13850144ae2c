import { elu, eluGrad } from './elu.ts';
import { gelu, geluGrad } from './gelu.ts';
import { identity, identityGrad, leakyRelu, leakyReluGrad, relu, relu6, relu6Grad, reluGrad } from './relu.ts';
import { sigmoid, sigmoidGrad } from './sigmoid.ts';
import { silu, siluGrad } from './silu.ts';
import { softplus, softplusGrad } from './softplus.ts';
import { tanh, tanhGrad } from './tanh.ts';

/** What widgets and chapters need to know to plot and explain an activation. */
export interface Activation {
  /** Display name, e.g. "Leaky ReLU". */
  readonly label: string;
  /** f(x), with any parameter at its default. */
  readonly fn: (x: number) => number;
  /** f'(x), with the same convention at kinks as the scalar `…Grad` export. */
  readonly grad: (x: number) => number;
  /** Infimum and supremum of the outputs (possibly infinite). */
  readonly range: readonly [lo: number, hi: number];
  /** The range as an interval in TeX, open or closed at each end, e.g. "(0, 1)". */
  readonly rangeTex: string;
  /** The definition in TeX. */
  readonly formula: string;
  /** The derivative in TeX. */
  readonly gradFormula: string;
}

/**
 * Every activation the course plots, by name, with its defaults (Leaky ReLU alpha = 0.01,
 * ELU alpha = 1). Example: `activations.tanh.grad(0)` is 1.
 */
export const activations = {
  identity: {
    label: 'Identity',
    fn: identity,
    grad: identityGrad,
    range: [-Infinity, Infinity],
    rangeTex: '(-\\infty, \\infty)',
    formula: 'x',
    gradFormula: '1',
  },
  sigmoid: {
    label: 'Sigmoid',
    fn: sigmoid,
    grad: sigmoidGrad,
    range: [0, 1],
    rangeTex: '(0, 1)',
    formula: '\\sigma(x) = \\frac{1}{1 + e^{-x}}',
    gradFormula: '\\sigma(x)\\bigl(1 - \\sigma(x)\\bigr)',
  },
  tanh: {
    label: 'Tanh',
    fn: tanh,
    grad: tanhGrad,
    range: [-1, 1],
    rangeTex: '(-1, 1)',
    formula: '\\tanh(x) = \\frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}',
    gradFormula: '1 - \\tanh^2(x)',
  },
  relu: {
    label: 'ReLU',
    fn: relu,
    grad: reluGrad,
    range: [0, Infinity],
    rangeTex: '[0, \\infty)',
    formula: '\\max(0, x)',
    gradFormula: '\\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}',
  },
  leakyRelu: {
    label: 'Leaky ReLU',
    fn: (x: number) => leakyRelu(x),
    grad: (x: number) => leakyReluGrad(x),
    range: [-Infinity, Infinity],
    rangeTex: '(-\\infty, \\infty)',
    formula: '\\max(\\alpha x, x),\\ \\alpha = 0.01',
    gradFormula: '\\begin{cases} 1 & x > 0 \\\\ \\alpha & x \\le 0 \\end{cases}',
  },
  relu6: {
    label: 'ReLU6',
    fn: relu6,
    grad: relu6Grad,
    range: [0, 6],
    rangeTex: '[0, 6]',
    formula: '\\min(\\max(0, x), 6)',
    gradFormula: '\\begin{cases} 1 & 0 < x < 6 \\\\ 0 & \\text{otherwise} \\end{cases}',
  },
  elu: {
    label: 'ELU',
    fn: (x: number) => elu(x),
    grad: (x: number) => eluGrad(x),
    range: [-1, Infinity],
    rangeTex: '(-1, \\infty)',
    formula: '\\begin{cases} x & x > 0 \\\\ e^{x} - 1 & x \\le 0 \\end{cases}',
    gradFormula: '\\begin{cases} 1 & x > 0 \\\\ e^{x} & x \\le 0 \\end{cases}',
  },
  softplus: {
    label: 'Softplus',
    fn: softplus,
    grad: softplusGrad,
    range: [0, Infinity],
    rangeTex: '(0, \\infty)',
    formula: '\\log\\bigl(1 + e^{x}\\bigr)',
    gradFormula: '\\sigma(x)',
  },
  silu: {
    label: 'SiLU (Swish)',
    fn: silu,
    grad: siluGrad,
    range: [-0.2784645427610738, Infinity],
    rangeTex: '[-0.2785, \\infty)',
    formula: 'x\\,\\sigma(x)',
    gradFormula: '\\sigma(x)\\bigl(1 + x\\,(1 - \\sigma(x))\\bigr)',
  },
  gelu: {
    label: 'GELU',
    fn: gelu,
    grad: geluGrad,
    range: [-0.16997120747990366, Infinity],
    rangeTex: '[-0.1700, \\infty)',
    formula: 'x\\,\\Phi(x)',
    gradFormula: '\\Phi(x) + x\\,\\varphi(x)',
  },
} as const satisfies Record<string, Activation>;

/** The name of an activation in `activations`. */
export type ActivationName = keyof typeof activations;
