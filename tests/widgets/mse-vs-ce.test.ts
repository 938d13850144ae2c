import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { derive, lossesAt, MSE_PEAK_Z, schema, type State } from '../../src/widgets/mse-vs-ce/model.ts';
import { describe as describeFigure, render } from '../../src/widgets/mse-vs-ce/view.ts';
import { createMemo } from '../../src/widgets/core/memo.ts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const draw = (s: State) => render(derive(s), { document: document as unknown as Document });

// The chapter's table, y = 1, MSE without the ½. Reference values: mpmath at 30 digits,
// p = 1/(1 + e^-z), CE = -log p, CE' = p - 1, MSE = (p - 1)^2, MSE' = 2 (p - 1) p (1 - p).
const TABLE: [z: number, p: number, ce: number, ceGrad: number, mse: number, mseGrad: number][] = [
  [2, 0.8807970779778824, 0.1269280110429725, -0.11920292202211756, 0.014209336618611039, -0.025031084347353454],
  [0, 0.5, 0.6931471805599453, -0.5, 0.25, -0.25],
  [-2, 0.11920292202211756, 2.1269280110429727, -0.8807970779778824, 0.775803492574376, -0.18495608645965958],
  [-4, 0.01798620996209156, 4.0181499279178094, -0.9820137900379085, 0.9643510838246173, -0.03469004214168025],
  [-6, 0.0024726231566347743, 6.00247568513773, -0.9975273768433652, 0.9950608675520052, -0.0049208210867403524],
  [-10, 4.5397868702434395e-5, 10.000045398899218, -0.9999546021312976, 0.9999092063235616, -9.078749372606487e-5],
];

/** Relative closeness, for values that span five orders of magnitude. */
function expectRel(actual: number, expected: number, tol = 1e-13): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.abs(expected));
}

describe('mse-vs-ce model', () => {
  it('lossesAt(z, 1) reproduces the chapter\'s table of losses and gradients for y = 1', () => {
    for (const [z, p, ce, ceGrad, mse, mseGrad] of TABLE) {
      const at = lossesAt(z, 1);
      expectRel(at.p, p);
      expectRel(at.ce, ce);
      expectRel(at.ceGrad, ceGrad);
      expectRel(at.mse, mse);
      expectRel(at.mseGrad, mseGrad);
    }
  });

  it('at z = −6 cross-entropy\'s gradient is about 203 times MSE\'s (−0.9975 against −0.004921)', () => {
    const d = derive({ z: -6, half: false });
    expect(d.ratio).toBeCloseTo(202.7156361224559, 10); // mpmath: 1 / (2 p (1 - p))
    expect(d.at.ceGrad.toFixed(4)).toBe('-0.9975');
    expect(d.at.mseGrad.toPrecision(4)).toBe('-0.004921');
  });

  it('MSE\'s gradient is largest in size at z = −ln 2, where it is −8/27, and smaller everywhere on the grid', () => {
    const d = derive({ z: 0, half: false });
    expect(MSE_PEAK_Z).toBeCloseTo(-0.6931471805599453, 15);
    expect(d.peak.p).toBeCloseTo(1 / 3, 15);
    expect(d.peak.mseGrad).toBeCloseTo(-8 / 27, 15);
    for (const pt of d.curve) expect(pt.mseGrad).toBeGreaterThanOrEqual(-8 / 27);
    // Confidently wrong: MSE's gradient vanishes while cross-entropy's stays near −1.
    expect(Math.abs(d.curve[0]!.mseGrad)).toBeLessThan(1e-4);
    expect(d.curve[0]!.ceGrad).toBeLessThan(-0.9999);
  });

  it('the ½ convention halves MSE\'s loss and gradient and leaves cross-entropy alone', () => {
    const full = derive({ z: -6, half: false });
    const half = derive({ z: -6, half: true });
    expect(half.at.mse).toBe(full.at.mse / 2);
    expect(half.at.mseGrad).toBe(full.at.mseGrad / 2);
    expect(half.at.ce).toBe(full.at.ce);
    expect(half.peak.mseGrad).toBeCloseTo(-4 / 27, 15);
    expect(half.ratio).toBeCloseTo(2 * 202.7156361224559, 9);
  });

  it('the curve runs from −10 to 10 in 201 exact tenths, and every value is finite at both ends of the slider', () => {
    const d = derive({ z: 0, half: false });
    expect(d.curve).toHaveLength(201);
    expect(d.curve[0]!.z).toBe(-10);
    expect(d.curve[100]!.z).toBe(0);
    expect(d.curve[200]!.z).toBe(10);
    for (const z of [schema.z.min, schema.z.max]) {
      for (const half of [false, true]) {
        const at = derive({ z, half }).at;
        for (const v of Object.values(at)) expect(Number.isFinite(v)).toBe(true);
      }
    }
    // z = 10: nearly right, both gradients tiny; MSE's loss (p − 1)² ≈ 2.06e-9 keeps its digits.
    expectRel(lossesAt(10, 1).mse, 2.0609664827234723e-9, 1e-13); // mpmath
  });
});

describe('mse-vs-ce view', () => {
  it('render draws a loss panel and a gradient panel and writes the values at z', () => {
    const fig = draw({ z: -6, half: false });
    expect(fig.querySelectorAll('svg')).toHaveLength(4); // per panel: axes and curves, then the point at z
    expect(fig.textContent).toContain(
      'At z = −6.0, p = σ(z) = 0.002473. Cross-entropy: loss 6.002, gradient −0.9975. MSE: loss 0.9951, gradient −0.004921. ' +
        'Cross-entropy\'s gradient is 202.7 times MSE\'s.',
    );
    // The annotation is three lines (three tspans): "MSE steepest:", "−0.2963" and "at z = −0.69".
    expect(fig.querySelectorAll('svg')[2]!.textContent).toContain('MSE steepest:−0.2963at z = −0.69');
    expect(fig.textContent).toContain('no ½');
  });

  it('describe names both curves, MSE\'s steepest point, and the values at z', () => {
    const s = { z: 0, half: false };
    const text = describeFigure(derive(s), s);
    expect(text).toContain('gradient is largest in size (−0.2963) at z = −0.69');
    expect(text).toContain('At z = 0.0, p = σ(z) = 0.5000. Cross-entropy: loss 0.6931, gradient −0.5000. MSE: loss 0.2500, gradient −0.2500.');
    const h = { z: -10, half: true };
    expect(describeFigure(derive(h), h)).toMatch(/MSE ½\(σ\(z\) − 1\)², whose loss levels off just under 0\.5 .*\(−0\.1481\)/);
  });

  it('render with a memo keeps both panels\' curves while z moves, redraws them for the ½, and draws what a fresh render draws', () => {
    const memo = createMemo();
    const doc = document as unknown as Document;
    const curves = (el: Element) => [...el.querySelectorAll('svg')].filter((_, i) => i % 2 === 0);
    const first = curves(render(derive({ z: 0, half: false }), { document: doc, memo }));
    const moved = render(derive({ z: -3, half: false }), { document: doc, memo });
    expect(curves(moved)).toEqual(first);
    expect(moved.outerHTML).toBe(draw({ z: -3, half: false }).outerHTML);
    expect(curves(render(derive({ z: -3, half: true }), { document: doc, memo }))[0]).not.toBe(first[0]);
  });
});
