import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { tanh } from '@nonlinear/kernel';
import { createMemo } from '../../src/widgets/core/memo.ts';
import { BINS, derive, drawSamples, histogram, pointAt, populationSd, SAMPLES, schema } from '../../src/widgets/tanh-vs-sigmoid/model.ts';
import { describe as describeFigure, render } from '../../src/widgets/tanh-vs-sigmoid/view.ts';

// Reference values: mpmath at 40 digits. The population standard deviations are
// sqrt(E[f(sZ)²] − E[f(sZ)]²) for Z standard normal, by mpmath.quad over the real line.
const AT_3 = { t: 0.9950547536867304513319, s: 0.9525741268224332191211, dt: 0.009866037165440191273152, ds: 0.04517665973091213264936 };
const SD = {
  1: { tanh: 0.6279287303491067165334, sigmoid: 0.2082763449316627573164 },
  0.25: { tanh: 0.2362674548905992474616, sigmoid: 0.06155725563849688999094 },
  4: { tanh: 0.8974404044078501847886, sigmoid: 0.3985163843109025564147 },
};

const doc = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
const defaults = { x: 3, overlay: false, spread: 1 };

describe('tanh vs sigmoid', () => {
  it('pointAt(3) gives tanh, σ and both derivatives, and 2σ(2x) − 1 equal to tanh', () => {
    const p = pointAt(3);
    expect(p.t).toBeCloseTo(AT_3.t, 15);
    expect(p.s).toBeCloseTo(AT_3.s, 15);
    expect(p.dt).toBeCloseTo(AT_3.dt, 16);
    expect(p.ds).toBeCloseTo(AT_3.ds, 16);
    expect(p.rescaled).toBeCloseTo(AT_3.t, 15);
    expect(pointAt(0)).toEqual({ x: 0, t: 0, s: 0.5, dt: 1, ds: 0.25, rescaled: 0 });
  });

  it('derive checks the identity tanh(x) = 2σ(2x) − 1 on 241 points from −6 to 6: only rounding separates them', () => {
    const d = derive(defaults);
    expect(d.curve).toHaveLength(241);
    expect(d.curve[0]!.x).toBe(-6);
    expect(d.curve[120]!.x).toBe(0);
    expect(d.curve[240]!.x).toBe(6);
    expect(d.maxGap).toBeGreaterThanOrEqual(0);
    expect(d.maxGap).toBeLessThan(1e-15);
  });

  it('histogram(values) bins [−1, 1] into 40 bins and gives the mean and population sd', () => {
    const h = histogram([0, 0.5]);
    expect(h.bins).toHaveLength(BINS);
    expect(h.bins[20]).toEqual({ x0: 0, x1: 0.05, count: 1 });
    expect(h.bins[30]!.count).toBe(1);
    expect(h.mean).toBe(0.25);
    expect(h.sd).toBe(0.25);
    const edges = histogram([-1, 1, 0.999]);
    expect(edges.bins[0]!.count).toBe(1);
    expect(edges.bins[39]!.count).toBe(2);
    expect([edges.min, edges.max]).toEqual([-1, 1]);
  });

  it('populationSd(f, spread, mean) matches quadrature in mpmath for spreads 0.25, 1 and 4', () => {
    for (const [spread, ref] of Object.entries(SD)) {
      expect(populationSd(tanh, Number(spread), 0)).toBeCloseTo(ref.tanh, 12);
      expect(derive({ ...defaults, spread: Number(spread) }).samples.sigmoidSd).toBeCloseTo(ref.sigmoid, 12);
    }
  });

  it('derive samples 4000 seeded normal inputs: tanh outputs centre on 0, the sigmoid\'s on 0.5, none negative', () => {
    const d = derive(defaults);
    for (const h of [d.samples.tanhHist, d.samples.sigmoidHist]) expect(h.bins.reduce((n, b) => n + b.count, 0)).toBe(SAMPLES);
    // 4000 samples: the standard error of a mean is sd/√4000 ≈ 0.01 (tanh), 0.0033 (σ).
    expect(Math.abs(d.samples.tanhHist.mean)).toBeLessThan(0.03);
    expect(Math.abs(d.samples.sigmoidHist.mean - 0.5)).toBeLessThan(0.01);
    expect(d.samples.tanhHist.sd).toBeCloseTo(SD[1].tanh, 1);
    expect(Math.abs(d.samples.sigmoidHist.sd - SD[1].sigmoid)).toBeLessThan(0.006);
    expect(d.samples.tanhHist.min).toBeLessThan(-0.9);
    expect(d.samples.sigmoidHist.min).toBeGreaterThan(0);
    expect(d.samples.sigmoidHist.bins.slice(0, 20).every((b) => b.count === 0)).toBe(true);
    expect(derive(defaults)).toEqual(d); // seeded: the same draw every time
  });

  it('every field at its min and max gives finite output that stays in the functions\' ranges', () => {
    for (const x of [schema.x.min, schema.x.max]) {
      for (const spread of [schema.spread.min, schema.spread.max]) {
        for (const overlay of [false, true]) {
          const d = derive({ x, overlay, spread });
          expect(Object.values(d.at).every(Number.isFinite)).toBe(true);
          expect(d.samples.tanhHist.min).toBeGreaterThanOrEqual(-1);
          expect(d.samples.tanhHist.max).toBeLessThanOrEqual(1);
          expect(d.samples.sigmoidHist.min).toBeGreaterThanOrEqual(0);
          expect(d.samples.sigmoidHist.max).toBeLessThanOrEqual(1);
          expect(render(d, { document: doc() }).querySelectorAll('svg').length).toBeGreaterThanOrEqual(3);
        }
      }
    }
    // A wide spread saturates tanh: most outputs pile up within 0.05 of ±1.
    const wide = derive({ ...defaults, spread: 4 }).samples.tanhHist.bins;
    expect(wide[0]!.count + wide[39]!.count).toBeGreaterThan(SAMPLES / 2);
  });

  it('render draws curves, two histograms and a legend table; describe says the numbers shown', () => {
    const d = derive(defaults);
    const figure = render(d, { document: doc() });
    const html = figure.outerHTML;
    expect(html).toContain(`tanh outputs: mean ${d.samples.tanhHist.mean.toFixed(3)}, sd ${d.samples.tanhHist.sd.toFixed(3)}`);
    expect(html).not.toContain('largest gap');
    expect([...figure.querySelectorAll('tbody tr')].map((r) => r.textContent)).toEqual([
      'tanh(x)0.9951', 'σ(x)0.9526', 'tanh′(x)0.009866', 'σ′(x)0.04518',
    ]);
    const text = describeFigure(d, defaults);
    expect(text).toContain('At x = 3.0: tanh(x) = 0.9951 and σ(x) = 0.9526; tanh′(x) = 0.009866 and σ′(x) = 0.04518');
    expect(text).toContain(`tanh outputs have mean ${d.samples.tanhHist.mean.toFixed(3)} and standard deviation ${d.samples.tanhHist.sd.toFixed(3)}, on both sides of 0`);
    expect(text).toContain(`sigmoid outputs have mean ${d.samples.sigmoidHist.mean.toFixed(3)} and standard deviation ${d.samples.sigmoidHist.sd.toFixed(3)}, none negative`);
    expect(text).toContain('exact values are mean 0 and standard deviation 0.628 for tanh, mean 0.5 and standard deviation 0.208');

    const on = { ...defaults, overlay: true };
    const dOn = derive(on);
    const withOverlay = render(dOn, { document: doc() });
    expect(withOverlay.outerHTML).toContain('largest gap');
    expect(withOverlay.querySelectorAll('tbody tr')).toHaveLength(5);
    expect(describeFigure(dOn, on)).toMatch(/largest gap between them on 241 points from −6 to 6 is (0|\d\.?\d* × 10\^-1[5-7]), rounding error only/);
  });

  it('render with a memo keeps the histograms while x moves, and draws exactly what a fresh render draws', () => {
    const document = doc();
    const memo = createMemo();
    const states = [defaults, { ...defaults, x: -2.5 }, { ...defaults, x: -2.5, overlay: true }, { ...defaults, spread: 2.5 }];
    let lastHistograms: Element | undefined;
    for (const [i, state] of states.entries()) {
      const samples = memo('samples', String(state.spread), () => drawSamples(state.spread));
      const kept = render(derive(state, samples), { document, memo });
      expect(kept.outerHTML).toBe(render(derive(state), { document }).outerHTML);
      const histograms = kept.children[1]!;
      if (i === 1) expect(histograms).toBe(lastHistograms);
      if (i === 3) expect(histograms).not.toBe(lastHistograms);
      lastHistograms = histograms;
    }
  });
});
