import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bceWithLogits,
  bceWithLogitsGrad,
  binaryCrossEntropy,
  binaryCrossEntropyGrad,
  gradCheck,
  huber,
  huberGrad,
  mae,
  maeGrad,
  mse,
  mseGrad,
  softmaxCrossEntropy,
  softmaxCrossEntropyGrad,
} from '../src/index.ts';

type Loss = (y: number[], p: number[]) => number;
type LossGrad = (y: number[], p: number[]) => Float64Array;

/** The largest gradCheck error over every coordinate of the prediction vector p. */
function checkEachCoordinate(loss: Loss, grad: LossGrad, y: number[], p: number[]): number {
  let worst = 0;
  for (let i = 0; i < p.length; i++) {
    const at = (t: number) => p.map((v, j) => (j === i ? t : v));
    worst = Math.max(worst, gradCheck({ fn: (t) => loss(y, at(t)), grad: (t) => grad(y, at(t))[i]! }, p[i]!));
  }
  return worst;
}

describe('regression losses', () => {
  it('mse, mae and huber at hand-worked points', () => {
    expect(mse([1, 2], [1, 4])).toBe(2);
    expect([...mseGrad([1, 2], [1, 4])]).toEqual([0, 2]);
    expect(mae([1, 2], [1, 4])).toBe(1);
    expect([...maeGrad([1, 2], [1, 4])]).toEqual([0, 0.5]);
    expect(huber([0, 0], [0.5, 3])).toBe(1.3125);
    expect([...huberGrad([0, 0], [0.5, 3])]).toEqual([0.25, 0.5]);
    expect(huber([0], [3], 2)).toBe(4);
  });

  it('mse does not overflow where the mean is representable', () => {
    expect(mse([0, 0], [1.5e154, 0]) / 1.125e308).toBeCloseTo(1, 14);
    expect(mseGrad([0, 0], [1e308, 0])[0]).toBe(1e308);
    expect(mseGrad([0], [1e308])[0]).toBe(Infinity); // 2e308 is beyond the largest double
  });

  it('are means, not sums: repeating the data leaves them unchanged', () => {
    const y = [1, -2, 3];
    const p = [0.5, -1, 7];
    expect(mse([...y, ...y], [...p, ...p])).toBeCloseTo(mse(y, p), 14);
    expect(mae([...y, ...y], [...p, ...p])).toBeCloseTo(mae(y, p), 14);
    expect(huber([...y, ...y], [...p, ...p])).toBeCloseTo(huber(y, p), 14);
  });

  it('an outlier moves mse far more than mae or huber', () => {
    const y = [0, 0, 0, 0, 0];
    const p = [0.1, -0.1, 0.2, 0, 0];
    const outlier = [0.1, -0.1, 0.2, 0, 100];
    expect(mse(y, outlier) / mse(y, p)).toBeGreaterThan(1e5);
    expect(mae(y, outlier) / mae(y, p)).toBeLessThan(300);
    expect(huber(y, outlier) / huber(y, p)).toBeLessThan(1e4);
  });

  it('each gradient agrees with finite differences', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true })), {
          minLength: 1,
          maxLength: 6,
        }),
        (pairs) => {
          const y = pairs.map(([a]) => a);
          const p = pairs.map(([, b]) => b);
          // Keep away from the kinks of mae (r = 0) and huber (|r| = delta).
          fc.pre(pairs.every(([a, b]) => Math.abs(b - a) > 1e-3 && Math.abs(Math.abs(b - a) - 1) > 1e-3));
          expect(checkEachCoordinate(mse, mseGrad, y, p)).toBeLessThan(1e-7);
          expect(checkEachCoordinate(mae, maeGrad, y, p)).toBeLessThan(1e-7);
          expect(checkEachCoordinate((a, b) => huber(a, b), (a, b) => huberGrad(a, b), y, p)).toBeLessThan(1e-7);
        },
      ),
      { numRuns: 200, seed: 31 },
    );
  });

  it('reject mismatched or empty inputs with a message naming the function', () => {
    expect(() => mse([1, 2], [1])).toThrow('mse: yTrue has 2 values but the predictions have 1');
    expect(() => mae([], [])).toThrow('mae: needs at least one example');
    expect(() => huber([1], [2], 0)).toThrow(/delta must be positive/);
  });
});

describe('binaryCrossEntropy(yTrue, pPred, eps)', () => {
  it('is -log p for a positive example and clips p to [eps, 1 - eps]', () => {
    expect(binaryCrossEntropy([1], [0.5])).toBe(Math.LN2);
    expect(binaryCrossEntropy([1], [0.9])).toBeCloseTo(0.1053605156578263, 15);
    expect(binaryCrossEntropy([1], [0])).toBeCloseTo(-Math.log(1e-7), 12);
    expect(binaryCrossEntropy([0], [1])).toBeCloseTo(-Math.log1p(-(1 - 1e-7)), 12);
    expect(Number.isFinite(binaryCrossEntropy([1, 0], [0, 1]))).toBe(true);
    expect(binaryCrossEntropy([1], [0], 0)).toBe(Infinity);
    expect(binaryCrossEntropy([0], [0], 0)).toBe(0);
  });

  it('its gradient agrees with finite differences inside the clip and is 0 outside', () => {
    const y = [1, 0, 1, 0.3];
    const p = [0.2, 0.7, 0.95, 0.5];
    expect(checkEachCoordinate(binaryCrossEntropy, binaryCrossEntropyGrad, y, p)).toBeLessThan(1e-7);
    expect([...binaryCrossEntropyGrad([1], [0.5])]).toEqual([-2]);
    expect([...binaryCrossEntropyGrad([1, 0], [1e-9, 1])]).toEqual([0, 0]);
  });
});

describe('bceWithLogits(yTrue, logits)', () => {
  it('equals binaryCrossEntropy of sigmoid(z) where probabilities are safe', () => {
    const z = [-3, -0.5, 0, 2, 4];
    const y = [0, 1, 1, 0, 1];
    const p = z.map((v) => 1 / (1 + Math.exp(-v)));
    expect(bceWithLogits(y, z)).toBeCloseTo(binaryCrossEntropy(y, p), 14);
  });

  it('is finite and exact for logits a probability could not represent', () => {
    expect(bceWithLogits([1], [-800])).toBe(800);
    expect(bceWithLogits([0], [800])).toBe(800);
    expect(bceWithLogits([1], [800])).toBe(0);
    expect(bceWithLogits([1], [40]) / 4.248354255291589e-18).toBeCloseTo(1, 13);
  });

  it('has the gradient (sigmoid(z) - y) / n, checked by finite differences', () => {
    expect([...bceWithLogitsGrad([1, 0], [0, 0])]).toEqual([-0.25, 0.25]);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(0, 1, 0.25), fc.double({ min: -30, max: 30, noNaN: true })), { minLength: 1, maxLength: 6 }),
        (pairs) => {
          const y = pairs.map(([a]) => a);
          const z = pairs.map(([, b]) => b);
          expect(checkEachCoordinate(bceWithLogits, bceWithLogitsGrad, y, z)).toBeLessThan(1e-7);
        },
      ),
      { numRuns: 200, seed: 32 },
    );
  });

  it('keeps the gradient of a confidently right example: (sigmoid(40) - 1) / 1 = -4.25e-18, not 0', () => {
    expect(bceWithLogitsGrad([1], [40])[0]! / -4.248354255291589e-18).toBeCloseTo(1, 13);
  });
});

describe('softmaxCrossEntropy(logits, label)', () => {
  it('is log 2 for two equal logits and finite for huge logits', () => {
    expect(softmaxCrossEntropy([0, 0], 1)).toBe(Math.LN2);
    expect(softmaxCrossEntropy([1000, 0], 1)).toBe(1000);
    expect(softmaxCrossEntropy([1000, 0], 0)).toBe(0);
    expect(softmaxCrossEntropy([0, -40], 0) / 4.248354255291589e-18).toBeCloseTo(1, 13);
  });

  it('takes the limit for infinite logits: log k among k infinite ones, Infinity for the others', () => {
    expect(softmaxCrossEntropy([Infinity, 0, Infinity], 0)).toBe(Math.LN2);
    expect(softmaxCrossEntropy([Infinity, 0, Infinity], 1)).toBe(Infinity);
    expect(softmaxCrossEntropy([-Infinity, 0], 0)).toBe(Infinity);
    expect(softmaxCrossEntropy([-Infinity, 0], 1)).toBe(0);
  });

  it('has the gradient softmax - onehot, summing to 0 and checked by finite differences', () => {
    expect([...softmaxCrossEntropyGrad([0, 0], 1)]).toEqual([0.5, -0.5]);
    fc.assert(
      fc.property(fc.array(fc.double({ min: -20, max: 20, noNaN: true }), { minLength: 2, maxLength: 8 }), fc.nat(), (z, k) => {
        const label = k % z.length;
        const g = softmaxCrossEntropyGrad(z, label);
        expect(Math.abs(g.reduce((s, v) => s + v, 0))).toBeLessThan(1e-15);
        expect(checkEachCoordinate((_, p) => softmaxCrossEntropy(p, label), (_, p) => softmaxCrossEntropyGrad(p, label), [], z)).toBeLessThan(1e-7);
      }),
      { numRuns: 200, seed: 33 },
    );
  });

  it('rejects a label that is not a class index', () => {
    expect(() => softmaxCrossEntropy([1, 2], 2)).toThrow('softmaxCrossEntropy: label must be an integer in [0, 1], got 2');
    expect(() => softmaxCrossEntropyGrad([1, 2], 0.5)).toThrow(RangeError);
  });

  it('does not modify the logits', () => {
    const z = Object.freeze([2, 1, 0]);
    softmaxCrossEntropy(z, 0);
    softmaxCrossEntropyGrad(z, 0);
    expect(z).toEqual([2, 1, 0]);
  });
});
