import { describe, expect, it } from 'vitest';
import { normalCdf } from '../src/erf.ts';
import { createRng, shuffleInPlace, toRng } from '../src/rng.ts';

/** n draws of f into an array. */
const draw = (n: number, f: () => number): number[] => Array.from({ length: n }, f);
const mean = (xs: number[]): number => xs.reduce((s, v) => s + v, 0) / xs.length;
/** The k-th central moment. */
const moment = (xs: number[], k: number): number => {
  const m = mean(xs);
  return mean(xs.map((v) => (v - m) ** k));
};

describe('createRng(seed)', () => {
  it('createRng(seed).next() gives the values of an independent Python sfc32 + splitmix32', () => {
    // Computed by a separate Python implementation (exact integer arithmetic, written from the
    // algorithm's description: splitmix32 fills the state, 12 outputs discarded, 26 + 27 bits).
    const want: Record<number, number[]> = {
      0: [0.12763400566170402, 0.5167204543015397, 0.810084974068444],
      42: [0.890780191354953, 0.3220651388711815, 0.6512069328983437],
      4294967303: [0.6183421321721023, 0.7461056346830093, 0.7733441133981306],
    };
    for (const [seed, values] of Object.entries(want)) {
      const rng = createRng(Number(seed));
      expect(draw(3, rng.next)).toEqual(values);
    }
  });

  it('createRng(seed).normal() is Box-Muller on two uniforms (Python reference, libm tolerance)', () => {
    const rng = createRng(42);
    expect(rng.normal()).toBeCloseTo(-0.9206707490829031, 14);
    expect(rng.normal()).toBeCloseTo(1.8923929402558444, 14);
  });

  it('createRng(seed) repeats its streams bit for bit, and instances do not share state', () => {
    const a = createRng(123);
    const b = createRng(123);
    a.next(); // advancing a must not move b
    const c = createRng(123);
    const seq = (r: ReturnType<typeof createRng>) => [r.next(), r.normal(), r.int(1000), r.normal(), r.next()];
    expect(seq(b)).toEqual(seq(c));
    expect(seq(a)).not.toEqual(seq(createRng(123)));
  });

  it('createRng(seed) gives unrelated streams for nearby seeds and uses bits above 2^32', () => {
    // Correlation of the streams of seeds s and s + 1: about N(0, 1/1000) if independent.
    for (const s of [0, 1, 2, 1000, 65535]) {
      const a = draw(1000, createRng(s).next);
      const b = draw(1000, createRng(s + 1).next);
      const ma = mean(a);
      const mb = mean(b);
      const cov = mean(a.map((v, i) => (v - ma) * (b[i]! - mb)));
      expect(Math.abs(cov / Math.sqrt(moment(a, 2) * moment(b, 2))), `seeds ${s}, ${s + 1}`).toBeLessThan(0.15);
    }
    // First outputs of seeds 0..9999: uniform (10 bins of ~1000, 5-sigma bound on each).
    const bins = new Array<number>(10).fill(0);
    for (let s = 0; s < 10000; s++) bins[Math.floor(createRng(s).next() * 10)]!++;
    for (const count of bins) expect(Math.abs(count - 1000)).toBeLessThan(150);
    expect(createRng(5).next()).not.toBe(createRng(5 + 2 ** 32).next());
    expect(createRng(5).next()).not.toBe(createRng(5 + 2 ** 40).next());
  });

  it('createRng(seed) rejects a non-finite seed with a RangeError', () => {
    for (const seed of [Number.NaN, Infinity, -Infinity]) {
      expect(() => createRng(seed)).toThrow(RangeError);
    }
    expect(() => createRng(Number.NaN)).toThrow('createRng: seed must be a finite number, got NaN');
  });
});

describe('Rng.next()', () => {
  const xs = draw(100000, createRng(7).next);

  it('Rng.next() lies in [0, 1) and carries 53 random bits', () => {
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    for (const x of xs.slice(0, 1000)) expect(Number.isInteger(x * 2 ** 53)).toBe(true);
    // The lowest of the 53 bits is set about half the time (it would always be 0 with 52 bits).
    const odd = xs.filter((x) => (x * 2 ** 53) % 2 === 1).length;
    expect(Math.abs(odd / xs.length - 0.5)).toBeLessThan(0.01);
  });

  it('Rng.next() is uniform: mean 1/2, variance 1/12, chi-square over 100 bins', () => {
    expect(Math.abs(mean(xs) - 0.5)).toBeLessThan(0.005); // sd of the mean: 0.0009
    expect(Math.abs(moment(xs, 2) - 1 / 12)).toBeLessThan(0.002);
    const bins = new Array<number>(100).fill(0);
    for (const x of xs) bins[Math.floor(x * 100)]!++;
    const chi2 = bins.reduce((s, c) => s + (c - 1000) ** 2 / 1000, 0);
    expect(chi2).toBeLessThan(160); // 99 degrees of freedom: mean 99, sd 14; 160 is past 4 sd
    expect(chi2).toBeGreaterThan(50);
    // Successive draws are uncorrelated.
    const lag = mean(xs.slice(1).map((x, i) => (x - 0.5) * (xs[i]! - 0.5))) * 12;
    expect(Math.abs(lag)).toBeLessThan(0.02);
  });
});

describe('Rng.normal()', () => {
  const zs = draw(50000, createRng(11).normal);

  it('Rng.normal() has mean 0, variance 1, skewness 0 and kurtosis 3', () => {
    expect(zs.every(Number.isFinite)).toBe(true);
    expect(Math.abs(mean(zs))).toBeLessThan(0.02); // sd 0.0045
    expect(Math.abs(moment(zs, 2) - 1)).toBeLessThan(0.03); // sd 0.0063
    expect(Math.abs(moment(zs, 3))).toBeLessThan(0.08); // sd 0.017
    expect(Math.abs(moment(zs, 4) - 3)).toBeLessThan(0.15); // sd 0.044
  });

  it('Rng.normal() follows the normal CDF (Kolmogorov-Smirnov distance)', () => {
    const sorted = Float64Array.from(zs).sort();
    let d = 0;
    sorted.forEach((z, i) => {
      const f = normalCdf(z);
      d = Math.max(d, Math.abs(f - i / sorted.length), Math.abs(f - (i + 1) / sorted.length));
    });
    expect(d).toBeLessThan(2 / Math.sqrt(sorted.length)); // the 0.1% critical value is 1.95 / sqrt(n)
    expect(zs.filter((z) => Math.abs(z) < 1).length / zs.length).toBeCloseTo(0.6827, 1);
  });
});

describe('Rng.int(n)', () => {
  it('Rng.int(n) is an integer in [0, n), each value about equally often', () => {
    const rng = createRng(3);
    const counts = new Array<number>(7).fill(0);
    for (let i = 0; i < 70000; i++) {
      const k = rng.int(7);
      expect(Number.isInteger(k) && k >= 0 && k < 7).toBe(true);
      counts[k]!++;
    }
    for (const c of counts) expect(Math.abs(c - 10000)).toBeLessThan(500); // sd 93
    expect(draw(100, () => rng.int(1))).toEqual(new Array(100).fill(0));
    const big = draw(1000, () => rng.int(2 ** 40));
    expect(big.every((k) => Number.isInteger(k) && k >= 0 && k < 2 ** 40)).toBe(true);
    expect(Math.max(...big)).toBeGreaterThan(2 ** 39);
  });

  it('Rng.int(n) rejects n that is not an integer >= 1', () => {
    const rng = createRng(3);
    for (const n of [0, -1, 1.5, Number.NaN, Infinity]) expect(() => rng.int(n), String(n)).toThrow(RangeError);
    expect(() => rng.int(0)).toThrow('Rng.int: n must be an integer >= 1, got 0');
  });
});

describe('toRng(seedOrRng) and shuffleInPlace(xs, rng)', () => {
  it('toRng(number) is a fresh createRng; toRng(rng) is that generator, advanced by its use', () => {
    expect(draw(5, toRng(9).next)).toEqual(draw(5, createRng(9).next));
    const rng = createRng(9);
    expect(toRng(rng)).toBe(rng);
    toRng(rng).next();
    const ref = createRng(9);
    ref.next();
    expect(rng.next()).toBe(ref.next());
  });

  it('shuffleInPlace(xs, rng) returns xs itself, permuted, deterministically for a seed', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i);
    const out = shuffleInPlace(xs, createRng(1));
    expect(out).toBe(xs);
    expect([...xs].sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(xs).not.toEqual(Array.from({ length: 100 }, (_, i) => i));
    const again = shuffleInPlace(Array.from({ length: 100 }, (_, i) => i), createRng(1));
    expect(again).toEqual(xs);
    const typed = shuffleInPlace(Float64Array.from({ length: 100 }, (_, i) => i), createRng(1));
    expect([...typed]).toEqual(xs);
    expect(shuffleInPlace([], createRng(1))).toEqual([]);
    expect(shuffleInPlace(['a'], createRng(1))).toEqual(['a']);
  });

  it('shuffleInPlace(xs, rng) makes all 6 orders of 3 items about equally often', () => {
    const rng = createRng(5);
    const counts = new Map<string, number>();
    for (let i = 0; i < 60000; i++) {
      const key = shuffleInPlace(['a', 'b', 'c'], rng).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const c of counts.values()) expect(Math.abs(c - 10000)).toBeLessThan(500); // sd 91
  });
});
