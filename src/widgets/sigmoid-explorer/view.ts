/**
 * Sigmoid explorer, the view: σ (solid) and σ′ (dashed) over [-8, 8], the saturated regions
 * shaded, the moving point with its tangent line, and the slope written beside it.
 */
import * as Plot from '@observablehq/plot';
import { plot } from '../core/plot';
import { colors, plotDefaults } from '../core/plot-style';
import { SATURATION_X, type Derived, type State } from './model';

export function render(d: Derived, { document }: { document: Document }): Element {
  return plot({
    ...plotDefaults,
    document,
    x: { domain: [-8, 8], label: 'x' },
    y: { domain: [-0.05, 1.05], label: null, grid: true },
    marks: [
      Plot.rectY([{ x1: -8, x2: -SATURATION_X }, { x1: SATURATION_X, x2: 8 }], {
        x1: 'x1', x2: 'x2', y1: -0.05, y2: 1.05, fill: colors.gray, fillOpacity: 0.12,
      }),
      Plot.text([{ x: -5.8, y: 0.55 }, { x: 5.8, y: 0.55 }], { x: 'x', y: 'y', text: () => 'saturated', fill: 'currentColor', fontSize: 11 }),
      Plot.ruleY([0]),
      Plot.line(d.curve, { x: 'x', y: 's', stroke: colors.blue, strokeWidth: 2.5 }),
      Plot.line(d.curve, { x: 'x', y: 'ds', stroke: colors.orange, strokeWidth: 2, strokeDasharray: '5 3' }),
      Plot.text([{ x: -7.8, y: 0.08, t: 'σ(x)' }], { x: 'x', y: 'y', text: 't', fill: colors.blue, textAnchor: 'start', fontWeight: 600 }),
      Plot.text([{ x: -1.4, y: 0.3, t: 'σ′(x)' }], { x: 'x', y: 'y', text: 't', fill: colors.orange, textAnchor: 'end', fontWeight: 600 }),
      Plot.line(d.tangent, { x: 'x', y: 'y', stroke: 'currentColor', strokeWidth: 1.5, clip: true }),
      Plot.ruleX([d.x], { stroke: colors.gray, strokeDasharray: '2 3' }),
      Plot.dot([{ x: d.x, y: d.s }], { x: 'x', y: 'y', r: 5, fill: colors.blue, stroke: 'white' }),
      Plot.dot([{ x: d.x, y: d.ds }], { x: 'x', y: 'y', r: 4, fill: colors.orange, stroke: 'white' }),
      Plot.text([{ x: d.x, y: d.s }], {
        x: 'x', y: 'y', dx: d.x > 1 ? -10 : 10, dy: -12, textAnchor: d.x > 1 ? 'end' : 'start',
        text: () => `σ = ${d.s.toFixed(4)}, slope ${d.ds.toPrecision(3)}`, fill: 'currentColor', fontWeight: 600,
      }),
    ],
  });
}

export function describe(d: Derived, state: State): string {
  const where = d.saturated
    ? `This is in a saturated region (|x| > ${SATURATION_X.toFixed(2)}), where the slope is below a tenth of its peak of 0.25.`
    : 'This is in the responsive middle of the curve.';
  return (
    `Sigmoid σ(x) and its derivative σ′(x) for x from −8 to 8. At x = ${state.x.toFixed(1)}, ` +
    `σ(x) = ${d.s.toFixed(4)} and the tangent's slope σ′(x) = ${d.ds.toPrecision(3)}` +
    ` (${((100 * d.ds) / 0.25).toPrecision(2)}% of the peak slope, 0.25 at x = 0). ${where}`
  );
}
