import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { defaults } from '../../src/widgets/core/schema.ts';
import { absoluteError, huberFit, leastAbsolute, leastSquares, type Line } from '../../src/widgets/robust-regression/fits.ts';
import { basePoints, derive, formatLine, schema, type State } from '../../src/widgets/robust-regression/model.ts';
import { describe as describeFigure, render } from '../../src/widgets/robust-regression/view.ts';

const state = (patch: Partial<State> = {}): State => ({ ...defaults(schema), ...patch });

function expectLine(actual: Line, [slope, intercept]: [number, number], digits: number): void {
  expect(actual.slope).toBeCloseTo(slope, digits);
  expect(actual.intercept).toBeCloseTo(intercept, digits);
}

// Reference fits computed once with python3 and scipy 1.17 on the same points: numpy.polyfit for
// MSE; scipy.optimize.linprog (HiGHS) on min Σ(u⁺ + u⁻) s.t. a·x + b + u⁺ − u⁻ = y for MAE; BFGS on the
// Huber objective (gtol 1e-13, about 1e-8 accurate) for Huber. Closed forms where the chapter derives them.
type Case = { data: State['data']; ox: number; oy: number; delta: number; mse: [number, number]; mae: [number, number]; huber: [number, number] };
const CASES: Case[] = [
  { data: 'chapter', ox: 8, oy: 8, delta: 1, mse: [1, 0], mae: [1, 0], huber: [1, 0] },
  { data: 'chapter', ox: 8, oy: 9.5, delta: 1, mse: [1.125, -0.375], mae: [1, 0], huber: [1.125, -0.375] },
  { data: 'chapter', ox: 0, oy: -10, delta: 0.25, mse: [1.833333333333, -4.166666666667], mae: [1, 0], huber: [29 / 28, -5 / 28] },
  { data: 'chapter', ox: 10, oy: 60, delta: 5, mse: [5.411764705882, -14.705882352941], mae: [1, 0], huber: [29 / 14, -25 / 7] },
  { data: 'chapter', ox: 4, oy: 60, delta: 1, mse: [1, 7], mae: [1, 0], huber: [1, 1 / 7] },
  { data: 'noisy', ox: 8, oy: 28, delta: 1, mse: [1.513760581469, -1.785214729251], mae: [1.000673498277, -0.243730649976], huber: [0.974301026207, 0.134791946568] },
  { data: 'noisy', ox: 0, oy: 60, delta: 2.5, mse: [-1.598771653724, 15.433350277796], mae: [0.888042594527, 0.577703157084], huber: [0.798533269838, 1.103705204308] },
  { data: 'noisy', ox: 10, oy: -10, delta: 0.25, mse: [0.124369582171, 3.671210841824], mae: [0.998594162076, -0.241405938636], huber: [0.928840967366, 0.20085552151] },
];

describe('robust-regression fits', () => {
  it('leastSquares(x, y) is the closed form; with weights it is weighted least squares', () => {
    expectLine(leastSquares([1, 2, 3], [1, 2, 6]), [2.5, -2], 14);
    // Weight 0 drops a point: the line through the other two.
    expectLine(leastSquares([1, 2, 3], [1, 2, 6], [1, 1, 0]), [1, 0], 14);
    expect(() => leastSquares([2, 2], [1, 3])).toThrow(RangeError);
  });

  it('leastAbsolute(x, y) minimises the absolute error over all lines, not only lines through two points', () => {
    const x = [0, 1, 2, 3, 4];
    const y = [0.3, 0.9, 2.4, 2.8, 9];
    const best = leastAbsolute(x, y);
    const cost = absoluteError(x, y, best);
    // A grid of lines around it does no better.
    for (let da = -0.5; da <= 0.5; da += 0.01) {
      for (let db = -0.5; db <= 0.5; db += 0.01) {
        expect(absoluteError(x, y, { slope: best.slope + da, intercept: best.intercept + db })).toBeGreaterThanOrEqual(cost - 1e-12);
      }
    }
    expectLine(leastAbsolute([1, 2, 3, 4], [1, 2, 3, 40]), [1, 0], 14);
  });

  it('huberFit(x, y, δ) solves the chapter\'s example exactly: slope 8/7, intercept −3/7', () => {
    const line = huberFit([1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4, 5, 6, 7, 28], 1);
    expect(line.slope).toBeCloseTo(8 / 7, 14);
    expect(line.intercept).toBeCloseTo(-3 / 7, 14);
    expect(() => huberFit([1, 2], [1, 2], 0)).toThrow(RangeError);
  });

  it('huberFit approaches least squares for a large δ', () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8];
    const y = [1, 2, 3, 4, 5, 6, 7, 28];
    const ls = leastSquares(x, y);
    expectLine(huberFit(x, y, 100), [ls.slope, ls.intercept], 12);
  });
});

describe('robust-regression model', () => {
  it('the default is the chapter\'s example: MSE y = 2.667x − 5, MAE y = x, Huber y = 1.143x − 0.429', () => {
    const d = derive(state());
    expect(d.points).toHaveLength(8);
    expect(d.points.at(-1)).toEqual({ x: 8, y: 28, moving: true });
    expectLine(d.fits.mse, [8 / 3, -5], 13);
    expectLine(d.fits.mae, [1, 0], 14);
    expectLine(d.fits.huber, [8 / 7, -3 / 7], 13);
    expect(formatLine(d.fits.mse)).toBe('y = 2.667x − 5');
    expect(formatLine(d.fits.mae)).toBe('y = x');
    expect(formatLine(d.fits.huber)).toBe('y = 1.143x − 0.429');
    expect(d.capped).toBe(true);
  });

  it('moving the point from y = 28 to 58 raises the MSE slope by 30/12 to 5.167 and moves neither MAE nor Huber', () => {
    const a = derive(state({ oy: 28 }));
    const b = derive(state({ oy: 58 }));
    expect(b.fits.mse.slope - a.fits.mse.slope).toBeCloseTo(30 / 12, 13);
    expect(formatLine(b.fits.mse)).toBe('y = 5.167x − 12.5');
    expectLine(b.fits.mae, [1, 0], 14);
    expectLine(b.fits.huber, [8 / 7, -3 / 7], 13);
  });

  it('Huber stops moving once the point passes y = 68/7 ≈ 9.71, where its residual reaches δ', () => {
    // Just below, every residual is within δ and Huber is least squares; from 10 on, the 8/7 line.
    const below = derive(state({ oy: 9.5 }));
    expect(below.capped).toBe(false);
    expectLine(below.fits.huber, [1.125, -0.375], 13);
    expectLine(derive(state({ oy: 10 })).fits.huber, [8 / 7, -3 / 7], 13);
    const line = derive(state({ oy: 10 })).fits.huber;
    expect(68 / 7 - (line.slope * 8 + line.intercept)).toBeCloseTo(1, 13);
  });

  it.each(CASES)('derive($data, point ($ox, $oy), δ = $delta) agrees with scipy', (c) => {
    const d = derive(state({ data: c.data, ox: c.ox, oy: c.oy, delta: c.delta }));
    expectLine(d.fits.mse, c.mse, 10);
    expectLine(d.fits.mae, c.mae, 10);
    expectLine(d.fits.huber, c.huber, 6);
  });

  it('the noisy set has 20 points near y = x for x in [1, 8], the same on every call', () => {
    const a = basePoints('noisy');
    expect(a.x).toHaveLength(20);
    expect(Math.min(...a.x)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...a.x)).toBeLessThanOrEqual(8);
    for (let i = 0; i < 20; i++) expect(Math.abs(a.y[i]! - a.x[i]!)).toBeLessThan(2);
    expect(basePoints('noisy')).toEqual(a);
  });

  it('every field at its min and max gives three finite lines', () => {
    for (const [name, field] of Object.entries(schema)) {
      const values = field.kind === 'choice' ? field.options.map((o) => o.value) : field.kind === 'number' ? [field.min, field.max] : [];
      for (const v of values) {
        for (const data of ['chapter', 'noisy'] as const) {
          const d = derive(state({ data, [name]: v }));
          for (const f of Object.values(d.fits)) {
            expect(Number.isFinite(f.slope) && Number.isFinite(f.intercept), `${name} = ${v}`).toBe(true);
          }
        }
      }
    }
  });

  it('formatLine writes slopes and intercepts to three decimals with a true minus', () => {
    expect(formatLine({ slope: 0, intercept: 0 })).toBe('y = 0');
    expect(formatLine({ slope: -1, intercept: 2.5 })).toBe('y = −x + 2.5');
    expect(formatLine({ slope: 1e-9, intercept: -3 })).toBe('y = −3');
    expect(formatLine({ slope: -0.0001, intercept: -0.0001 })).toBe('y = 0');
  });
});

describe('robust-regression view', () => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');

  it('render draws the points and three lines, with each equation in the legend', () => {
    const fig = render(derive(state()), { document: document as unknown as Document });
    const svg = fig.querySelector('svg')!;
    expect(svg.querySelectorAll('circle')).toHaveLength(8);
    expect(svg.querySelectorAll('path').length).toBeGreaterThanOrEqual(3);
    expect(svg.textContent).toContain('(8, 28)');
    expect(fig.querySelector('.rr-legend')!.textContent).toBe('MSE: y = 2.667x − 5MAE: y = xHuber (δ = 1): y = 1.143x − 0.429');
  });

  it('describe gives each line\'s slope and intercept and whether the point\'s pull is capped', () => {
    expect(describeFigure(derive(state()), state())).toBe(
      'Straight lines fitted to seven points on y = x at x = 1, …, 7 and a moving point at (8, 28). ' +
        'Fitted lines: MSE y = 2.667x − 5; MAE y = x; Huber (δ = 1) y = 1.143x − 0.429. ' +
        'The moving point is 19.29 from the Huber line, beyond δ, so its Huber pull is capped at δ and no longer grows with its distance.',
    );
    const s = state({ oy: 9.5 });
    expect(describeFigure(derive(s), s)).toContain('Huber (δ = 1) y = 1.125x − 0.375. The moving point is 0.88 from the Huber line, within δ');
  });
});
