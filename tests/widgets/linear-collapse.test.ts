import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collapse, derive, GRID, GRID_EXTENT, schema, type Affine, type State } from '../../src/widgets/linear-collapse/model.ts';
import { describe as describeFigure, fmt, fmtDiff, render } from '../../src/widgets/linear-collapse/view.ts';
import { createMemo } from '../../src/widgets/core/memo.ts';

const layer = (rows: number, cols: number, W: number[], b: number[]): Affine => ({
  rows, cols, W: Float64Array.from(W), b: Float64Array.from(b),
});
const state = (patch: Partial<State> = {}): State => ({ layers: 3, seed: 1, between: 'linear', ...patch });
const cell = (i: number) => -GRID_EXTENT + ((i + 0.5) * 2 * GRID_EXTENT) / GRID; // x1 of column i; x2 of row j is −cell(j)

/** max over the grid of |second difference| along rows and columns: 0 for a plane, up to rounding. */
function curvature(v: Float64Array): number {
  let worst = 0;
  for (let j = 0; j < GRID; j++) {
    for (let i = 1; i < GRID - 1; i++) {
      worst = Math.max(worst, Math.abs(v[j * GRID + i - 1]! - 2 * v[j * GRID + i]! + v[j * GRID + i + 1]!));
      worst = Math.max(worst, Math.abs(v[(i - 1) * GRID + j]! - 2 * v[i * GRID + j]! + v[(i + 1) * GRID + j]!));
    }
  }
  return worst;
}

describe('linear collapse', () => {
  it('collapse(layers) gives the chapter\'s worked example: W = W2 W1 = (5, 2), b = W2 b1 + b2 = 1', () => {
    const c = collapse([layer(2, 2, [2, -1, 1, 1], [0, 1]), layer(1, 2, [1, 3], [-2])]);
    expect([...c.W]).toEqual([5, 2]);
    expect([...c.b]).toEqual([1]);
    expect([c.rows, c.cols]).toEqual([1, 2]);
  });

  it('collapse(layers) gives the quiz answer b = 6 and W = (3, 5), and pushes every bias through the layers above', () => {
    const c = collapse([layer(2, 2, [1, 2, 0, 1], [1, -1]), layer(1, 2, [3, -1], [2])]);
    expect([...c.W]).toEqual([3, 5]);
    expect([...c.b]).toEqual([6]);
    // A third layer y ↦ 2y − 1 on top of the worked example: W = (10, 4), b = 2·1 − 1 = 1.
    const three = collapse([layer(2, 2, [2, -1, 1, 1], [0, 1]), layer(1, 2, [1, 3], [-2]), layer(1, 1, [2], [-1])]);
    expect([...three.W]).toEqual([10, 4]);
    expect([...three.b]).toEqual([1]);
  });

  it('collapse rejects layers whose shapes do not chain, and an empty stack', () => {
    expect(() => collapse([layer(2, 2, [1, 0, 0, 1], [0, 0]), layer(1, 3, [1, 1, 1], [0])])).toThrow(RangeError);
    expect(() => collapse([])).toThrow(RangeError);
  });

  it('derive: without activations the stack\'s grid is the plane W x + b of the collapsed layer, to rounding, at every depth', () => {
    for (let layers = 1; layers <= 8; layers++) {
      for (const seed of [1, 7, 99]) {
        const d = derive(state({ layers, seed }));
        expect(d.sizes).toEqual([2, ...Array(layers - 1).fill(3), 1]);
        expect(d.maxDiff, `N = ${layers}, seed ${seed}`).toBeLessThan(1e-13);
        // The plane read off the stack's own outputs at three cells (not from collapse()).
        const at = (i: number, j: number) => d.stack[j * GRID + i]!;
        const h = cell(1) - cell(0);
        const w1 = (at(1, 0) - at(0, 0)) / h;
        const w2 = (at(0, 0) - at(0, 1)) / h;
        const b = at(0, 0) - w1 * cell(0) + w2 * cell(0);
        expect(d.collapsed.W[0]).toBeCloseTo(w1, 10);
        expect(d.collapsed.W[1]).toBeCloseTo(w2, 10);
        expect(d.collapsed.b[0]).toBeCloseTo(b, 10);
        expect(curvature(d.stack)).toBeLessThan(1e-12);
      }
    }
  });

  it('derive: a tanh or ReLU between layers bends the stack away from W x + b; with one layer there is nothing between', () => {
    for (const between of ['tanh', 'relu'] as const) {
      for (let layers = 2; layers <= 8; layers++) {
        const d = derive(state({ layers, between }));
        expect(d.maxDiff, `${between}, N = ${layers}`).toBeGreaterThan(0.05);
        expect(curvature(d.stack), `${between}, N = ${layers}`).toBeGreaterThan(1e-5); // a plane's is below 1e-12
        expect(curvature(d.single)).toBeLessThan(1e-12);
      }
      expect(derive(state({ layers: 1, between })).maxDiff).toBeLessThan(1e-13);
    }
    // Same seed, same weights: the activation changes the stack, not the collapsed W and b.
    expect([...derive(state({ between: 'tanh' })).collapsed.W]).toEqual([...derive(state()).collapsed.W]);
  });

  it('derive is deterministic, a new seed gives new weights, and every field at its min and max gives finite grids', () => {
    expect(derive(state()).stack).toEqual(derive(state()).stack);
    expect(derive(state({ seed: 2 })).collapsed.W).not.toEqual(derive(state()).collapsed.W);
    for (const layers of [schema.layers.min, schema.layers.max]) {
      for (const seed of [schema.seed.min, schema.seed.max]) {
        for (const between of ['linear', 'tanh', 'relu'] as const) {
          const d = derive({ layers, seed, between });
          expect(d.stack.every(Number.isFinite) && d.single.every(Number.isFinite)).toBe(true);
          expect(d.range).toBeGreaterThan(0);
        }
      }
    }
  });

  it('fmt and fmtDiff print 4 significant digits with a true minus, and small differences as powers of ten', () => {
    expect(fmt(-1.5)).toBe('−1.5');
    expect(fmt(1200)).toBe('1200');
    expect(fmt(0.31554)).toBe('0.3155');
    expect(fmt(1e-7)).toBe('0');
    expect(fmtDiff(4.440892098500626e-16)).toBe('4.4 × 10⁻¹⁶');
    expect(fmtDiff(1.7763568394002505e-15)).toBe('1.8 × 10⁻¹⁵');
    expect(fmtDiff(2.3219)).toBe('2.32');
    expect(fmtDiff(0)).toBe('0');
  });

  it('render draws both maps as SVG at build time with the colour key, and describe says the numbers printed', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const d = derive(state());
    const el = render(d, { document: document as unknown as Document });
    expect(el.querySelectorAll('svg')).toHaveLength(4); // per map: the axes, and the map with its contours over them
    expect(el.querySelectorAll('image')).toHaveLength(2); // the two heatmaps, as PNG images
    expect(el.querySelectorAll('[clip-path]')).toHaveLength(0); // clipped by CSS instead (no page-wide ids)
    expect(el.querySelector('img')!.getAttribute('src')).toMatch(/^data:image\/png;base64,/); // the colour key
    expect(el.querySelectorAll('[aria-label], [aria-description]')).toHaveLength(0); // axe: prohibited on role-less SVG groups
    const W = `W = (${fmt(d.collapsed.W[0]!)}, ${fmt(d.collapsed.W[1]!)}), b = ${fmt(d.collapsed.b[0]!)}`;
    expect(el.textContent).toContain(W);
    expect(el.textContent).toContain('Stack of 3 layers2→3→3→1');
    expect(el.textContent).toContain(fmtDiff(d.maxDiff));
    const text = describeFigure(d, state());
    expect(text).toContain(W);
    expect(text).toMatch(/largest difference over a grid of 1764 inputs is \d\.\d × 10⁻¹[⁴⁵⁶⁷], rounding error/);
    const bent = derive(state({ between: 'relu' }));
    expect(describeFigure(bent, state({ between: 'relu' }))).toContain(`no longer equals W x + b: the largest difference over the grid is ${fmtDiff(bent.maxDiff)}`);
  });

  it('render with a memo keeps both maps\' axes across settings and draws what a fresh render draws', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const doc = document as unknown as Document;
    const memo = createMemo();
    const first = render(derive(state()), { document: doc, memo });
    const axes = [...first.querySelectorAll('svg')].filter((_, i) => i % 2 === 0);
    const next = derive(state({ layers: 5, between: 'tanh' }));
    const kept = render(next, { document: doc, memo });
    expect([...kept.querySelectorAll('svg')].filter((_, i) => i % 2 === 0)).toEqual(axes);
    expect(kept.outerHTML).toBe(render(next, { document: doc }).outerHTML);
  });
});
