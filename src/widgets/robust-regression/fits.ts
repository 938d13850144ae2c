/**
 * Straight-line fits y = slope·x + intercept by three losses, for the robust-regression widget:
 * least squares (closed form), least absolute deviations (exact, by searching the lines through
 * pairs of points) and Huber (iteratively reweighted least squares, finished exactly). Pure.
 */

/** A fitted line y = slope·x + intercept. */
export interface Line {
  slope: number;
  intercept: number;
}

/**
 * Weighted least squares: minimises Σ wᵢ(yᵢ − slope·xᵢ − intercept)², from centred sums (no
 * cancellation when x is far from 0). Needs two distinct x with positive weight; weights default to 1.
 * Example: `leastSquares([1, 2, 3], [1, 2, 6])` is { slope: 2.5, intercept: -2 }.
 */
export function leastSquares(x: ArrayLike<number>, y: ArrayLike<number>, w?: ArrayLike<number>): Line {
  let sw = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < x.length; i++) {
    const wi = w ? w[i]! : 1;
    sw += wi;
    sx += wi * x[i]!;
    sy += wi * y[i]!;
  }
  const mx = sx / sw;
  const my = sy / sw;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < x.length; i++) {
    const wi = w ? w[i]! : 1;
    const dx = x[i]! - mx;
    sxx += wi * dx * dx;
    sxy += wi * dx * (y[i]! - my);
  }
  if (!(sxx > 0)) throw new RangeError('leastSquares: need at least two distinct x values');
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

/** Σ |yᵢ − slope·xᵢ − intercept|. */
export function absoluteError(x: ArrayLike<number>, y: ArrayLike<number>, { slope, intercept }: Line): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += Math.abs(y[i]! - slope * x[i]! - intercept);
  return s;
}

/**
 * Least absolute deviations: the line minimising Σ |yᵢ − slope·xᵢ − intercept|. The problem is a
 * linear programme whose optimum is attained at a vertex, and a vertex is a line through two of the
 * points; so trying every pair with distinct x is exact, in O(n³) (n is a few dozen here). Among
 * equally good lines the first pair found wins, so the answer is deterministic.
 * Example: `leastAbsolute([1, 2, 3, 4], [1, 2, 3, 40])` is { slope: 1, intercept: 0 }.
 */
export function leastAbsolute(x: ArrayLike<number>, y: ArrayLike<number>): Line {
  let best: Line | null = null;
  let bestCost = Infinity;
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      if (x[i] === x[j]) continue;
      const slope = (y[j]! - y[i]!) / (x[j]! - x[i]!);
      const line = { slope, intercept: y[i]! - slope * x[i]! };
      const cost = absoluteError(x, y, line);
      // A relative margin, so that rounding does not let an equally good later pair take over.
      if (best === null || cost < bestCost - 1e-12 * (1 + bestCost)) {
        best = line;
        bestCost = cost;
      }
    }
  }
  if (!best) throw new RangeError('leastAbsolute: need at least two distinct x values');
  return best;
}

/**
 * Huber regression: minimises Σ ℓ_δ(yᵢ − slope·xᵢ − intercept), with ℓ_δ(r) = r²/2 for |r| ≤ δ and
 * δ(|r| − δ/2) beyond. Iteratively reweighted least squares (weights min(1, δ/|r|), which never
 * increase the loss) from the least-squares line; then, since the loss is quadratic on each side of
 * ±δ, one exact solve of the optimality condition Σ_inliers rᵢ(1, xᵢ) + δ Σ_outliers sign(rᵢ)(1, xᵢ) = 0
 * for the inlier set found, kept if it reproduces that set. δ > 0.
 * Example: `huberFit([1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4, 5, 6, 7, 28], 1)` is slope 8/7, intercept −3/7.
 */
export function huberFit(x: ArrayLike<number>, y: ArrayLike<number>, delta: number): Line {
  if (!(delta > 0)) throw new RangeError(`huberFit: delta must be positive, got ${delta}`);
  const n = x.length;
  const w = new Float64Array(n);
  let line = leastSquares(x, y);
  for (let iter = 0; iter < 500; iter++) {
    for (let i = 0; i < n; i++) {
      const r = Math.abs(y[i]! - line.slope * x[i]! - line.intercept);
      w[i] = r <= delta ? 1 : delta / r;
    }
    const next = leastSquares(x, y, w);
    const change = Math.abs(next.slope - line.slope) + Math.abs(next.intercept - line.intercept);
    line = next;
    if (change <= 1e-15 * (1 + Math.abs(line.slope) + Math.abs(line.intercept))) break;
  }
  return exactHuber(x, y, delta, line) ?? line;
}

/** The exact solution for the inlier set of `guess`, if it has the same inlier set; else null. */
function exactHuber(x: ArrayLike<number>, y: ArrayLike<number>, delta: number, guess: Line): Line | null {
  const n = x.length;
  const inlier = new Uint8Array(n);
  let c0 = 0;
  let c1 = 0;
  let c2 = 0;
  let r0 = 0;
  let r1 = 0;
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    const r = y[i]! - guess.slope * xi - guess.intercept;
    if (Math.abs(r) <= delta) {
      inlier[i] = 1;
      c0 += 1;
      c1 += xi;
      c2 += xi * xi;
      r0 += y[i]!;
      r1 += xi * y[i]!;
    } else {
      r0 += delta * Math.sign(r);
      r1 += delta * Math.sign(r) * xi;
    }
  }
  const det = c0 * c2 - c1 * c1;
  if (!(det > 1e-9 * (1 + c2 * c0))) return null;
  const intercept = (r0 * c2 - r1 * c1) / det;
  const slope = (c0 * r1 - c1 * r0) / det;
  for (let i = 0; i < n; i++) {
    const r = Math.abs(y[i]! - slope * x[i]! - intercept);
    // Allow rounding at the boundary |r| = δ, where both pieces agree anyway.
    if ((r <= delta + 1e-9) !== (inlier[i] === 1) && Math.abs(r - delta) > 1e-9) return null;
  }
  return { slope, intercept };
}
