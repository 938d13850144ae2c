/**
 * The ReLU family, the view: the functions on the left and their derivatives on the right, the
 * reader's x marked in both, and a legend table of each function's value and slope at x. Each
 * function has its own colour and dash; ReLU6 is drawn as a wide pale band under ReLU, which it
 * equals below 6.
 */
import * as Plot from '@observablehq/plot';
import { colors, plotDefaults } from '../core/plot-style';
import { formatNumber, withMinus } from '../core/format';
import { legendTable } from '../core/legend';
import { noMemo, type Memo } from '../core/memo';
import { layered, panelGrid } from '../core/panels';
import { appendStyle, plot } from '../core/plot';
import { X_MAX, X_MIN, type Derived, type FamilyName, type Member, type State } from './model';

const PANEL_WIDTH = 320;
const PANEL_HEIGHT = 280;

interface Look {
  color: string;
  dash?: string;
  width: number;
  opacity: number;
}

const look: Record<FamilyName, Look> = {
  relu6: { color: colors.gray, width: 6, opacity: 0.55 },
  softplus: { color: colors.red, dash: '8 3 2 3', width: 2, opacity: 1 },
  gelu: { color: colors.purple, width: 2, opacity: 1 },
  silu: { color: colors.orange, dash: '2 2', width: 2.5, opacity: 1 },
  elu: { color: colors.green, width: 2, opacity: 1 },
  leakyRelu: { color: colors.blue, dash: '6 3', width: 2, opacity: 1 },
  relu: { color: 'currentColor', width: 2, opacity: 1 },
};
/** Drawing order: the wide ReLU6 band first, ReLU last, on top. */
const ORDER = Object.keys(look) as FamilyName[];

/** The panels' extent in each view: the whole range with ReLU6's cap, or the corner, where the family differs. */
const VIEWS = {
  wide: { x: [X_MIN, X_MAX], f: [-1.2, 7], df: [-0.2, 1.2], xTicks: [-4, -2, 0, 2, 4, 6], fTicks: [-1, 0, 2, 4, 6] },
  corner: { x: [-3, 3], f: [-1.1, 3.1], df: [-0.2, 1.2], xTicks: [-3, -2, -1, 0, 1, 2, 3], fTicks: [-1, 0, 1, 2, 3] },
} as const;

/** Size, margins and scales shared by a panel's layers, so that they line up exactly. */
function frame(which: 'f' | 'df', view: Derived['view']) {
  return {
    ...plotDefaults,
    width: PANEL_WIDTH,
    height: PANEL_HEIGHT,
    marginTop: 22,
    marginRight: 10,
    marginBottom: 32,
    marginLeft: 36,
    x: { domain: VIEWS[view].x },
    y: { domain: VIEWS[view][which] },
  };
}

/**
 * One curve, cut to the view's x-range. (Cut, not clipped: Plot's clip paths take ids from a page
 * counter that restarts in the browser, so a live figure could reuse an id of a build-time one.)
 * Within that range every curve stays inside the panel's y-range.
 */
function curveMark(m: Member, which: 'f' | 'df', view: Derived['view']) {
  const { color, dash, width, opacity } = look[m.name];
  const [lo, hi] = VIEWS[view].x;
  const [yLo, yHi] = VIEWS[view][which];
  const points = cutToRange(m[which].filter((p) => p.x >= lo && p.x <= hi), yLo, yHi);
  return Plot.line(points, { x: 'x', y: 'y', stroke: color, strokeWidth: width, strokeOpacity: opacity, strokeDasharray: dash });
}

/**
 * The parts of a polyline with y in [lo, hi]: each crossing of a bound is interpolated onto it,
 * and a point with y = NaN breaks the line where it leaves (Plot draws NaN as a gap). Needed for
 * Leaky ReLU with a large α, whose left branch αx runs below the panel. Points already NaN stay.
 * Example: `cutToRange([{ x: -3, y: -3 }, { x: -1, y: -1 }], -1.2, 7)` is `[{ x: -1.2, y: -1.2 }, { x: -1, y: -1 }]`.
 */
export function cutToRange(points: readonly { x: number; y: number }[], lo: number, hi: number): { x: number; y: number }[] {
  const inside = (y: number) => y >= lo && y <= hi;
  const out: { x: number; y: number }[] = [];
  for (const [i, p] of points.entries()) {
    const prev = points[i - 1];
    if (prev && !Number.isNaN(prev.y) && !Number.isNaN(p.y) && inside(prev.y) !== inside(p.y)) {
      const edge = (inside(prev.y) ? p.y : prev.y) > hi ? hi : lo;
      const t = (edge - prev.y) / (p.y - prev.y);
      out.push({ x: prev.x + t * (p.x - prev.x), y: edge });
      if (!inside(p.y)) out.push({ x: p.x, y: Number.NaN });
    }
    if (Number.isNaN(p.y) || inside(p.y)) out.push(p);
  }
  return out;
}

/** A tick label: the number as written, with a true minus sign ("−3", not "−3.0"). */
const signed = (v: number): string => withMinus(String(v));

/** The axes and the curves that do not depend on α (everything but Leaky ReLU). */
function baseLayer(members: Member[], which: 'f' | 'df', view: Derived['view'], document: Document): Element {
  const f = frame(which, view);
  const ticks = VIEWS[view];
  return plot({
    ...f,
    document,
    x: { ...f.x, label: 'x', ticks: ticks.xTicks, tickFormat: signed, labelAnchor: 'right' },
    y: { ...f.y, label: which === 'f' ? 'f(x)' : 'f′(x)', grid: true, ticks: which === 'f' ? ticks.fTicks : [0, 0.5, 1], tickFormat: signed },
    marks: [Plot.ruleY([0]), ...members.filter((m) => m.name !== 'leakyRelu').map((m) => curveMark(m, which, view))],
  });
}

/** A layer without axes over the same frame: Leaky ReLU's curve, the reader's x and the points on it. */
function overlayLayer(marks: Plot.Markish[], which: 'f' | 'df', view: Derived['view'], document: Document): Element {
  const f = frame(which, view);
  return plot({ ...f, document, x: { ...f.x, axis: null }, y: { ...f.y, axis: null }, marks });
}

function panel(d: Derived, which: 'f' | 'df', document: Document, memo: Memo): Element {
  const members = ORDER.flatMap((name) => d.members.filter((m) => m.name === name));
  const leaky = members.find((m) => m.name === 'leakyRelu');
  const base = memo(`base-${which}`, `${d.view}|${members.map((m) => m.name).join()}`, () => baseLayer(members, which, d.view, document));
  const [lo, hi] = VIEWS[d.view].x;
  const [yLo, yHi] = VIEWS[d.view][which];
  const at = (m: Member): number => (which === 'f' ? m.value : m.slope);
  const point = d.x >= lo && d.x <= hi
    ? [
        Plot.ruleX([d.x], { stroke: colors.gray, strokeDasharray: '2 3' }),
        Plot.dot(members.filter((m) => at(m) >= yLo && at(m) <= yHi), {
          x: () => d.x, y: at, r: 4, fill: (m: Member) => look[m.name].color, stroke: 'white', strokeWidth: 1,
        }),
      ]
    : [];
  // Leaky ReLU rides with the point: one line is cheaper than a third layer to keep.
  const top = overlayLayer([...(leaky ? [curveMark(leaky, which, d.view)] : []), ...point], which, d.view, document);
  return layered(document, [base, top]);
}

/** The x with one decimal and a true minus sign. */
const xText = (x: number): string => withMinus(x.toFixed(1));

/**
 * Both panels and the legend table of values at x. Each panel is two layers: the axes and the
 * α-independent curves, then Leaky ReLU and the reader's point; with a per-instance `memo` (see
 * mount.ts), moving x or α redraws only the second.
 */
export function render(d: Derived, { document, memo = noMemo }: { document: Document; memo?: Memo }): Element {
  const x = xText(d.x);
  const rows = d.members.map((m) => ({
    color: look[m.name].color,
    dash: look[m.name].dash,
    cells: [m.label, formatNumber(m.value), formatNumber(m.slope)],
  }));
  const panels = [panel(d, 'f', document, memo), panel(d, 'df', document, memo)];
  if (rows.length === 0) return panelGrid(document, panels);
  const table = legendTable(document, ['function', `f(${x})`, `f′(${x})`], rows);
  appendStyle(table, 'grid-column: 1 / -1;');
  return panelGrid(document, [...panels, table]);
}

/** The text alternative: what is drawn, and every shown function's value and slope at x. */
export function describe(d: Derived, state: State): string {
  const x = xText(state.x);
  const [lo, hi] = VIEWS[d.view].x;
  const head = `ReLU-family activations f(x) and their derivatives f′(x), in two panels, for x from ${withMinus(String(lo))} to ${hi}.`;
  if (d.members.length === 0) return `${head} No function is selected: tick one to draw it.`;
  const values = d.members
    .map((m) => `${m.label}: ${formatNumber(m.value, { style: 'text' })}, slope ${formatNumber(m.slope, { style: 'text' })}`)
    .join('; ');
  const cornerNames = d.members.filter((m) => m.name === 'relu' || m.name === 'leakyRelu' || m.name === 'relu6').map((m) => m.name);
  const atCorner = (state.x === 0 && cornerNames.length > 0) || (state.x === 6 && cornerNames.includes('relu6'));
  const corner = atCorner
    ? ' x is at a corner, where the derivative does not exist: the slopes shown follow the kernel\'s conventions (ReLU′(0) = 0, Leaky ReLU′(0) = α, ReLU6′(0) = ReLU6′(6) = 0).'
    : '';
  const outside = state.x < lo || state.x > hi ? ` (outside this view)` : '';
  return `${head} At x = ${x}${outside}: ${values}.${corner}`;
}
