/**
 * Seeded randomness for everything in the course that needs it (initial weights, data sets,
 * shuffles). The kernel never draws from the engine's global generator: a generator is created
 * from a seed and handed in, so the same seed gives the same numbers, bit for bit, on every machine.
 */

/** A seeded source of uniform and normal deviates. Each instance owns its state. */
export interface Rng {
  /** A uniform double in [0, 1), with 53 random bits. */
  next(): number;
  /** A standard normal deviate (mean 0, variance 1), by the Box-Muller transform. */
  normal(): number;
  /** A uniform integer in [0, n), for integer n >= 1. */
  int(n: number): number;
}

/**
 * A generator built on sfc32 (Chris Doty-Humphrey's small fast chaotic generator, 128-bit state,
 * passes PractRand), its state filled from the seed by splitmix32 so that nearby seeds give
 * unrelated streams. Seeds are folded to 32 bits (the low 32 bits XOR the high ones, fractions
 * dropped), so distinct integer seeds in [0, 2^32) give distinct streams; outside that range
 * two seeds can share one (-1 and 0 do). Use non-negative integers below 2^32.
 * Example: `createRng(42).next()` is the same double on every run and every machine.
 */
export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new RangeError(`createRng: seed must be a finite number, got ${seed}`);
  let s = (seed >>> 0) ^ Math.floor(seed / 4294967296);
  const splitmix32 = (): number => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
  let a = splitmix32();
  let b = splitmix32();
  let c = splitmix32();
  let d = splitmix32();
  const u32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Discard the first outputs: sfc32's state mixes fully after a dozen steps.
  for (let i = 0; i < 12; i++) u32();

  let spare = Number.NaN; // Box-Muller makes normals in pairs; the second waits here.
  const next = (): number => ((u32() >>> 5) * 67108864 + (u32() >>> 6)) / 9007199254740992;
  return {
    next,
    normal() {
      if (!Number.isNaN(spare)) {
        const z = spare;
        spare = Number.NaN;
        return z;
      }
      const r = Math.sqrt(-2 * Math.log(1 - next())); // 1 - u is in (0, 1]: the log is finite
      const theta = 2 * Math.PI * next();
      spare = r * Math.sin(theta);
      return r * Math.cos(theta);
    },
    int(n) {
      if (!(Number.isInteger(n) && n >= 1)) throw new RangeError(`Rng.int: n must be an integer >= 1, got ${n}`);
      return Math.floor(next() * n);
    },
  };
}

/**
 * A seed or a generator, as accepted by every kernel function that draws random numbers:
 * a number is turned into a fresh generator, a generator is used (and advanced) as it is.
 * Example: `toRng(7).next() === createRng(7).next()`.
 */
export function toRng(seedOrRng: number | Rng): Rng {
  return typeof seedOrRng === 'number' ? createRng(seedOrRng) : seedOrRng;
}

/**
 * Shuffles `xs` in place (Fisher-Yates) with `rng`, and returns it.
 * Example: `shuffleInPlace([1, 2, 3], createRng(1))` is a permutation of [1, 2, 3].
 */
export function shuffleInPlace<T extends { length: number; [i: number]: unknown }>(xs: T, rng: Rng): T {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = xs[i];
    xs[i] = xs[j];
    xs[j] = t;
  }
  return xs;
}
