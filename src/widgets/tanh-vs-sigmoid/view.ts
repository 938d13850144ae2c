/**
 * tanh against the sigmoid, the view: on the left both functions (solid) and their derivatives
 * (dashed) with the reader's point, and 2σ(2x) − 1 dotted over tanh when asked; on the right
 * histograms of the two functions' outputs for the same random inputs, each with its mean marked;
 * below, a legend table of the values at x.
 */
import * as Plot from '@observablehq/plot';
import { colors, plotDefaults } from '../core/plot-style';
import { formatNumber } from '../core/format';
import { legendTable, type LegendRow } from '../core/legend';
import { noMemo, type Memo } from '../core/memo';
import { layered, panelGrid } from '../core/panels';
import { appendStyle, plot } from '../core/plot';
import { SAMPLES, X_MAX, type Derived, type Histogram, type Samples, type State } from './model';

const PANEL_WIDTH = 320;
const CURVES_HEIGHT = 280;
const HIST_HEIGHT = 140;
const DASH = '5 3';
const OVERLAY_DASH = '1.5 4';

/** A number with a fixed count of decimals and a true minus sign. */
const fixed = (v: number, digits = 3): string => v.toFixed(digits).replace(/^-(?=.*[1-9])/, '\u2212').replace(/^-/, '');

/** Size, margins and scales shared by the curve panel's layers, so that they line up exactly. */
const curveFrame = {
  ...plotDefaults,
  width: PANEL_WIDTH,
  height: CURVES_HEIGHT,
  marginTop: 20,
  marginRight: 10,
  marginBottom: 32,
  marginLeft: 36,
  x: { domain: [-X_MAX, X_MAX] },
  y: { domain: [-1.1, 1.1] },
};

/** The axes, the four curves, and 2σ(2x) − 1 with its largest gap when overlaid: all independent of x. */
function curvesLayer(d: Derived, document: Document): Element {
  const line = (y: keyof Derived['at'], stroke: string, dash?: string, width = 2.5) =>
    Plot.line(d.curve, { x: 'x', y, stroke, strokeWidth: width, strokeDasharray: dash });
  return plot({
    ...curveFrame,
    document,
    x: { ...curveFrame.x, label: 'x', ticks: [-6, -3, 0, 3, 6], labelAnchor: 'right' },
    y: { ...curveFrame.y, label: null, grid: true, ticks: [-1, -0.5, 0, 0.5, 1] },
    marks: [
      Plot.ruleY([0]),
      line('ds', colors.blue, DASH, 2),
      line('dt', colors.orange, DASH, 2),
      line('s', colors.blue),
      line('t', colors.orange),
      ...(d.overlay
        ? [
            line('rescaled', colors.purple, OVERLAY_DASH, 3),
            Plot.text([`largest gap ${formatNumber(d.maxGap, { digits: 2 })}`], {
              frameAnchor: 'bottom-right', dx: -4, dy: -8, text: (t: string) => t, textAnchor: 'end', fill: 'currentColor', fontWeight: 600,
            }),
          ]
        : []),
    ],
  });
}

/** The reader's x and the four values there, over the curves' frame without axes. */
function pointLayer(d: Derived, document: Document): Element {
  const p = d.at;
  const points = [
    { y: p.ds, fill: colors.blue },
    { y: p.dt, fill: colors.orange },
    { y: p.s, fill: colors.blue },
    { y: p.t, fill: colors.orange },
  ];
  return plot({
    ...curveFrame,
    document,
    x: { ...curveFrame.x, axis: null },
    y: { ...curveFrame.y, axis: null },
    marks: [
      Plot.ruleX([p.x], { stroke: colors.gray, strokeDasharray: '2 3' }),
      Plot.dot(points, { x: () => p.x, y: 'y', r: 4.5, fill: 'fill', stroke: 'white' }),
    ],
  });
}

function histogramPlot(h: Histogram, name: string, fill: string, xLabel: string | null, document: Document): Element {
  return plot({
    ...plotDefaults,
    document,
    width: PANEL_WIDTH,
    height: HIST_HEIGHT,
    marginTop: 22,
    marginLeft: 36,
    marginRight: 10,
    marginBottom: xLabel ? 32 : 22,
    x: { domain: [-1, 1], label: xLabel, ticks: [-1, -0.5, 0, 0.5, 1], labelAnchor: 'right' },
    y: { label: null, ticks: 2, grid: true },
    marks: [
      Plot.rectY(h.bins, { x1: 'x0', x2: 'x1', y: 'count', fill, fillOpacity: 0.85, inset: 0.5 }),
      Plot.ruleY([0]),
      Plot.ruleX([0], { stroke: colors.gray, strokeDasharray: '2 3' }),
      Plot.ruleX([h.mean], { stroke: 'currentColor', strokeWidth: 2 }),
      Plot.text([`${name}: mean ${fixed(h.mean)}, sd ${fixed(h.sd)}`], {
        frameAnchor: 'top-left', dy: -16, text: (t: string) => t, textAnchor: 'start', fill: 'currentColor', fontWeight: 600,
      }),
    ],
  });
}

function histograms(samples: Samples, document: Document): Element {
  const column = document.createElement('div');
  column.append(
    histogramPlot(samples.tanhHist, 'tanh outputs', colors.orange, null, document),
    histogramPlot(samples.sigmoidHist, 'σ outputs', colors.blue, 'output', document),
  );
  return column;
}

/**
 * The curves (two layers: the curves, and the reader's point), the two histograms beside them,
 * and the legend table of values at x. With a per-instance `memo` (see mount.ts), moving x
 * redraws only the point layer and the table; the histograms are redrawn only for a new spread.
 */
export function render(d: Derived, { document, memo = noMemo }: { document: Document; memo?: Memo }): Element {
  const curves = memo('curves', String(d.overlay), () => curvesLayer(d, document));
  const hist = memo('histograms', String(d.samples.spread), () => histograms(d.samples, document));
  const p = d.at;
  const rows: LegendRow[] = [
    { color: colors.orange, cells: ['tanh(x)', formatNumber(p.t)] },
    { color: colors.blue, cells: ['σ(x)', formatNumber(p.s)] },
    { color: colors.orange, dash: DASH, cells: ['tanh′(x)', formatNumber(p.dt)] },
    { color: colors.blue, dash: DASH, cells: ['σ′(x)', formatNumber(p.ds)] },
  ];
  if (d.overlay) rows.push({ color: colors.purple, dash: OVERLAY_DASH, cells: ['2σ(2x) − 1', formatNumber(p.rescaled)] });
  const table = legendTable(document, ['curve', `at x = ${fixed(p.x, 1)}`], rows);
  appendStyle(table, 'grid-column: 1 / -1;');
  return panelGrid(document, [layered(document, [curves, pointLayer(d, document)]), hist, table]);
}

/** The text alternative: the values at x, the identity's gap when overlaid, and both samples' statistics. */
export function describe(d: Derived, state: State): string {
  const n = (v: number) => formatNumber(v, { style: 'text' });
  const p = d.at;
  const x = fixed(state.x, 1);
  const overlay = d.overlay
    ? ` 2σ(2x) − 1 is drawn over tanh and covers it: the largest gap between them on ${d.curve.length} points from −6 to 6 ` +
      `is ${n(d.maxGap)}, rounding error only, because tanh(x) = 2σ(2x) − 1 exactly.`
    : '';
  const t = d.samples.tanhHist;
  const s = d.samples.sigmoidHist;
  const negatives = s.min < 0 ? 'some negative' : `none negative (the smallest is ${n(s.min)})`;
  return (
    `tanh (from −1 to 1, through the origin) and the sigmoid σ (from 0 to 1), solid, with their derivatives, dashed, ` +
    `for x from −6 to 6. At x = ${x}: tanh(x) = ${n(p.t)} and σ(x) = ${n(p.s)}; tanh′(x) = ${n(p.dt)} and σ′(x) = ${n(p.ds)} ` +
    `(the derivatives peak at 1 and 0.25 at x = 0).${overlay} ` +
    `Histograms of both functions on the same ${SAMPLES} normal inputs with standard deviation ${state.spread.toFixed(2)}: ` +
    `tanh outputs have mean ${fixed(t.mean)} and standard deviation ${fixed(t.sd)}, ${t.min < 0 && t.max > 0 ? 'on both sides of 0' : 'all on one side of 0'}; ` +
    `sigmoid outputs have mean ${fixed(s.mean)} and standard deviation ${fixed(s.sd)}, ${negatives}. ` +
    `For all such inputs the exact values are mean 0 and standard deviation ${fixed(d.samples.tanhSd)} for tanh, ` +
    `mean 0.5 and standard deviation ${fixed(d.samples.sigmoidSd)} for the sigmoid.`
  );
}
