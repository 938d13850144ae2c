import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activations,
  elu,
  eluGrad,
  gelu,
  geluGrad,
  gradCheck,
  identity,
  leakyRelu,
  leakyReluGrad,
  relu,
  relu6,
  relu6Grad,
  reluGrad,
  sigmoid,
  sigmoidGrad,
  silu,
  siluGrad,
  softplus,
  softplusGrad,
  tanh,
  tanhGrad,
  type ActivationName,
} from '../src/index.ts';

// Hand-worked values; the long decimals were computed with mpmath (reference/generate.py's method).
describe('activations at hand-worked points', () => {
  it('sigmoid(0) is 1/2 and sigmoidGrad(0) is 1/4, the peak', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoidGrad(0)).toBe(0.25);
  });

  it('sigmoid(2) is 1/(1 + e^-2) and saturates to exactly 1 for large x', () => {
    expect(sigmoid(2)).toBeCloseTo(0.8807970779778824, 15);
    expect(sigmoid(100)).toBe(1);
    expect(sigmoid(10000)).toBe(1);
    expect(sigmoid(-800)).toBe(0);
  });

  it('sigmoidGrad(40) is 4.25e-18 where sigma(1 - sigma) gives 0', () => {
    expect(sigmoid(40) * (1 - sigmoid(40))).toBe(0);
    expect(sigmoidGrad(40)).toBeCloseTo(4.248354255291589e-18, 30);
    expect(sigmoidGrad(40) / 4.248354255291589e-18).toBeCloseTo(1, 13);
  });

  it('tanhGrad(0) is 1 and tanhGrad(20) is 4 e^-40 where 1 - tanh^2 gives 0', () => {
    expect(tanhGrad(0)).toBe(1);
    expect(1 - tanh(20) ** 2).toBe(0);
    expect(tanhGrad(20) / 1.6993417021166355e-17).toBeCloseTo(1, 13);
  });

  it('reluGrad(x) is 0 at x = 0, 0 below and 1 above', () => {
    expect(reluGrad(0)).toBe(0);
    expect(reluGrad(-0)).toBe(0);
    expect(reluGrad(-3)).toBe(0);
    expect(reluGrad(1e-300)).toBe(1);
    expect(relu(-2)).toBe(0);
    expect(relu(3)).toBe(3);
  });

  it('leakyRelu(x, alpha) defaults alpha to 0.01 and takes alpha at the kink', () => {
    expect(leakyRelu(-2)).toBeCloseTo(-0.02, 17);
    expect(leakyRelu(-2, 0.2)).toBeCloseTo(-0.4, 16);
    expect(leakyRelu(5)).toBe(5);
    expect(leakyReluGrad(0)).toBe(0.01);
    expect(leakyReluGrad(-5, 0.1)).toBe(0.1);
    expect(leakyReluGrad(5, 0.1)).toBe(1);
  });

  it('relu6 caps at 6 and its gradient is 0 at both kinks', () => {
    expect(relu6(7.5)).toBe(6);
    expect(relu6(3)).toBe(3);
    expect(relu6Grad(6)).toBe(0);
    expect(relu6Grad(0)).toBe(0);
    expect(relu6Grad(3)).toBe(1);
  });

  it('elu(x, alpha) uses expm1 near 0 and tends to -alpha', () => {
    expect(elu(-1e-8)).toBe(-9.999999950000001e-9);
    expect(elu(-1000, 2)).toBe(-2);
    expect(elu(3, 2)).toBe(3);
    expect(eluGrad(-1)).toBeCloseTo(Math.exp(-1), 16);
    expect(eluGrad(-1, 0.5)).toBeCloseTo(0.5 * Math.exp(-1), 16);
  });

  it('softplus(-40) is 4.25e-18 and softplus(1000) is 1000 without overflow', () => {
    expect(softplus(-40) / 4.248354255291589e-18).toBeCloseTo(1, 13);
    expect(softplus(1000)).toBe(1000);
    expect(softplus(0)).toBeCloseTo(Math.LN2, 16);
    expect(softplusGrad(0)).toBe(0.5);
  });

  it('gelu is the exact x Phi(x): gelu(-10) is -7.62e-23, not the tanh approximation', () => {
    expect(gelu(-10) / -7.619853024160526e-23).toBeCloseTo(1, 13);
    expect(gelu(1)).toBeCloseTo(0.8413447460685429, 15);
    const tanhApprox = (x: number) => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)));
    expect(Math.abs(gelu(1.5) - tanhApprox(1.5))).toBeGreaterThan(1e-5);
    expect(geluGrad(0)).toBe(0.5);
  });

  it('silu(x) is x sigma(x) with its minimum -0.2785 at x = -1.2785', () => {
    expect(silu(1)).toBeCloseTo(0.7310585786300049, 15);
    expect(silu(-1.2784645427610737)).toBeCloseTo(-0.2784645427610738, 15);
    expect(Math.abs(siluGrad(-1.2784645427610737))).toBeLessThan(1e-15);
    expect(siluGrad(0)).toBe(0.5);
  });

  it('identity returns its input', () => {
    expect(identity(-3)).toBe(-3);
  });
});

describe('activations at infinities and over the whole double range', () => {
  it('each activation and derivative takes its limit at +-Infinity', () => {
    const limits: [string, (x: number) => number, number, number][] = [
      ['sigmoid', sigmoid, 0, 1],
      ['sigmoidGrad', sigmoidGrad, 0, 0],
      ['tanh', tanh, -1, 1],
      ['tanhGrad', tanhGrad, 0, 0],
      ['relu', relu, 0, Infinity],
      ['reluGrad', reluGrad, 0, 1],
      ['leakyRelu', (x) => leakyRelu(x), -Infinity, Infinity],
      ['elu', (x) => elu(x), -1, Infinity],
      ['eluGrad', (x) => eluGrad(x), 0, 1],
      ['softplus', softplus, 0, Infinity],
      ['silu', silu, 0, Infinity],
      ['siluGrad', siluGrad, 0, 1],
      ['gelu', gelu, 0, Infinity],
      ['geluGrad', geluGrad, 0, 1],
    ];
    for (const [name, f, atMinusInf, atPlusInf] of limits) {
      expect(f(-Infinity), `${name}(-Infinity)`).toBe(atMinusInf);
      expect(f(Infinity), `${name}(Infinity)`).toBe(atPlusInf);
    }
  });

  it('no activation or derivative returns NaN for any double that is not NaN', () => {
    const fns = Object.entries(activations).flatMap(([name, a]) => [
      [name, a.fn],
      [`${name} grad`, a.grad],
    ] as const);
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        for (const [name, f] of fns) {
          if (Number.isNaN(f(x))) throw new Error(`${name}(${x}) is NaN`);
        }
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('every activation stays inside its declared range', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), (x) => {
        for (const a of Object.values(activations)) {
          const y = a.fn(x);
          expect(y).toBeGreaterThanOrEqual(a.range[0] - 1e-15);
          expect(y).toBeLessThanOrEqual(a.range[1]);
        }
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});

describe('identities', () => {
  it('sigmoid(-x) = 1 - sigmoid(x)', () => {
    fc.assert(
      fc.property(fc.double({ min: -40, max: 40, noNaN: true }), (x) => {
        expect(Math.abs(sigmoid(-x) - (1 - sigmoid(x)))).toBeLessThanOrEqual(3e-16);
      }),
      { numRuns: 2000, seed: 1 },
    );
  });

  it('tanh(x) = 2 sigmoid(2x) - 1', () => {
    fc.assert(
      fc.property(fc.double({ min: -20, max: 20, noNaN: true }), (x) => {
        expect(Math.abs(tanh(x) - (2 * sigmoid(2 * x) - 1))).toBeLessThanOrEqual(5e-16);
      }),
      { numRuns: 2000, seed: 2 },
    );
  });

  it('sigmoidGrad(x) = sigmoid(x) sigmoid(-x) and tanhGrad(x) = 1 - tanh(x)^2 where neither cancels', () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), (x) => {
        expect(sigmoidGrad(x)).toBeCloseTo(sigmoid(x) * sigmoid(-x), 15);
        expect(tanhGrad(x)).toBeCloseTo(1 - tanh(x) ** 2, 14);
      }),
      { numRuns: 1000, seed: 3 },
    );
  });
});

/** Points within 1e-3 of a kink are left out: there the finite difference measures the kink. */
// ELU (alpha = 1) has a continuous derivative but a jump in its second derivative at 0.
const KINKS: Partial<Record<ActivationName, number[]>> = { relu: [0], leakyRelu: [0], relu6: [0, 6], elu: [0] };

describe('derivatives agree with finite differences', () => {
  it.each(Object.keys(activations) as ActivationName[])('activations.%s.grad agrees with gradCheck', (name) => {
    const a = activations[name];
    const kinks = KINKS[name] ?? [];
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) => {
        fc.pre(kinks.every((k) => Math.abs(x - k) > 1e-3));
        expect(gradCheck(a, x)).toBeLessThan(1e-7);
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('leakyReluGrad and eluGrad agree with gradCheck for other alphas', () => {
    for (const alpha of [0.05, 0.3, 2]) {
      const xs = [-7, -2.5, -0.3, 0.4, 3];
      expect(gradCheck({ fn: (x) => leakyRelu(x, alpha), grad: (x) => leakyReluGrad(x, alpha) }, xs)).toBeLessThan(1e-8);
      expect(gradCheck({ fn: (x) => elu(x, alpha), grad: (x) => eluGrad(x, alpha) }, xs)).toBeLessThan(1e-8);
    }
  });
});
