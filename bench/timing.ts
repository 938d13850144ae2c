/**
 * Side-by-side timing for a noisy, shared machine: two contenders are warmed up, then timed in
 * alternation (A B, B A, A B, ...) so that a burst of load from elsewhere hits both rather than
 * one, and the report is the median of each side's repetitions, which ignores the odd run that
 * a GC pause or another process spoiled.
 */
import { performance } from 'node:perf_hooks';

/** One timed unit of work. It must finish its work synchronously before returning. */
export type Work = () => void;

export interface PairOptions {
  /** Untimed runs of each side first, for the JIT and caches. */
  warmup: number;
  /** Timed runs of each side; the median is reported. At least 7. */
  reps: number;
}

export interface PairTimes {
  /** Median milliseconds of side A, and every timed run. */
  aMs: number;
  aRuns: number[];
  /** Median milliseconds of side B, and every timed run. */
  bMs: number;
  bRuns: number[];
}

/** Median of a non-empty list (mean of the two middle values for an even count). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new RangeError('median of an empty list');
  const s = [...xs].sort((p, q) => p - q);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Wall-clock milliseconds of one call of `work`. */
export function timeOnce(work: Work): number {
  const t0 = performance.now();
  work();
  return performance.now() - t0;
}

/** Warm both sides up, then time them interleaved, alternating which goes first. */
export function timePair(a: Work, b: Work, { warmup, reps }: PairOptions): PairTimes {
  if (!(Number.isInteger(reps) && reps >= 7)) throw new RangeError(`timePair: reps must be an integer >= 7, got ${reps}`);
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const aRuns: number[] = [];
  const bRuns: number[] = [];
  for (let i = 0; i < reps; i++) {
    if (i % 2 === 0) {
      aRuns.push(timeOnce(a));
      bRuns.push(timeOnce(b));
    } else {
      bRuns.push(timeOnce(b));
      aRuns.push(timeOnce(a));
    }
  }
  return { aMs: median(aRuns), aRuns, bMs: median(bRuns), bRuns };
}
