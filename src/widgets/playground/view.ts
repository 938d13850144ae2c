/**
 * Playground, the view: on the left the decision heatmap over [−6, 6]² (translucent bands of the
 * predicted class, deeper where the network is surer, a line where P(class 1) = 0.5) with the
 * training points on top, class 1 as blue circles and class 0 as orange squares, so shape tells
 * them apart as well as colour; on the right the training and test loss per epoch (log scale).
 * Contours, not a raster image, so the same figure renders at build time without a canvas.
 */
import * as Plot from '@observablehq/plot';
import { colors, plotDefaults } from '../core/plot-style';
import { EXTENT, GRID, GRID_EXTENT, schema, type Derived, type LossPoint, type State } from './model';

const MAP_SIZE = 340;
const LOSS_WIDTH = 280;
/** The loss chart sits under two lines of text and ends level with the map on a wide screen. */
const LOSS_HEIGHT = 296;
/** Bands of P ≥ t (blue) and 1 − P ≥ t (orange): each adds a little colour, so surer regions are deeper. */
const BANDS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.97];
/** Loss-axis ticks: powers of ten only, so the log axis stays uncluttered. */
const DECADES = Array.from({ length: 13 }, (_, k) => 10 ** (k - 5));
const svgStyle = { ...plotDefaults.style, maxWidth: '100%', height: 'auto' };

function decisionMap(d: Derived, document: Document): Element {
  const grid = { width: GRID, height: GRID, x1: -GRID_EXTENT, x2: GRID_EXTENT, y1: GRID_EXTENT, y2: -GRID_EXTENT, x: null, y: null, clip: true } as const;
  const ones = d.points.filter((pt) => pt.label === 1);
  const zeros = d.points.filter((pt) => pt.label === 0);
  return Plot.plot({
    ...plotDefaults,
    document,
    width: MAP_SIZE,
    height: MAP_SIZE,
    marginLeft: 34,
    marginRight: 8,
    marginTop: 8,
    marginBottom: 34,
    style: svgStyle,
    x: { domain: [-EXTENT, EXTENT], label: 'x₁', labelAnchor: 'center', labelArrow: 'none' },
    y: { domain: [-EXTENT, EXTENT], label: 'x₂', labelAnchor: 'center', labelArrow: 'none' },
    marks: [
      Plot.contour(d.p, { ...grid, thresholds: BANDS, fill: colors.blue, fillOpacity: 0.1, stroke: 'none' }),
      Plot.contour(d.q, { ...grid, thresholds: BANDS, fill: colors.orange, fillOpacity: 0.1, stroke: 'none' }),
      Plot.contour(d.p, { ...grid, thresholds: [0.5], fill: 'none', stroke: 'currentColor', strokeWidth: 1.5 }),
      Plot.dot(zeros, { x: 'x1', y: 'x2', symbol: 'square', r: 3, fill: colors.orange, stroke: 'currentColor', strokeWidth: 0.6, clip: true }),
      Plot.dot(ones, { x: 'x1', y: 'x2', symbol: 'circle', r: 3.2, fill: colors.blue, stroke: 'currentColor', strokeWidth: 0.6, clip: true }),
      Plot.frame({ strokeOpacity: 0.4 }),
    ],
  });
}

const pct = (a: number): string => `${(100 * a).toFixed(1)}%`;

/** A short line sample for the legend, drawn as its own tiny SVG so it needs no scale. */
function swatch(document: Document, color: string, dash: string | null): Element {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', '24');
  svg.setAttribute('height', '10');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('style', 'vertical-align: middle; margin-right: 0.25rem');
  const line = document.createElementNS(ns, 'line');
  for (const [k, v] of Object.entries({ x1: '0', y1: '5', x2: '24', y2: '5', stroke: color, 'stroke-width': '2.5' })) line.setAttribute(k, v);
  if (dash) line.setAttribute('stroke-dasharray', dash);
  svg.append(line);
  return svg;
}

function lossChart(d: Derived, document: Document): Element {
  const finite = d.history.filter((h) => Number.isFinite(h.train) && Number.isFinite(h.test));
  const values = finite.flatMap((h) => [h.train, h.test]);
  const hi = Math.max(1, ...values);
  const lo = Math.max(1e-5, Math.min(0.01, ...values));
  const clamp = (v: number) => Math.max(v, lo);
  const last = finite.at(-1);
  const wrap = document.createElement('div');
  wrap.setAttribute('style', `flex: 0 1 ${LOSS_WIDTH}px; min-width: 0; font-size: 0.8125rem; line-height: 1.4`);
  const head = document.createElement('p');
  head.setAttribute('style', 'margin: 0; font-variant-numeric: tabular-nums');
  const epoch = document.createElement('strong');
  epoch.textContent = `Epoch ${d.epoch}`;
  head.append(epoch, document.createTextNode(` · correct: train ${pct(d.trainAccuracy)}, test ${pct(d.testAccuracy)}`));
  const key = document.createElement('p');
  key.setAttribute('style', 'margin: 0');
  key.append(swatch(document, colors.purple, null), document.createTextNode('train loss  '), swatch(document, colors.green, '5 3'), document.createTextNode('test loss'));
  wrap.append(head, key);
  if (d.diverged || d.done) {
    const note = document.createElement('p');
    note.setAttribute('style', 'margin: 0; font-weight: 600');
    note.textContent = d.diverged ? 'Diverged: the loss overflowed.' : `Stopped at epoch ${d.maxEpochs}.`;
    wrap.append(note);
  }
  const chart = Plot.plot({
    ...plotDefaults,
    document,
    width: LOSS_WIDTH,
    height: LOSS_HEIGHT,
    marginLeft: 52,
    marginRight: 12,
    marginTop: 12,
    marginBottom: 34,
    style: svgStyle,
    x: { domain: [0, Math.max(50, d.epoch)], label: 'epoch', labelAnchor: 'center', labelArrow: 'none', ticks: 4 },
    y: { type: 'log', domain: [lo, hi], label: 'loss (log scale)', labelAnchor: 'center', labelArrow: 'none', grid: true, ticks: DECADES.filter((t) => t >= lo && t <= hi), tickFormat: (v: number) => String(v) },
    marks: [
      Plot.line(finite, { x: 'epoch', y: (h: LossPoint) => clamp(h.train), stroke: colors.purple, strokeWidth: 2 }),
      Plot.line(finite, { x: 'epoch', y: (h: LossPoint) => clamp(h.test), stroke: colors.green, strokeWidth: 2, strokeDasharray: '5 3' }),
      Plot.dot(last ? [last] : [], { x: 'epoch', y: (h: LossPoint) => clamp(h.train), r: 3, fill: colors.purple }),
      Plot.dot(last ? [last] : [], { x: 'epoch', y: (h: LossPoint) => clamp(h.test), r: 3, fill: colors.green }),
    ],
  });
  wrap.append(chart);
  return wrap;
}

export function render(d: Derived, { document }: { document: Document }): Element {
  const root = document.createElement('div');
  root.setAttribute('style', 'display: flex; flex-wrap: wrap; justify-content: center; align-items: flex-start; gap: 0.5rem 20px');
  root.append(decisionMap(d, document), lossChart(d, document));
  return root;
}

export function describe(d: Derived, state: State): string {
  const data = schema.data.options.find((o) => o.value === state.data)!.label;
  const act = schema.activation.options.find((o) => o.value === state.activation)!.label;
  const run =
    `A ${d.sizes.join('→')} network with ${act} hidden units learning ${data} ` +
    `(${d.nTrain} training and ${d.nTest} test points, noise ${state.noise.toFixed(1)}, learning rate ${state.lr}). ` +
    `Left: the plane from −${EXTENT} to ${EXTENT} in both coordinates, shaded blue where the network predicts class 1 and orange where it predicts class 0, ` +
    `with the decision boundary as a line and the training points on top (class 1 blue circles, class 0 orange squares). ` +
    `Right: training and test loss per epoch. `;
  const now =
    `Epoch ${d.epoch}: training accuracy ${pct(d.trainAccuracy)}, test accuracy ${pct(d.testAccuracy)}` +
    (Number.isFinite(d.trainLoss) ? `, training loss ${d.trainLoss.toPrecision(3)}, test loss ${d.testLoss.toPrecision(3)}.` : '.');
  const end = d.diverged
    ? ' Training diverged (the loss overflowed): lower the learning rate and reset.'
    : d.done ? ` Training stopped after ${d.maxEpochs} epochs.` : '';
  return run + now + end;
}
