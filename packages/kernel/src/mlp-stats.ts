/**
 * What the widgets draw about a network while it trains: the size of each layer's gradient,
 * how its units behave (dead, saturated), and the model's output over a grid of inputs.
 * Internal: `createMLP` (mlp.ts) exposes these as methods.
 */
import type { MLPCore } from './mlp-core.ts';
import { activations } from './registry.ts';

/** How the units of one hidden layer behaved over a set of inputs. */
export interface LayerStats {
  /** Fraction of units whose derivative was 0 for every input: dead ReLUs pass no gradient at all. */
  deadFraction: number;
  /** For sigmoid and tanh, the fraction of (input, unit) pairs where f'(z) is below a tenth of its peak; null for activations that do not saturate that way. */
  saturatedFraction: number | null;
  /** Mean and standard deviation of the layer's outputs over all inputs and units. */
  mean: number;
  std: number;
}

/** The rectangle a decision-boundary grid covers. */
export interface GridBounds {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** L2 norm of each layer's gradient (its weights and biases together), from the last gradient computed. */
export function layerGradNorms(core: MLPCore): Float64Array {
  const norms = new Float64Array(core.gradWeights.length);
  for (let l = 0; l < norms.length; l++) {
    let s = 0;
    for (const g of [core.gradWeights[l]!, core.gradBiases[l]!]) for (let k = 0; k < g.length; k++) s += g[k]! * g[k]!;
    norms[l] = Math.sqrt(s);
  }
  return norms;
}

const CHUNK = 256;

/** Per hidden layer statistics over n inputs x (n x sizes[0], row-major). */
export function activationStats(core: MLPCore, x: ArrayLike<number>, n: number): LayerStats[] {
  const hidden = core.sizes.slice(1, -1);
  const nIn = core.sizes[0]!;
  const name = core.activation === 'linear' ? 'identity' : core.activation;
  const grad = activations[name].grad;
  const peak = name === 'sigmoid' ? 0.25 : name === 'tanh' ? 1 : null;
  const alive = hidden.map((m) => new Uint8Array(m));
  const sums = hidden.map(() => ({ s: 0, ss: 0, saturated: 0 }));
  if (!(Number.isInteger(n) && n >= 1 && x.length >= n * nIn)) {
    throw new RangeError(`activationStats: x holds ${x.length} numbers, not n = ${n} examples of ${nIn} inputs`);
  }
  for (let from = 0; from < n; from += CHUNK) {
    const B = Math.min(CHUNK, n - from);
    const chunk = Array.prototype.slice.call(x, from * nIn, (from + B) * nIn) as number[];
    const { z, a } = core.forwardHidden(chunk, B);
    hidden.forEach((m, l) => {
      const zl = z[l]!;
      const al = a[l]!;
      const acc = sums[l]!;
      for (let k = 0; k < B * m; k++) {
        const g = grad(zl[k]!);
        if (g !== 0) alive[l]![k % m] = 1;
        if (peak !== null && Math.abs(g) < 0.1 * peak) acc.saturated++;
        acc.s += al[k]!;
        acc.ss += al[k]! * al[k]!;
      }
    });
  }
  return hidden.map((m, l) => {
    const { s, ss, saturated } = sums[l]!;
    const count = n * m;
    const mean = s / count;
    return {
      deadFraction: alive[l]!.reduce((dead, v) => dead + (v === 0 ? 1 : 0), 0) / m,
      saturatedFraction: peak === null ? null : saturated / count,
      mean,
      std: Math.sqrt(Math.max(0, ss / count - mean * mean)),
    };
  });
}

/**
 * The model's outputs over an nx x ny grid of cell centres covering `bounds`, for a heatmap:
 * cell (i, j) is at x = xMin + (i + 1/2)(xMax - xMin)/nx, y = yMax - (j + 1/2)(yMax - yMin)/ny
 * (row 0 at the top, as an image), and its K outputs are at out[(j * nx + i) * K + k].
 * Needs a model with 2 inputs.
 */
export function predictGrid(core: MLPCore, nx: number, ny: number, bounds: GridBounds, out?: Float64Array): Float64Array {
  if (core.sizes[0] !== 2) throw new RangeError(`predictGrid: the model has ${core.sizes[0]} inputs, needs 2`);
  if (!(Number.isInteger(nx) && nx >= 1 && Number.isInteger(ny) && ny >= 1)) {
    throw new RangeError(`predictGrid: nx and ny must be positive integers, got ${nx} and ${ny}`);
  }
  const { xMin, xMax, yMin, yMax } = bounds;
  if (![xMin, xMax, yMin, yMax].every(Number.isFinite) || !(xMax > xMin && yMax > yMin)) {
    throw new RangeError('predictGrid: bounds must be finite with xMax > xMin and yMax > yMin');
  }
  const K = core.sizes[core.sizes.length - 1]!;
  const result = out ?? new Float64Array(nx * ny * K);
  if (result.length < nx * ny * K) throw new RangeError(`predictGrid: out holds ${result.length} values, needs ${nx * ny * K}`);
  const row = new Float64Array(2 * nx);
  for (let i = 0; i < nx; i++) row[2 * i] = xMin + ((i + 0.5) * (xMax - xMin)) / nx;
  for (let j = 0; j < ny; j++) {
    const y = yMax - ((j + 0.5) * (yMax - yMin)) / ny;
    for (let i = 0; i < nx; i++) row[2 * i + 1] = y;
    result.set(core.predict(row, nx), j * nx * K);
  }
  return result;
}
