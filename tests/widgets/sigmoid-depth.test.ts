import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createMemo } from '../../src/widgets/core/memo.ts';
import { derive, MAX_DEPTH, schema } from '../../src/widgets/sigmoid-depth/model.ts';
import { describe as describeFigure, render } from '../../src/widgets/sigmoid-depth/view.ts';

// Reference values: mpmath at 40 digits, σ′(z) = σ(z)(1 − σ(z)), tanh′(z) = 1 − tanh²(z).
const SIGMOID_GRAD_2 = 0.1049935854035065173486;
const SIGMOID_GRAD_2_POW_5 = 1.275891761023488961830e-5;
const TANH_GRAD_2 = 0.07065082485316446568625;
const TANH_GRAD_2_POW_5 = 1.760297949807667490557e-6;
const SIGMOID_GRAD_6_POW_20 = 6.944726004104003839807e-53;
const TANH_GRAD_6_POW_20 = 6.462751158765380776109e-93;

const doc = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

describe('sigmoid depth', () => {
  it('derive({ n: 5, z: 2 }) gives the best case 0.25^5 = 1/1024 and the typical case σ′(2)^5', () => {
    const d = derive({ n: 5, z: 2, tanh: false });
    expect(d.series.map((s) => s.key)).toEqual(['sigmoidBest', 'sigmoidAtZ']);
    const best = d.series[0]!;
    const atZ = d.series[1]!;
    expect(best.factor).toBe(0.25);
    expect(best.atN).toBe(1 / 1024);
    expect(atZ.factor).toBeCloseTo(SIGMOID_GRAD_2, 15);
    expect(atZ.atN / SIGMOID_GRAD_2_POW_5).toBeCloseTo(1, 12);
    expect(best.points).toHaveLength(MAX_DEPTH + 1);
    expect(best.points[0]).toEqual({ k: 0, value: 1 });
    expect(best.points[10]!.value).toBe(2 ** -20); // 0.25^10 = 9.5367431640625e-7, the quiz's bound
  });

  it('derive puts the log axis floor at the power of ten below the smallest value drawn, and at most 1e-3', () => {
    expect(derive({ n: 5, z: 2, tanh: false }).yMin).toBe(1e-20); // σ′(2)^20 = 2.650e-20
    expect(derive({ n: 1, z: 0, tanh: false }).yMin).toBe(1e-13); // 0.25^20 = 9.095e-13
    expect(derive({ n: 20, z: 6, tanh: true }).yMin).toBe(1e-93); // tanh′(6)^20 = 6.463e-93
    expect(derive({ n: 3, z: 0, tanh: true }).yMin).toBeLessThanOrEqual(1e-3);
  });

  it('derive with tanh adds its best case 1^n and tanh′(z)^n', () => {
    const d = derive({ n: 5, z: 2, tanh: true });
    const tanhBest = d.series.find((s) => s.key === 'tanhBest')!;
    const tanhAtZ = d.series.find((s) => s.key === 'tanhAtZ')!;
    expect(tanhBest.factor).toBe(1);
    expect(tanhBest.atN).toBe(1);
    expect(tanhAtZ.factor).toBeCloseTo(TANH_GRAD_2, 15);
    expect(tanhAtZ.atN / TANH_GRAD_2_POW_5).toBeCloseTo(1, 12);
  });

  it('0.25^n first drops below one thousandth at n = 5 (0.25^4 = 0.0039)', () => {
    expect(derive({ n: 1, z: 0, tanh: false }).firstBelowThousandth).toBe(5);
  });

  it('every field at its min and max gives finite, positive values and renders', () => {
    for (const n of [schema.n.min, schema.n.max]) {
      for (const z of [schema.z.min, schema.z.max]) {
        for (const tanh of [false, true]) {
          const d = derive({ n, z, tanh });
          for (const s of d.series) {
            for (const p of s.points) expect(Number.isFinite(p.value) && p.value > 0, `${s.key} k=${p.k}`).toBe(true);
            expect(d.yMin).toBeLessThanOrEqual(s.points[MAX_DEPTH]!.value);
          }
          expect(render(d, { document: doc() }).querySelector('svg')).not.toBeNull();
        }
      }
    }
    const d = derive({ n: 20, z: 6, tanh: true });
    expect(d.series[1]!.atN / SIGMOID_GRAD_6_POW_20).toBeCloseTo(1, 11);
    expect(d.series[3]!.atN / TANH_GRAD_6_POW_20).toBeCloseTo(1, 10);
  });

  it('render draws the chart and a legend table, and describe says the numbers shown', () => {
    const state = { n: 5, z: 2, tanh: false };
    const d = derive(state);
    const figure = render(d, { document: doc() });
    expect(figure.querySelector('svg')!.getAttribute('viewBox')).toBe('0 0 340 270');
    expect(figure.outerHTML).toContain('0.25⁵ = 9.766 × 10⁻⁴');
    const rows = [...figure.querySelectorAll('tbody tr')].map((r) => r.textContent);
    expect(rows).toEqual(['σ, best case (z = 0)0.259.766 × 10⁻⁴', 'σ, every unit at z = 2.00.1051.276 × 10⁻⁵']);
    const text = describeFigure(d, state);
    expect(text).toContain('0.25^5 = 9.766 × 10^-4 after 5 layers, below one thousandth');
    expect(text).toContain('σ′(2.0) = 0.105 per layer, 1.276 × 10^-5 after 5 layers');
    expect(text).not.toContain('tanh');
    const withTanh = describeFigure(derive({ ...state, tanh: true }), { ...state, tanh: true });
    expect(withTanh).toContain('tanh′(2.0) = 0.07065 per layer, 1.76 × 10^-6 after 5 layers');
    expect(render(derive({ ...state, tanh: true }), { document: doc() }).querySelectorAll('tbody tr')).toHaveLength(4);
  });
});

describe('sigmoid depth, mounted', () => {
  it('render with a memo keeps the curves while n moves, and draws exactly what a fresh render draws', () => {
    const document = doc();
    const memo = createMemo();
    const states = [{ n: 5, z: 2, tanh: false }, { n: 9, z: 2, tanh: false }, { n: 9, z: 3.5, tanh: false }, { n: 9, z: 3.5, tanh: true }];
    const curves: Element[] = [];
    for (const state of states) {
      const kept = render(derive(state), { document, memo });
      expect(kept.outerHTML).toBe(render(derive(state), { document }).outerHTML);
      curves.push(kept.children[0]!.children[0]!);
    }
    expect(curves[1]).toBe(curves[0]);
    expect(curves[2]).not.toBe(curves[1]);
    expect(curves[3]).not.toBe(curves[2]);
  });
});
