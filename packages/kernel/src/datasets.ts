/**
 * Toy data sets for the playground and the trainer, in TensorFlow Playground's coordinates: every
 * classification set lies in about [-5, 5]² (draw it in a [-6, 6]² view). That scale, not [-1, 1]²,
 * keeps the spiral learnable by a small tanh net at lr 0.03: shrunk to radius 1, the benchmark's
 * 2→16→16→1 tanh MLP ends at 75-90% training accuracy, at radius 5 above 99% (see the README).
 *
 * Contract shared by every generator here and in datasets-regression.ts:
 * - Same seed, same data, bit for bit; a passed `Rng` is used and advanced.
 * - `noise` (default 0) is the standard deviation of Gaussian jitter, in coordinate units. The
 *   jitter is drawn whatever the noise and then multiplied by it, so one seed with a larger noise
 *   moves each point further along the same direction: a noise slider deforms the set smoothly.
 * - Classes come in blocks (class 0's points, then class 1's, ...), never shuffled; class k of K
 *   holds floor((k+1)n/K) - floor(kn/K) points, so sizes differ by at most one.
 */
import { shuffleInPlace, toRng, type Rng } from './rng.ts';

/** A data set as flat typed arrays, the form the trainer and the widgets read. */
export interface Dataset {
  /** n × dims inputs, row-major: example i is x[i*dims .. i*dims + dims). */
  readonly x: Float64Array;
  /** n targets: a class index 0, 1, ... for classification sets, a real value for regression sets. */
  readonly y: Float64Array;
  readonly n: number;
  /** Inputs per example: 2 for the classification sets, 1 for the regression sets. */
  readonly dims: number;
  /** Number of classes; 0 for regression. */
  readonly classes: number;
}

/** Options of every 2-D classification set. */
export interface ClassificationOptions {
  /** Number of points, an integer >= the number of classes. */
  readonly n: number;
  /** Standard deviation of the Gaussian jitter added to each coordinate; >= 0, default 0. */
  readonly noise?: number;
  readonly seed: number | Rng;
}

/** Options of the sets that take a class count (`gaussians`, `spiral`). */
export interface MultiClassOptions extends ClassificationOptions {
  /** Number of classes, an integer from 2 to 8; default 2. */
  readonly classes?: number;
}

/** Throws a RangeError naming `fn` unless `value` is an integer in [min, max]; returns it. Internal. */
export function checkInt(fn: string, name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!(Number.isSafeInteger(value) && value >= min && value <= max)) {
    const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `from ${min} to ${max}`;
    throw new RangeError(`${fn}: ${name} must be an integer ${range}, got ${value}`);
  }
  return value;
}

/** Throws a RangeError naming `fn` unless `noise` is finite and >= 0; returns it (0 if absent). Internal. */
export function checkNoise(fn: string, noise: number | undefined): number {
  const s = noise ?? 0;
  if (!(Number.isFinite(s) && s >= 0)) throw new RangeError(`${fn}: noise must be a finite number >= 0, got ${s}`);
  return s;
}

/** Writes the noise-free point i of the m points of class k into p. */
type Place = (k: number, i: number, m: number, rng: Rng, p: [number, number]) => void;

function generate(fn: string, options: ClassificationOptions, classes: number, place: Place): Dataset {
  const n = checkInt(fn, 'n', options.n, classes);
  const noise = checkNoise(fn, options.noise);
  const rng = toRng(options.seed);
  const x = new Float64Array(2 * n);
  const y = new Float64Array(n);
  const p: [number, number] = [0, 0];
  for (let k = 0; k < classes; k++) {
    const start = Math.floor((k * n) / classes);
    const m = Math.floor(((k + 1) * n) / classes) - start;
    for (let i = 0; i < m; i++) {
      place(k, i, m, rng, p);
      const row = start + i;
      x[2 * row] = p[0] + noise * rng.normal();
      x[2 * row + 1] = p[1] + noise * rng.normal();
      y[row] = k;
    }
  }
  return { x, y, n, dims: 2, classes };
}

const classCount = (fn: string, classes: number | undefined): number => checkInt(fn, 'classes', classes ?? 2, 2, 8);

/**
 * XOR: each coordinate's magnitude is uniform in [0.5, 5] (a margin of 0.5 keeps points off the
 * axes), signs chosen so that class 1 has x1·x2 > 0 (quadrants I and III) and class 0 has
 * x1·x2 < 0. Not linearly separable: the first set a hidden layer is needed for.
 * Example: `xor({ n: 200, seed: 1 })` gives 100 points of class 0 (rows 0..99), then 100 of class 1.
 */
export function xor(options: ClassificationOptions): Dataset {
  return generate('xor', options, 2, (k, _i, _m, rng, p) => {
    const s = rng.next() < 0.5 ? 1 : -1;
    p[0] = s * (0.5 + 4.5 * rng.next());
    p[1] = (k === 1 ? s : -s) * (0.5 + 4.5 * rng.next());
  });
}

/**
 * Circles: class 0 uniform on the disc of radius 2.5 (by area), class 1 uniform on the ring
 * 3.5 <= r <= 5, angles uniform. At noise 0 a circle of radius 3 separates them.
 * Example: `circles({ n: 200, noise: 0.3, seed: 1 })` is the playground's circle set with a little jitter.
 */
export function circles(options: ClassificationOptions): Dataset {
  return generate('circles', options, 2, (k, _i, _m, rng, p) => {
    const u = rng.next();
    const r = k === 0 ? 2.5 * Math.sqrt(u) : Math.sqrt(3.5 * 3.5 + u * (5 * 5 - 3.5 * 3.5));
    const theta = 2 * Math.PI * rng.next();
    p[0] = r * Math.cos(theta);
    p[1] = r * Math.sin(theta);
  });
}

/**
 * Gaussian blobs: class k of K has centre 2√2·(cos φ_k, sin φ_k), φ_k = π/4 + 2πk/K, and standard
 * deviation 0.75 per coordinate (√(0.75² + noise²) with noise). For K = 2 the centres are (2, 2)
 * and (-2, -2), as in TensorFlow Playground; K > 2 is a softmax task.
 * Example: `gaussians({ n: 300, classes: 3, seed: 1 })` gives three blobs of 100 points.
 */
export function gaussians(options: MultiClassOptions): Dataset {
  const classes = classCount('gaussians', options.classes);
  return generate('gaussians', options, classes, (k, _i, _m, rng, p) => {
    const phi = Math.PI / 4 + (2 * Math.PI * k) / classes;
    p[0] = 2 * Math.SQRT2 * Math.cos(phi) + 0.75 * rng.normal();
    p[1] = 2 * Math.SQRT2 * Math.sin(phi) + 0.75 * rng.normal();
  });
}

/**
 * Interleaved spirals, TensorFlow Playground's definition: point i of the m points of class k of K
 * has r = 5i/m and t = 1.75 · 2π · i/m + 2πk/K, and sits at (r sin t, r cos t). Each arm makes
 * 1.75 turns; for K = 2 the arms are each other's rotation by π. The course's benchmark: n = 500,
 * noise 0, a 2→16→16→1 tanh MLP, SGD lr 0.03, batch 10, 300 epochs.
 * Example: `spiral({ n: 500, seed: 0 })` is the benchmark's training set (the seed only feeds the jitter).
 */
export function spiral(options: MultiClassOptions): Dataset {
  const classes = classCount('spiral', options.classes);
  return generate('spiral', options, classes, (k, i, m, _rng, p) => {
    const r = (5 * i) / m;
    const t = (1.75 * 2 * Math.PI * i) / m + (2 * Math.PI * k) / classes;
    p[0] = r * Math.sin(t);
    p[1] = r * Math.cos(t);
  });
}

/**
 * Two moons, scikit-learn's `make_moons(n, shuffle=False)`: class 0 (floor(n/2) points) on
 * (cos t, sin t), class 1 on (1 - cos t, 1 - sin t - 0.5), t evenly spaced over [0, π] ends
 * included, then mapped by (x, y) ↦ ((x - 0.5)·10/3, (y - 0.25)·10/3) into [-5, 5] × [-2.5, 2.5].
 * scikit-learn's noise σ corresponds to noise = σ·10/3 here.
 * Example: `moons({ n: 200, noise: 0.3, seed: 1 })` is two interlocking half-circles.
 */
export function moons(options: ClassificationOptions): Dataset {
  return generate('moons', options, 2, (k, i, m, _rng, p) => {
    // numpy's linspace: i * step, with the last point set to the end exactly.
    const t = m === 1 ? 0 : i === m - 1 ? Math.PI : i * (Math.PI / (m - 1));
    const u = k === 0 ? Math.cos(t) : 1 - Math.cos(t);
    const v = k === 0 ? Math.sin(t) : 1 - Math.sin(t) - 0.5;
    p[0] = ((u - 0.5) * 10) / 3;
    p[1] = ((v - 0.25) * 10) / 3;
  });
}

/**
 * The five classification sets by name, for a select box: `classificationSets[name](options)`.
 * Example: `Object.keys(classificationSets)` is ['xor', 'circles', 'gaussians', 'spiral', 'moons'].
 */
export const classificationSets = { xor, circles, gaussians, spiral, moons } as const;

/** 'xor' | 'circles' | 'gaussians' | 'spiral' | 'moons'. */
export type ClassificationSetName = keyof typeof classificationSets;

function subset(data: Dataset, rows: Uint32Array): Dataset {
  const { dims } = data;
  const x = new Float64Array(rows.length * dims);
  const y = new Float64Array(rows.length);
  rows.forEach((r, i) => {
    x.set(data.x.subarray(r * dims, r * dims + dims), i * dims);
    y[i] = data.y[r]!;
  });
  return { x, y, n: rows.length, dims, classes: data.classes };
}

/**
 * Splits `data` by a seeded shuffle of its row indices: the first round(testFraction · n) shuffled
 * rows form `test`, the others `train`, both in shuffled order. Every example lands in exactly one
 * side; no stratification. RangeError unless 0 < testFraction < 1 and both sides are non-empty.
 * Example: `trainTestSplit(spiral({ n: 500, seed: 0 }), { testFraction: 0.2, seed: 1 })` gives 400 and 100 rows.
 */
export function trainTestSplit(
  data: Dataset,
  options: { readonly testFraction: number; readonly seed: number | Rng },
): { train: Dataset; test: Dataset } {
  const { testFraction } = options;
  if (!(testFraction > 0 && testFraction < 1)) {
    throw new RangeError(`trainTestSplit: testFraction must be in (0, 1), got ${testFraction}`);
  }
  const nTest = Math.round(testFraction * data.n);
  if (nTest < 1 || nTest > data.n - 1) {
    throw new RangeError(
      `trainTestSplit: testFraction ${testFraction} of ${data.n} examples leaves ${nTest} for test and ${data.n - nTest} for training; both need at least one`,
    );
  }
  const order = shuffleInPlace(Uint32Array.from({ length: data.n }, (_, i) => i), toRng(options.seed));
  return { train: subset(data, order.subarray(nTest)), test: subset(data, order.subarray(0, nTest)) };
}
