/**
 * A tiny seeded generator for benchmark inputs, so every run (and every machine) times the same
 * data. mulberry32 (Tommy Ettinger's 32-bit generator): a 32-bit state, period 2^32, plenty for
 * filling a few million values. Not for anything statistical or cryptographic.
 */

/** Returns a function yielding uniform doubles in [0, 1), deterministic for a given seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * n values uniform in [lo, hi), each rounded to float32 (see `float32Exact`), in a Float64Array.
 */
export function uniformArray(n: number, lo: number, hi: number, seed: number): Float64Array {
  const next = mulberry32(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.fround(lo + (hi - lo) * next());
  return out;
}

/**
 * n values ~ Normal(0, scale^2) by Box-Muller, each rounded to float32, in a Float64Array.
 *
 * Rounding to float32 makes the Float64Array and the float32 tensor built from it hold exactly
 * the same numbers, so a kernel-vs-tfjs difference measures only the outputs, not input rounding.
 */
export function normalArray(n: number, scale: number, seed: number): Float64Array {
  const next = mulberry32(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i += 2) {
    const r = scale * Math.sqrt(-2 * Math.log(1 - next())); // 1 - u is in (0, 1]: log is finite
    const theta = 2 * Math.PI * next();
    out[i] = Math.fround(r * Math.cos(theta));
    if (i + 1 < n) out[i + 1] = Math.fround(r * Math.sin(theta));
  }
  return out;
}
