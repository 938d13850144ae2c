import { describe, expect, it } from 'vitest';
import { gradCheck, sigmoid, sigmoidGrad } from '../src/index.ts';

describe('gradCheck(f, x, h)', () => {
  it('scores a correct derivative near 0 and a wrong one near its relative mistake', () => {
    expect(gradCheck({ fn: Math.sin, grad: Math.cos }, [0, 1, 2])).toBeLessThan(1e-9);
    expect(gradCheck({ fn: Math.sin, grad: (x) => -Math.cos(x) }, 1)).toBeGreaterThan(0.5);
    // A forgotten chain-rule factor: d/dx sin(2x) is 2 cos(2x), not cos(2x).
    const err = gradCheck({ fn: (x) => Math.sin(2 * x), grad: (x) => Math.cos(2 * x) }, 0.3);
    expect(err).toBeGreaterThan(0.4);
    expect(err).toBeLessThan(0.6);
  });

  it('returns the largest error over the points', () => {
    const f = { fn: (x: number) => x * x, grad: (x: number) => (x > 5 ? 3 * x : 2 * x) };
    expect(gradCheck(f, [1, 2, 3])).toBeLessThan(1e-9);
    expect(gradCheck(f, [1, 2, 10])).toBeCloseTo(10 / 30, 6);
  });

  it('compares small derivatives absolutely, so sigmoidGrad passes in the tail', () => {
    expect(gradCheck({ fn: sigmoid, grad: sigmoidGrad }, [-30, -5, 0, 5, 30])).toBeLessThan(1e-9);
  });

  it('reports NaN from the derivative as an infinite error', () => {
    expect(gradCheck({ fn: (x) => x, grad: () => Number.NaN }, [1, 2])).toBe(Infinity);
  });

  it('uses a given step h', () => {
    // With h = 0.1 the central difference of x^3 at 1 is 3 + h^2 = 3.01.
    expect(gradCheck({ fn: (x) => x ** 3, grad: (x) => 3 * x * x }, 1, 0.1)).toBeCloseTo(0.01 / 3.01, 10);
  });
});
