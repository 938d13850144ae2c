import { createMLP } from '@nonlinear/kernel';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { defaults, parseState } from '../../src/widgets/core/schema.ts';
import {
  ACTIVATIONS, batch, derive, gradientNorms, NETWORK_SEED, perLayerFactor, schema, type HiddenActivation,
} from '../../src/widgets/vanishing-gradients/model.ts';
import { describe as describeFigure, labelHeights, powerOfTen, render, sci, Y_DOMAIN } from '../../src/widgets/vanishing-gradients/view.ts';

/**
 * Reference gradient norms by plain backpropagation over nested arrays, written independently of
 * the kernel: z = W a + b, a = f(z), mean binary cross-entropy on the logit, δ_out = (σ(z) − y)/n,
 * δ = (Wᵀ δ_next) ⊙ f′(z), ∂L/∂W = Σ δ aᵀ, ∂L/∂b = Σ δ. Only the initial weights come from the kernel.
 */
function referenceNorms(activation: HiddenActivation, W: number[][][], b: number[][], x: number[][], y: number[]) {
  const f = { sigmoid: (z: number) => 1 / (1 + Math.exp(-z)), tanh: Math.tanh, relu: (z: number) => Math.max(0, z) }[activation];
  const df = {
    sigmoid: (z: number) => f(z) * (1 - f(z)),
    tanh: (z: number) => 1 - Math.tanh(z) ** 2,
    relu: (z: number) => (z > 0 ? 1 : 0),
  }[activation];
  const L = W.length;
  const gW = W.map((Wl) => Wl.map((row) => row.map(() => 0)));
  const gb = b.map((bl) => bl.map(() => 0));
  x.forEach((xe, e) => {
    const as: number[][] = [xe];
    const zs: number[][] = [];
    for (let l = 0; l < L; l++) {
      const z = W[l]!.map((row, j) => row.reduce((s, w, i) => s + w * as[l]![i]!, b[l]![j]!));
      zs.push(z);
      as.push(l < L - 1 ? z.map(f) : z);
    }
    let delta = [(1 / (1 + Math.exp(-zs[L - 1]![0]!)) - y[e]!) / x.length];
    for (let l = L - 1; l >= 0; l--) {
      delta.forEach((dj, j) => {
        gb[l]![j]! += dj;
        as[l]!.forEach((ai, i) => (gW[l]![j]![i]! += dj * ai));
      });
      if (l > 0) delta = as[l]!.map((_, i) => delta.reduce((s, dj, j) => s + W[l]![j]![i]! * dj, 0) * df(zs[l - 1]![i]!));
    }
  });
  const norm = (m: number[]) => Math.sqrt(m.reduce((s, v) => s + v * v, 0));
  return { weights: gW.map((g) => norm(g.flat())), biases: gb.map(norm) };
}

const ratio = (g: Float64Array) => Math.max(...g) / Math.min(...g);

describe('vanishing gradients: model', () => {
  it('gradientNorms(activation, init, depth, width, data) matches plain backpropagation on the same initial weights', () => {
    const data = batch();
    const x = Array.from({ length: data.n }, (_, e) => [data.x[2 * e]!, data.x[2 * e + 1]!]);
    const y = Array.from(data.y);
    for (const activation of ACTIVATIONS) {
      for (const init of ['xavier', 'uniform'] as const) {
        const sizes = [2, ...Array(10).fill(16), 1];
        const m = createMLP({ sizes, activation, output: 'sigmoid', init, seed: NETWORK_SEED });
        const W = m.weights.map((Wl, l) => Array.from({ length: sizes[l + 1]! }, (_, j) => Array.from(Wl.subarray(j * sizes[l]!, (j + 1) * sizes[l]!))));
        const b = m.biases.map((bl) => Array.from(bl));
        const ref = referenceNorms(activation, W, b, x, y);
        const got = gradientNorms(activation, init, 10, 16, data);
        expect(got.weights).toHaveLength(11);
        got.weights.forEach((g, l) => expect(Math.abs(g - ref.weights[l]!) / ref.weights[l]!, `${activation} ${init} W${l}`).toBeLessThan(1e-9));
        got.biases.forEach((g, l) => expect(Math.abs(g - ref.biases[l]!) / ref.biases[l]!, `${activation} ${init} b${l}`).toBeLessThan(1e-9));
      }
    }
  });

  it('perLayerFactor(norms, depth) is the geometric mean ratio between neighbouring hidden layers', () => {
    const norms = Float64Array.from([1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1]);
    expect(perLayerFactor(norms, 6)).toBeCloseTo(10, 12); // (1e-1 / 1e-6)^(1/5), the output layer not counted
    expect(perLayerFactor(Float64Array.from([8, 4, 2, 1, 99]), 4)).toBeCloseTo(0.5, 12);
  });

  // The chapter's claims (backprop.mdx, "What to look for in the per-layer gradients"), as the widget shows them.
  it('sigmoid + Xavier: the weight gradients climb about 4× per layer, layer 1 near a millionth of the output layer', () => {
    const { series } = derive({ ...defaults(schema), init: 'xavier', depth: 10 });
    const s = series.find((t) => t.activation === 'sigmoid')!;
    expect(perLayerFactor(s.weights, 10)).toBeGreaterThan(3.3);
    expect(perLayerFactor(s.weights, 10)).toBeLessThan(5.5);
    expect(s.weights[0]! / s.weights[10]!).toBeGreaterThan(1e-7);
    expect(s.weights[0]! / s.weights[10]!).toBeLessThan(1e-5);
  });

  it('sigmoid + uniform ±1: flatter than with Xavier, but still falling towards the input', () => {
    const sig = (init: 'xavier' | 'uniform') => derive({ ...defaults(schema), init }).series.find((t) => t.activation === 'sigmoid')!;
    const fUniform = perLayerFactor(sig('uniform').weights, 10);
    expect(fUniform).toBeGreaterThan(1.5);
    expect(fUniform).toBeLessThan(perLayerFactor(sig('xavier').weights, 10));
  });

  it('tanh + Xavier and ReLU + He stay within a small factor of level, at depth 10 and 20', () => {
    for (const depth of [10, 20]) {
      for (const width of [16, 32, 64]) {
        const tanh = derive({ ...defaults(schema), init: 'xavier', depth, width }).series.find((t) => t.activation === 'tanh')!;
        const relu = derive({ ...defaults(schema), init: 'he', depth, width }).series.find((t) => t.activation === 'relu')!;
        expect(ratio(tanh.weights), `tanh d${depth} w${width}`).toBeLessThan(30);
        expect(ratio(relu.weights), `relu d${depth} w${width}`).toBeLessThan(30);
      }
    }
  });

  it('ReLU + Xavier: weight gradients level but hundreds to thousands of times below He\'s; δ (bias gradients) tilts about √2 per layer', () => {
    const relu = (init: 'xavier' | 'he') => derive({ ...defaults(schema), init, depth: 20, width: 32 }).series.find((t) => t.activation === 'relu')!;
    const xav = relu('xavier');
    const he = relu('he');
    expect(ratio(xav.weights)).toBeLessThan(30);
    const below = he.weights.map((w, l) => w / xav.weights[l]!);
    expect(Math.min(...below)).toBeGreaterThan(100);
    expect(Math.max(...below)).toBeLessThan(20000);
    const f = perLayerFactor(xav.biases, 20);
    expect(f).toBeGreaterThan(1.2);
    expect(f).toBeLessThan(1.7);
  });

  it('ReLU + uniform ±1 on 64-unit layers: weight gradients near 1e5 (10 layers) and 1e10 (20 layers); δ grows about 3× per layer towards the input', () => {
    for (const [depth, lo, hi] of [[10, 1e4, 1e6], [20, 1e9, 1e11]] as const) {
      const relu = derive({ ...defaults(schema), init: 'uniform', depth, width: 64 }).series.find((t) => t.activation === 'relu')!;
      for (const w of relu.weights) {
        expect(w).toBeGreaterThan(lo);
        expect(w).toBeLessThan(hi);
      }
      const towardsInput = 1 / perLayerFactor(relu.biases, depth);
      expect(towardsInput).toBeGreaterThan(2.3);
      expect(towardsInput).toBeLessThan(4);
    }
  });

  it('tanh + uniform ±1 tilts the other way: the weight gradients rise towards the input', () => {
    for (const width of [16, 32, 64]) {
      const tanh = derive({ ...defaults(schema), init: 'uniform', width }).series.find((t) => t.activation === 'tanh')!;
      expect(perLayerFactor(tanh.weights, 10), `width ${width}`).toBeLessThan(1);
    }
  });

  it('every field at its min and max gives finite norms inside the figure\'s fixed axis', () => {
    for (const init of ['xavier', 'he', 'uniform'] as const) {
      for (const depth of [schema.depth.min, schema.depth.max]) {
        for (const width of [schema.width.min, schema.width.max]) {
          const d = derive({ init, depth, width, gradient: 'weights' });
          expect(d.series).toHaveLength(3);
          for (const s of d.series) {
            expect(s.weights).toHaveLength(depth + 1);
            for (const v of [...s.weights, ...s.biases]) {
              expect(v, `${init} ${depth} ${width} ${s.activation}`).toBeGreaterThan(Y_DOMAIN[0]);
              expect(v).toBeLessThan(Y_DOMAIN[1]);
            }
          }
        }
      }
    }
  });

  it('parseState keeps only depths 10-20 and widths 16-64', () => {
    const { state, rejected } = parseState(schema, new URLSearchParams('vg.depth=21&vg.width=8&vg.init=he&vg.gradient=δ'), 'vg');
    expect(state).toEqual({ ...defaults(schema), init: 'he' });
    expect(rejected).toEqual(['depth', 'width', 'gradient']);
  });
});

describe('vanishing gradients: view', () => {
  it('powerOfTen and sci write norms as the figure and description show them', () => {
    expect(powerOfTen(1e-10)).toBe('10⁻¹⁰');
    expect(powerOfTen(1)).toBe('1');
    expect(powerOfTen(1e5)).toBe('10⁵');
    expect(sci(1.7e-7)).toBe('1.7 × 10⁻⁷');
    expect(sci(0.45)).toBe('0.45');
    expect(sci(41220)).toBe('4.1 × 10⁴');
  });

  it('labelHeights pushes end labels at least the gap apart and leaves distant ones in place', () => {
    const h = labelHeights([1, 1.2, 1e-8]).map(Math.log10);
    expect(Math.abs(h[0]! - h[1]!)).toBeGreaterThanOrEqual(1.4 - 1e-12);
    expect(h[2]).toBeCloseTo(-8, 12);
  });

  it('render draws an SVG at build time with one line per activation; describe says the numbers shown', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const state = defaults(schema);
    const d = derive(state);
    const svg = render(d, { document: document as unknown as Document });
    expect(svg.tagName.toLowerCase()).toBe('svg');
    expect(svg.querySelectorAll('path').length).toBeGreaterThanOrEqual(3);
    // quietPlot: no stylesheet to insert, no aria-label on mark groups (axe), sizing inline.
    expect(svg.querySelectorAll('style')).toHaveLength(0);
    expect(svg.querySelectorAll('[aria-label], [aria-description]')).toHaveLength(0);
    expect(svg.getAttribute('style')).toMatch(/max-width: 100%; height: auto;/);
    for (const name of ['sigmoid', 'tanh', 'ReLU']) expect(svg.outerHTML).toContain(`>${name}<`);
    const text = describeFigure(d, state);
    const sig = d.series[0]!;
    expect(text).toContain(`sigmoid: ${sci(sig.weights[0]!)} at layer 1`);
    expect(text).toContain('10 hidden layers of 32 units and Xavier initialisation');
    expect(text).toMatch(/sigmoid: .*growing about 4\.\d× per layer towards the output/);
    expect(describeFigure({ ...d, gradient: 'biases' }, { ...state, gradient: 'biases' })).toContain(`sigmoid: ${sci(sig.biases[0]!)} at layer 1`);
  });
});
