/**
 * Playground, the view: on the left the decision heatmap over [−6, 6]² (translucent blue where
 * the network predicts class 1, orange for class 0, deeper where it is surer, and a line where
 * P(class 1) = 0.5) with the training points on top, class 1 as blue circles and class 0 as
 * orange squares, so shape tells them apart as well as colour; on the right the training and
 * test loss per epoch (log scale). The two sit side by side and stack on a narrow screen.
 * Built to be re-rendered every animation frame: the heatmap is one small PNG, each class's
 * points one path, and with a memo only the heatmap layer of the map is drawn again.
 */
import * as Plot from '@observablehq/plot';
import { colors, plotDefaults } from '../core/plot-style';
import { imageMark, pngDataUrl, rgbOf } from '../core/heatmap';
import { lineSwatch } from '../core/legend';
import { noMemo, type Memo } from '../core/memo';
import { clipToFrame, layered } from '../core/panels';
import { plot } from '../core/plot';
import { marker, pointsMark } from './marks';
import { EXTENT, GRID, GRID_EXTENT, schema, type Derived, type LossPoint, type State } from './model';

const MAP_SIZE = 300;
const LOSS_WIDTH = 282;
/** The loss chart sits under two lines of text and ends level with the map on a wide screen. */
const LOSS_HEIGHT = 236;
/** Heatmap opacity where the network is sure (P near 0 or 1); 0 on the boundary. */
const MAX_ALPHA = 0.5;
const BLUE = rgbOf(colors.blue);
const ORANGE = rgbOf(colors.orange);
/** Loss-axis ticks: powers of ten only, so the log axis stays uncluttered. */
const DECADES = Array.from({ length: 13 }, (_, k) => 10 ** (k - 5));
const svgStyle = { ...plotDefaults.style, maxWidth: '100%', height: 'auto' };

/**
 * The heatmap image over [−EXTENT, EXTENT]²: the grid's inner cells (its outer ring lies outside
 * the view), blue where P(class 1) > 0.5 and orange below, more opaque the surer the network.
 */
function heatmap(p: Float64Array): string {
  const n = GRID - 2;
  const rgba = new Uint8Array(4 * n * n);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const v = p[(j + 1) * GRID + i + 1]!;
      const [r, g, b] = v >= 0.5 ? BLUE : ORANGE;
      const k = 4 * (j * n + i);
      rgba[k] = r;
      rgba[k + 1] = g;
      rgba[k + 2] = b;
      rgba[k + 3] = Math.round(255 * MAX_ALPHA * Math.min(1, 2 * Math.abs(v - 0.5)));
    }
  }
  return pngDataUrl(n, n, rgba);
}

/** Size and margins shared by the map's layers, so that they line up exactly. */
const MAP_FRAME = { width: MAP_SIZE, height: MAP_SIZE, marginLeft: 34, marginRight: 8, marginTop: 8, marginBottom: 38 };
const mapScale = { domain: [-EXTENT, EXTENT], labelAnchor: 'center', labelArrow: 'none' } as const;

/** One layer of the map: same frame and scales; axes only on the bottom one. */
function mapLayer(document: Document, marks: Plot.Markish[], axes = false): SVGSVGElement {
  return plot({
    ...plotDefaults,
    ...MAP_FRAME,
    document,
    style: svgStyle,
    x: axes ? { ...mapScale, label: 'x₁' } : { ...mapScale, axis: null },
    y: axes ? { ...mapScale, label: 'x₂' } : { ...mapScale, axis: null },
    marks,
  });
}

/**
 * The decision map in three layers: the axes (fixed; kept by a mounted widget's memo), the heatmap
 * and boundary (redrawn every epoch, clipped to the frame by CSS), and the training points with
 * the frame (kept until the data change).
 */
function decisionMap(d: Derived, document: Document, memo: Memo): Element {
  const axes = memo('map-axes', '', () => mapLayer(document, [Plot.frame({ stroke: 'none' })], true));
  const field = mapLayer(document, [
    imageMark(heatmap(d.p), -EXTENT, EXTENT, -EXTENT, EXTENT),
    // The boundary P = 0.5; the grid is one cell wider than the view, so the contour's closing edge is clipped away.
    Plot.contour(d.p, {
      width: GRID, height: GRID, x1: -GRID_EXTENT, x2: GRID_EXTENT, y1: GRID_EXTENT, y2: -GRID_EXTENT, x: null, y: null,
      thresholds: [0.5], fill: 'none', stroke: 'currentColor', strokeWidth: 1.5,
    }),
  ]);
  clipToFrame(field, MAP_FRAME);
  const points = memo('map-points', `${d.state.data}|${d.state.noise}`, () =>
    mapLayer(document, [pointsMark(d.points, 0, colors.orange), pointsMark(d.points, 1, colors.blue), Plot.frame({ strokeOpacity: 0.4 })]),
  );
  return layered(document, [axes, field, points]);
}

/** A 24 px line sample for the key, in the line of text. */
const keyLine = (document: Document, color: string, dash: string | null): Element =>
  lineSwatch(document, color, { dash, width: 24, inset: 0, style: 'vertical-align: middle; margin-right: 0.25rem' });

const pct = (a: number): string => `${(100 * a).toFixed(1)}%`;

function lossChart(d: Derived, document: Document): Element {
  const finite = d.history.filter((h) => Number.isFinite(h.train) && Number.isFinite(h.test));
  const values = finite.flatMap((h) => [h.train, h.test]);
  const hi = Math.max(1, ...values);
  const lo = Math.max(1e-5, Math.min(0.1, ...values));
  const clamp = (v: number) => Math.max(v, lo);
  const last = finite.at(-1);
  const wrap = document.createElement('div');
  wrap.setAttribute('style', `width: 100%; max-width: ${LOSS_WIDTH}px; font-size: 0.8125rem; line-height: 1.4`);
  const head = document.createElement('p');
  head.setAttribute('style', 'margin: 0; font-variant-numeric: tabular-nums');
  const epoch = document.createElement('strong');
  epoch.textContent = `Epoch ${d.epoch}`;
  head.append(epoch, document.createTextNode(` · correct: train ${pct(d.trainAccuracy)}, test ${pct(d.testAccuracy)}`));
  const key = document.createElement('p');
  key.setAttribute('style', 'margin: 0');
  key.append(keyLine(document, colors.purple, null), document.createTextNode('train loss  '), keyLine(document, colors.green, '5 3'), document.createTextNode('test loss'));
  const classes = document.createElement('p');
  classes.setAttribute('style', 'margin: 0');
  classes.append(marker(document, 1), document.createTextNode('class 1  '), marker(document, 0), document.createTextNode('class 0'));
  wrap.append(head, classes, key);
  if (d.diverged || d.done) {
    const note = document.createElement('p');
    note.setAttribute('style', 'margin: 0; font-weight: 600');
    note.textContent = d.diverged ? 'Diverged: the loss overflowed.' : `Stopped at epoch ${d.maxEpochs}.`;
    wrap.append(note);
  }
  const chart = plot({
    ...plotDefaults,
    document,
    width: LOSS_WIDTH,
    height: LOSS_HEIGHT,
    marginLeft: 52,
    marginRight: 12,
    marginTop: 12,
    marginBottom: 38,
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

/** The decision map and the loss chart with its key, as one element (any DOM `document`). Example: `render(createTrainer(state).snapshot(), { document })`. */
export function render(d: Derived, { document, memo = noMemo }: { document: Document; memo?: Memo }): Element {
  const root = document.createElement('div');
  // Two columns when both fit (about 600 px), one on a phone; the SVGs scale down, never up.
  root.setAttribute('style', 'display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 270px), 1fr)); justify-items: center; align-items: start; gap: 0.75rem 16px');
  root.append(decisionMap(d, document, memo), lossChart(d, document));
  return root;
}

/** The text alternative: the network, the data, what the map shows, the epoch, accuracies and losses. Example: `describe(d, d.state)`. */
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
