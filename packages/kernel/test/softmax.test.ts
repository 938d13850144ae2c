import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logSoftmax, logSumExp, sigmoid, softmax, softmaxRowsInto } from '../src/index.ts';
import { maxRelErr } from './close.ts';

const logits = (min = 1, max = 12) =>
  fc.array(fc.double({ min: -800, max: 800, noNaN: true }), { minLength: min, maxLength: max });

describe('softmax(z, temperature)', () => {
  it('softmax([1000, 1001, 1002]) is finite, where the naive formula gives NaN', () => {
    const naive = [1000, 1001, 1002].map((v) => Math.exp(v) / [1000, 1001, 1002].reduce((s, u) => s + Math.exp(u), 0));
    expect(naive.every(Number.isNaN)).toBe(true);
    const p = softmax([1000, 1001, 1002]);
    expect(p).toBeInstanceOf(Float64Array);
    expect(maxRelErr(p, [0.09003057317038046, 0.24472847105479764, 0.6652409557748219])).toBeLessThan(1e-15);
  });

  it('returns positive entries summing to 1, for any logits', () => {
    fc.assert(
      fc.property(logits(), (z) => {
        const p = softmax(z);
        let sum = 0;
        for (const v of p) {
          expect(v).toBeGreaterThanOrEqual(0);
          sum += v;
        }
        expect(Math.abs(sum - 1)).toBeLessThanOrEqual(z.length * 2.3e-16);
      }),
      { numRuns: 1000, seed: 21 },
    );
  });

  it('is invariant to adding a constant to every logit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 10 }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        (z, c) => {
          // z + c rounds by at most ulp(100) = 1.4e-14 in the exponent: that bounds the relative change.
          expect(maxRelErr(softmax(z.map((v) => v + c)), softmax(z))).toBeLessThan(1e-12);
        },
      ),
      { numRuns: 1000, seed: 22 },
    );
  });

  it('does not modify its input', () => {
    const z = Object.freeze([3, 1, 2]);
    const copy = [...z];
    softmax(z);
    logSoftmax(z);
    logSumExp(z);
    expect(z).toEqual(copy);
    const typed = new Float64Array([5, -5, 0]);
    softmax(typed, 0.5);
    expect([...typed]).toEqual([5, -5, 0]);
  });

  it('with two classes is the sigmoid of the logit difference', () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), fc.double({ min: -700, max: 700, noNaN: true }), (a, b) => {
        expect(maxRelErr([softmax([a, b])[0]!], [sigmoid(a - b)])).toBeLessThan(1e-13);
      }),
      { numRuns: 500, seed: 23 },
    );
  });

  it('sharpens towards the argmax as the temperature falls and flattens as it rises', () => {
    const z = [1, 2, 3];
    expect(softmax(z, 0.001)[2]).toBe(1);
    const flat = softmax(z, 1e6);
    for (const v of flat) expect(v).toBeCloseTo(1 / 3, 5);
    expect(softmax(z, 0.5)[2]!).toBeGreaterThan(softmax(z, 1)[2]!);
  });

  it('rejects a temperature that is not positive', () => {
    expect(() => softmax([1, 2], 0)).toThrow(/temperature must be positive/);
    expect(() => softmax([1, 2], -1)).toThrow(RangeError);
    expect(() => softmax([1, 2], Number.NaN)).toThrow(RangeError);
  });

  it('takes the limit for infinite logits and returns [] for []', () => {
    expect([...softmax([Infinity, 0, Infinity])]).toEqual([0.5, 0, 0.5]);
    expect([...softmax([-Infinity, 0])]).toEqual([0, 1]);
    expect(softmax([]).length).toBe(0);
  });
});

describe('softmaxRowsInto(out, z, cols, temperature)', () => {
  it('computes each row like softmax, in place if asked', () => {
    const z = new Float64Array([0, 0, 1000, 1000, 1, 2, 3, -1, -2, -3, 5, 5]);
    const out = softmaxRowsInto(new Float64Array(12), z, 3);
    for (let r = 0; r < 4; r++) {
      expect([...out.subarray(3 * r, 3 * r + 3)]).toEqual([...softmax(z.subarray(3 * r, 3 * r + 3))]);
    }
    const inPlace = softmaxRowsInto(z, z, 3);
    expect([...inPlace]).toEqual([...out]);
  });

  it('rejects shapes that do not fit', () => {
    expect(() => softmaxRowsInto(new Float64Array(4), [1, 2, 3], 2)).toThrow(/do not split into rows of 2/);
    expect(() => softmaxRowsInto(new Float64Array(2), [1, 2, 3, 4], 2)).toThrow(/out holds 2 values, needs 4/);
    expect(() => softmaxRowsInto(new Float64Array(4), [1, 2, 3, 4], 0)).toThrow(RangeError);
  });
});

describe('logSoftmax(z) and logSumExp(z)', () => {
  it('logSumExp([1000, 1000]) is 1000 + log 2 and logSumExp([]) is -Infinity', () => {
    expect(logSumExp([1000, 1000])).toBe(1000 + Math.LN2);
    expect(logSumExp([])).toBe(-Infinity);
    expect(logSumExp([-Infinity, -Infinity])).toBe(-Infinity);
    expect(logSumExp([Infinity, 3])).toBe(Infinity);
  });

  it('logSoftmax keeps the tiny log-probability of the winner: log(1/(1 + e^-40)) = -4.25e-18', () => {
    const l = logSoftmax([0, -40]);
    expect(l[0]! / -4.248354255291589e-18).toBeCloseTo(1, 13);
    expect(l[1]).toBeCloseTo(-40, 13);
    expect([...logSoftmax([0, -1000])]).toEqual([0, -1000]);
  });

  it('exp(logSoftmax(z)) equals softmax(z) and logSoftmax(z) = z - logSumExp(z)', () => {
    fc.assert(
      fc.property(logits(), (z) => {
        const l = logSoftmax(z);
        const p = softmax(z);
        const lse = logSumExp(z);
        for (let i = 0; i < z.length; i++) {
          expect(maxRelErr([Math.exp(l[i]!)], [p[i]!])).toBeLessThan(1e-12);
          expect(Math.abs(l[i]! - (z[i]! - lse))).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(lse)));
        }
        expect(lse).toBeGreaterThanOrEqual(Math.max(...z));
        expect(lse).toBeLessThanOrEqual(Math.max(...z) + Math.log(z.length) + 1e-12);
      }),
      { numRuns: 500, seed: 24 },
    );
  });
});
