import { describe, expect, it } from 'vitest';
import {
  circles,
  classificationSets,
  createMLP,
  createRng,
  gaussians,
  linear,
  moons,
  sine,
  spiral,
  trainTestSplit,
  xor,
  type Dataset,
} from '../src/index.ts';

const names = ['xor', 'circles', 'gaussians', 'spiral', 'moons'] as const;
const point = (d: Dataset, i: number): [number, number] => [d.x[2 * i]!, d.x[2 * i + 1]!];
const radius = (d: Dataset, i: number): number => Math.hypot(...point(d, i));
/** Rows of class k. */
const rowsOf = (d: Dataset, k: number): number[] => [...d.y.keys()].filter((i) => d.y[i] === k);
/** Bit-level equality of two arrays of doubles (tells 0 from -0, compares NaN as equal to itself). */
const sameBits = (a: Float64Array, b: Float64Array): boolean =>
  a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

describe('classification sets: determinism, shapes, balance', () => {
  it.each(names)('%s(options) gives bit-identical data for a seed, different data for another', (name) => {
    const make = classificationSets[name];
    const a = make({ n: 101, noise: 0.2, seed: 7 });
    const b = make({ n: 101, noise: 0.2, seed: 7 });
    expect(sameBits(a.x, b.x) && sameBits(a.y, b.y)).toBe(true);
    const c = make({ n: 101, noise: 0.2, seed: 8 });
    expect(sameBits(a.x, c.x)).toBe(false);
    expect(sameBits(make({ n: 101, noise: 0.2, seed: createRng(7) }).x, a.x)).toBe(true);
  });

  it.each(names)('%s(options) uses and advances a passed Rng', (name) => {
    const rng = createRng(3);
    const first = classificationSets[name]({ n: 50, noise: 0.1, seed: rng });
    const second = classificationSets[name]({ n: 50, noise: 0.1, seed: rng });
    expect(sameBits(first.x, second.x)).toBe(false);
  });

  it.each(names)('%s(options) has n rows of 2 inputs, 2 classes in blocks of floor(n/2) and the rest', (name) => {
    for (const n of [2, 7, 200]) {
      const d = classificationSets[name]({ n, seed: 1 });
      expect([d.n, d.dims, d.classes, d.x.length, d.y.length]).toEqual([n, 2, 2, 2 * n, n]);
      const half = Math.floor(n / 2);
      expect([...d.y]).toEqual([...new Array<number>(half).fill(0), ...new Array<number>(n - half).fill(1)]);
      expect(d.x.every(Number.isFinite)).toBe(true);
    }
  });

  it.each(names)('%s(options) stays in the playground square [-5, 5]² at noise 0 (gaussians: [-6, 6]²)', (name) => {
    const d = classificationSets[name]({ n: 1000, seed: 2 });
    // A blob point passes 5 with probability ~3e-5 a coordinate, 6 with ~1e-7.
    const bound = name === 'gaussians' ? 6 : 5 + 1e-12;
    expect(d.x.every((v) => Math.abs(v) <= bound)).toBe(true);
    expect(Math.max(...d.x.map(Math.abs))).toBeGreaterThan(4); // and uses it, not [-1, 1]²
  });

  it.each(names)('%s(options) adds N(0, noise²) jitter, moving each point one way as noise grows', (name) => {
    const make = classificationSets[name];
    const [d0, d1, d2] = [0, 0.25, 0.5].map((noise) => make({ n: 2000, noise, seed: 4 })) as [Dataset, Dataset, Dataset];
    const z = d0.x.map((v, j) => (d1.x[j]! - v) / 0.25); // the standard normal draws behind the jitter
    for (let j = 0; j < d0.x.length; j++) expect(d2.x[j]! - d0.x[j]!).toBeCloseTo(0.5 * z[j]!, 12);
    const mean = z.reduce((s, v) => s + v, 0) / z.length;
    expect(Math.abs(mean)).toBeLessThan(0.06); // sd 0.016
    expect(Math.sqrt(z.reduce((s, v) => s + (v - mean) ** 2, 0) / z.length)).toBeCloseTo(1, 1);
    expect(z.filter((v) => Math.abs(v) > 2).length / z.length).toBeCloseTo(0.0455, 1); // Gaussian tails, not uniform
    expect([...d2.y]).toEqual([...d0.y]);
  });

  it('gaussians and spiral take classes from 2 to 8, with sizes differing by at most one', () => {
    for (const make of [gaussians, spiral]) {
      const d = make({ n: 100, classes: 3, seed: 1 });
      expect(d.classes).toBe(3);
      // floor((k+1)n/K) - floor(kn/K) for n = 100, K = 3: 33, 33, 34.
      expect([0, 1, 2].map((k) => rowsOf(d, k).length)).toEqual([33, 33, 34]);
      expect(make({ n: 8, classes: 8, seed: 1 }).y).toEqual(Float64Array.from([0, 1, 2, 3, 4, 5, 6, 7]));
    }
  });

  it('classificationSets lists the five sets by name', () => {
    expect(Object.keys(classificationSets)).toEqual([...names]);
    expect(classificationSets.spiral).toBe(spiral);
  });
});

describe('classification sets: geometry', () => {
  it('xor(options) labels by the sign of x1·x2 and keeps 0.5 from the axes at noise 0', () => {
    const d = xor({ n: 1000, seed: 5 });
    for (let i = 0; i < d.n; i++) {
      const [a, b] = point(d, i);
      expect(a * b > 0 ? 1 : 0).toBe(d.y[i]);
      expect(Math.min(Math.abs(a), Math.abs(b))).toBeGreaterThanOrEqual(0.5);
    }
    // All four quadrants are used: class 1 in I and III, class 0 in II and IV.
    const quadrants = new Set([...d.y.keys()].map((i) => `${Math.sign(d.x[2 * i]!)}${Math.sign(d.x[2 * i + 1]!)}`));
    expect(quadrants.size).toBe(4);
  });

  it('circles(options) puts every class-0 point inside every class-1 point at noise 0, uniformly by area', () => {
    const d = circles({ n: 4000, seed: 6 });
    const inner = rowsOf(d, 0).map((i) => radius(d, i));
    const outer = rowsOf(d, 1).map((i) => radius(d, i));
    expect(Math.max(...inner)).toBeLessThanOrEqual(2.5);
    expect(Math.min(...outer)).toBeGreaterThanOrEqual(3.5 - 1e-12);
    expect(Math.max(...outer)).toBeLessThanOrEqual(5 + 1e-12);
    // Uniform on the disc: half the area lies within 2.5/√2 (uniform radii would put 71% there).
    const within = inner.filter((r) => r < 2.5 / Math.SQRT2).length / inner.length;
    expect(Math.abs(within - 0.5)).toBeLessThan(0.05); // sd 0.011
    // Ring area split at r² = (3.5² + 5²)/2.
    const mid = outer.filter((r) => r * r < (3.5 ** 2 + 5 ** 2) / 2).length / outer.length;
    expect(Math.abs(mid - 0.5)).toBeLessThan(0.05);
  });

  it('gaussians(options) centres class k at 2√2(cos, sin)(π/4 + 2πk/K) with sd 0.75', () => {
    const cases = [
      [2, [[2, 2], [-2, -2]]],
      [4, [[2, 2], [-2, 2], [-2, -2], [2, -2]]],
    ] as const;
    for (const [classes, centres] of cases) {
      const d = gaussians({ n: 4000, classes, seed: 9 });
      centres.forEach(([cx, cy], k) => {
        const rows = rowsOf(d, k);
        const xs = rows.map((i) => d.x[2 * i]!);
        const ys = rows.map((i) => d.x[2 * i + 1]!);
        const mx = xs.reduce((s, v) => s + v, 0) / xs.length;
        const my = ys.reduce((s, v) => s + v, 0) / ys.length;
        expect(Math.abs(mx - cx)).toBeLessThan(0.1); // sd of the mean <= 0.75 / sqrt(1000) = 0.024
        expect(Math.abs(my - cy)).toBeLessThan(0.1);
        const sd = Math.sqrt(xs.reduce((s, v) => s + (v - mx) ** 2, 0) / xs.length);
        expect(Math.abs(sd - 0.75)).toBeLessThan(0.075);
      });
    }
    // noise adds independent jitter: sd √(0.75² + 1²) = 1.25.
    const noisy = gaussians({ n: 4000, noise: 1, seed: 9 });
    const xs = rowsOf(noisy, 0).map((i) => noisy.x[2 * i]!);
    const m = xs.reduce((s, v) => s + v, 0) / xs.length;
    expect(Math.sqrt(xs.reduce((s, v) => s + (v - m) ** 2, 0) / xs.length)).toBeCloseTo(1.25, 1);
  });

  it('spiral(options) is TensorFlow Playground’s spiral at noise 0: r = 5i/m, t = 3.5π i/m + kπ', () => {
    const d = spiral({ n: 500, seed: 0 });
    const m = 250;
    for (let k = 0; k < 2; k++) {
      for (let i = 0; i < m; i++) {
        const r = (i / m) * 5;
        const t = ((1.75 * i) / m) * 2 * Math.PI + k * Math.PI;
        const [a, b] = point(d, k * m + i);
        expect(Math.abs(a - r * Math.sin(t)) + Math.abs(b - r * Math.cos(t))).toBeLessThan(1e-12);
      }
    }
  });

  it('spiral(options) arms are related by a rotation of 2π/K, radii increasing along an arm', () => {
    const two = spiral({ n: 400, seed: 0 });
    for (let i = 0; i < 200; i++) {
      const [a, b] = point(two, i);
      const [c, e] = point(two, 200 + i);
      expect(Math.abs(a + c) + Math.abs(b + e)).toBeLessThan(1e-12); // rotation by π is negation
      if (i > 0) expect(radius(two, i)).toBeGreaterThan(radius(two, i - 1));
    }
    const three = spiral({ n: 300, classes: 3, seed: 0 });
    const [cos, sin] = [Math.cos((2 * Math.PI) / 3), Math.sin((2 * Math.PI) / 3)];
    for (let i = 0; i < 100; i++) {
      const [a, b] = point(three, i);
      const [c, e] = point(three, 100 + i);
      // (r sin t, r cos t) turned by +2π/3 in t is a clockwise rotation of the plane by 2π/3.
      expect(Math.abs(c - (a * cos + b * sin)) + Math.abs(e - (b * cos - a * sin))).toBeLessThan(1e-12);
    }
  });

  it('moons(options) is scikit-learn’s make_moons at noise 0, mapped by ((x - 0.5)·10/3, (y - 0.25)·10/3)', () => {
    for (const n of [200, 7, 3]) {
      const d = moons({ n, seed: 0 });
      const out = Math.floor(n / 2);
      const inn = n - out;
      const lin = (m: number): number[] => Array.from({ length: m }, (_, j) => (m === 1 ? 0 : (Math.PI * j) / (m - 1)));
      const sk = [
        ...lin(out).map((t) => [Math.cos(t), Math.sin(t)]),
        ...lin(inn).map((t) => [1 - Math.cos(t), 1 - Math.sin(t) - 0.5]),
      ];
      sk.forEach(([u, v], i) => {
        const [a, b] = point(d, i);
        expect(Math.abs(a - (u! - 0.5) * (10 / 3)) + Math.abs(b - (v! - 0.25) * (10 / 3))).toBeLessThan(1e-12);
      });
    }
    const d = moons({ n: 200, seed: 0 });
    // Worked by hand: sklearn's (1, 0), (-1, 0), (0, 0.5), (2, 0.5) map to these.
    expect(point(d, 0)).toEqual([5 / 3, -5 / 6]);
    expect(point(d, 99)[0]).toBe(-5);
    expect(point(d, 99)[1]).toBeCloseTo(-5 / 6, 14);
    expect(point(d, 100)).toEqual([-5 / 3, 5 / 6]);
    expect(point(d, 199)[0]).toBe(5);
    expect(point(d, 199)[1]).toBeCloseTo(5 / 6, 14);
  });

  it('spiral({ n: 500 }) is learnable: a 2→16→16→1 tanh MLP, SGD lr 0.03, batch 10, 300 epochs, passes 95%', () => {
    const data = spiral({ n: 500, seed: 0 });
    const net = createMLP({ sizes: [2, 16, 16, 1], activation: 'tanh', output: 'sigmoid', init: 'uniform', seed: 1 });
    net.fit(data, { optimizer: 'sgd', learningRate: 0.03, batchSize: 10, epochs: 300 });
    expect(net.evaluate(data).accuracy).toBeGreaterThan(0.95);
  });
});

describe('regression sets', () => {
  it('sine(options) at noise 0 has y = sin(x) exactly, x ascending on [-π, π]', () => {
    const d = sine({ n: 500, seed: 1 });
    expect([d.n, d.dims, d.classes, d.x.length, d.y.length, d.outlierIndices.length]).toEqual([500, 1, 0, 500, 500, 0]);
    d.x.forEach((x, i) => {
      expect(d.y[i]).toBe(Math.sin(x));
      if (i > 0) expect(x).toBeGreaterThanOrEqual(d.x[i - 1]!);
    });
    expect(d.x[0]).toBeGreaterThanOrEqual(-Math.PI);
    expect(d.x[0]).toBeLessThan(-3);
    expect(d.x[499]).toBeLessThan(Math.PI);
    expect(d.x[499]).toBeGreaterThan(3);
  });

  it('linear(options) at noise 0 has y = slope·x + intercept exactly on [-1, 1] (defaults 1 and 0)', () => {
    const d = linear({ n: 200, slope: -2, intercept: 0.5, seed: 2 });
    d.x.forEach((x, i) => expect(d.y[i]).toBe(-2 * x + 0.5));
    expect(d.x.every((x) => x >= -1 && x < 1)).toBe(true);
    const plain = linear({ n: 20, seed: 2 });
    expect([...plain.y]).toEqual([...plain.x]);
  });

  it('linear(options) puts exactly `outliers` rows 3 to 5 above the line, the others on it', () => {
    const d = linear({ n: 100, outliers: 7, slope: 0.5, seed: 3 });
    expect(d.outlierIndices.length).toBe(7);
    expect(new Set(d.outlierIndices).size).toBe(7);
    expect([...d.outlierIndices]).toEqual([...d.outlierIndices].sort((a, b) => a - b));
    const off = [...d.x.keys()].filter((i) => d.y[i] !== 0.5 * d.x[i]!);
    expect(off).toEqual([...d.outlierIndices]);
    for (const i of off) {
      const lift = d.y[i]! - 0.5 * d.x[i]!;
      expect(lift >= 3 - 1e-12 && lift <= 5 + 1e-12).toBe(true);
    }
    // Different seeds pick different rows; outliers = n moves every row.
    expect([...linear({ n: 100, outliers: 7, seed: 4 }).outlierIndices]).not.toEqual([...d.outlierIndices]);
    expect(sine({ n: 5, outliers: 5, seed: 1 }).outlierIndices).toEqual(Uint32Array.from([0, 1, 2, 3, 4]));
  });

  it('sine and linear add Gaussian noise of sd `noise` to y, keeping x and the outlier rows', () => {
    const clean = sine({ n: 4000, outliers: 10, seed: 5 });
    const noisy = sine({ n: 4000, outliers: 10, noise: 0.3, seed: 5 });
    expect(sameBits(clean.x, noisy.x)).toBe(true);
    expect(noisy.outlierIndices).toEqual(clean.outlierIndices);
    const out = new Set(clean.outlierIndices);
    const r = [...noisy.y.keys()].filter((i) => !out.has(i)).map((i) => noisy.y[i]! - Math.sin(noisy.x[i]!));
    const mean = r.reduce((s, v) => s + v, 0) / r.length;
    expect(Math.abs(mean)).toBeLessThan(0.03); // sd 0.0048
    expect(Math.sqrt(r.reduce((s, v) => s + (v - mean) ** 2, 0) / r.length)).toBeCloseTo(0.3, 1);
    const a = linear({ n: 50, noise: 0.1, seed: 6 });
    expect(sameBits(a.y, linear({ n: 50, noise: 0.1, seed: 6 }).y)).toBe(true);
    expect(sameBits(a.y, linear({ n: 50, noise: 0.1, seed: 7 }).y)).toBe(false);
  });
});

describe('trainTestSplit(data, { testFraction, seed })', () => {
  // Row i is (i, -i) with target i % 3: every row is unique and identifiable.
  const n = 103;
  const data: Dataset = {
    x: Float64Array.from({ length: 2 * n }, (_, j) => (j % 2 === 0 ? j / 2 : -(j - 1) / 2)),
    y: Float64Array.from({ length: n }, (_, i) => i % 3),
    n,
    dims: 2,
    classes: 3,
  };

  it('trainTestSplit partitions the rows: none lost, none duplicated, round(f·n) in test', () => {
    const { train, test } = trainTestSplit(data, { testFraction: 0.25, seed: 1 });
    expect([test.n, train.n, test.dims, train.classes]).toEqual([26, 77, 2, 3]);
    expect([train.x.length, train.y.length, test.x.length, test.y.length]).toEqual([154, 77, 52, 26]);
    const ids: number[] = [];
    for (const part of [train, test]) {
      for (let i = 0; i < part.n; i++) {
        const id = part.x[2 * i]!;
        expect(part.x[2 * i + 1]).toBe(-id); // rows stay whole
        expect(part.y[i]).toBe(id % 3); // targets follow their rows
        ids.push(id);
      }
    }
    expect(ids.sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
    // Shuffled, not the first 26 rows; the same seed gives the same split.
    expect([...test.x.filter((_, j) => j % 2 === 0)]).not.toEqual(Array.from({ length: 26 }, (_, i) => i));
    expect(trainTestSplit(data, { testFraction: 0.25, seed: 1 }).test.x).toEqual(test.x);
    expect(trainTestSplit(data, { testFraction: 0.25, seed: 2 }).test.x).not.toEqual(test.x);
  });

  it('trainTestSplit rejects a fraction outside (0, 1) or a split that leaves a side empty', () => {
    for (const testFraction of [0, 1, -0.1, 1.5, Number.NaN]) {
      expect(() => trainTestSplit(data, { testFraction, seed: 1 }), String(testFraction)).toThrow(RangeError);
    }
    expect(() => trainTestSplit(data, { testFraction: 0, seed: 1 })).toThrow('testFraction must be in (0, 1), got 0');
    const small = sine({ n: 10, seed: 1 });
    expect(() => trainTestSplit(small, { testFraction: 0.01, seed: 1 })).toThrow('leaves 0 for test');
    expect(() => trainTestSplit(small, { testFraction: 0.99, seed: 1 })).toThrow('and 0 for training');
    expect(trainTestSplit(small, { testFraction: 0.1, seed: 1 }).test.n).toBe(1);
  });
});

describe('data set errors', () => {
  it.each(names)('%s(options) rejects n that is not an integer >= 2, and bad noise', (name) => {
    const make = classificationSets[name];
    for (const n of [0, 1, -5, 2.5, Number.NaN, Infinity]) {
      expect(() => make({ n, seed: 1 }), `n = ${n}`).toThrow(RangeError);
    }
    expect(() => make({ n: 0, seed: 1 })).toThrow(`${name}: n must be an integer >= 2, got 0`);
    for (const noise of [-0.1, Number.NaN, Infinity]) {
      expect(() => make({ n: 10, noise, seed: 1 }), `noise = ${noise}`).toThrow(RangeError);
    }
    expect(() => make({ n: 10, noise: -1, seed: 1 })).toThrow(`${name}: noise must be a finite number >= 0, got -1`);
    expect(() => make({ n: 10, seed: Number.NaN })).toThrow(RangeError);
  });

  it('gaussians and spiral reject classes outside 2..8 and n below classes', () => {
    for (const make of [gaussians, spiral]) {
      for (const classes of [1, 9, 2.5, Number.NaN]) {
        expect(() => make({ n: 100, classes, seed: 1 }), `classes = ${classes}`).toThrow(RangeError);
      }
      expect(() => make({ n: 4, classes: 5, seed: 1 })).toThrow('n must be an integer >= 5, got 4');
    }
    expect(() => spiral({ n: 10, classes: 9, seed: 1 })).toThrow('spiral: classes must be an integer from 2 to 8, got 9');
  });

  it('sine and linear reject bad n, noise, outliers, slope and intercept, before drawing', () => {
    const rng = createRng(1);
    for (const make of [sine, linear]) {
      expect(() => make({ n: 0, seed: rng })).toThrow('n must be an integer >= 1, got 0');
      expect(() => make({ n: 10, noise: -1, seed: rng })).toThrow('noise must be a finite number >= 0, got -1');
      expect(() => make({ n: 10, outliers: 11, seed: rng })).toThrow('outliers must be an integer from 0 to 10, got 11');
      expect(() => make({ n: 10, outliers: -1, seed: rng })).toThrow(RangeError);
      expect(() => make({ n: 10, outliers: 1.5, seed: rng })).toThrow(RangeError);
    }
    expect(() => linear({ n: 10, slope: Number.NaN, seed: rng })).toThrow('linear: slope and intercept must be finite');
    expect(() => linear({ n: 10, intercept: Infinity, seed: rng })).toThrow(RangeError);
    expect(rng.next()).toBe(createRng(1).next()); // the failed calls drew nothing
  });
});
