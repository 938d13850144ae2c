/**
 * Gradient through a stack of sigmoid layers, the view: the factor after k layers for k = 0 … 20
 * on a log scale, one curve per case (solid: best case; dashed: every unit at z), the reader's
 * depth n marked, one thousandth drawn for reference, and a legend table of the values at n.
 */
import * as Plot from '@observablehq/plot';
import { colors, plotDefaults } from '../core/plot-style';
import { formatNumber, superscript } from '../core/format';
import { legendTable, type LegendRow } from '../core/legend';
import { noMemo, type Memo } from '../core/memo';
import { layered, panelGrid } from '../core/panels';
import { plot } from '../core/plot';
import { MAX_DEPTH, type Derived, type Series, type SeriesKey, type State } from './model';

const CHART_WIDTH = 340;
const CHART_HEIGHT = 270;

const look: Record<SeriesKey, { color: string; dash?: string }> = {
  sigmoidBest: { color: colors.blue },
  sigmoidAtZ: { color: colors.blue, dash: '5 3' },
  tanhBest: { color: colors.orange },
  tanhAtZ: { color: colors.orange, dash: '5 3' },
};

function seriesName(key: SeriesKey, z: number): string {
  const at = `every unit at z = ${z.toFixed(1)}`;
  return { sigmoidBest: 'σ, best case (z = 0)', sigmoidAtZ: `σ, ${at}`, tanhBest: 'tanh, best case (z = 0)', tanhAtZ: `tanh, ${at}` }[key];
}

/** Powers of ten from 1 down to yMin, at most 7 of them. */
function logTicks(yMin: number): number[] {
  const lowest = Math.round(Math.log10(yMin));
  const stride = [1, 2, 3, 5, 10, 20, 25, 50].find((s) => -lowest / s <= 6) ?? 100;
  const ticks: number[] = [];
  for (let e = 0; e >= lowest; e -= stride) ticks.push(10 ** e);
  return ticks;
}

const powerOfTen = (v: number): string => {
  const e = Math.round(Math.log10(v));
  return e === 0 ? '1' : `10${superscript(e)}`;
};

/** Size, margins and scales shared by the chart's layers, so that they line up exactly. */
function frame(d: Derived) {
  return {
    ...plotDefaults,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    marginTop: 22,
    marginRight: 14,
    marginBottom: 32,
    marginLeft: 44,
    x: { domain: [0, MAX_DEPTH] },
    y: { type: 'log' as const, domain: [d.yMin, 2] },
  };
}

/** The axes, one thousandth, and the curves: independent of n. */
function curvesLayer(d: Derived, document: Document): Element {
  const f = frame(d);
  return plot({
    ...f,
    document,
    x: { ...f.x, label: 'layers n', ticks: [0, 5, 10, 15, 20], labelAnchor: 'right' },
    y: { ...f.y, ticks: logTicks(d.yMin), tickFormat: powerOfTen, label: 'factor after n layers', grid: true },
    marks: [
      Plot.ruleY([1e-3], { stroke: colors.gray, strokeDasharray: '2 3' }),
      // Right, above the line: past 12 layers only tanh's best case (at 1) is above one thousandth.
      Plot.text(['one thousandth'], { x: MAX_DEPTH, y: 1e-3, text: (t: string) => t, textAnchor: 'end', dy: -7, fill: 'currentColor', fontSize: 11 }),
      ...d.series.flatMap((s) => {
        const { color, dash } = look[s.key];
        return [
          Plot.line(s.points, { x: 'k', y: 'value', stroke: color, strokeWidth: 2, strokeDasharray: dash }),
          Plot.dot(s.points, { x: 'k', y: 'value', r: 1.8, fill: color }),
        ];
      }),
    ],
  });
}

/** The reader's depth n, each curve's value there, and 0.25ⁿ written out, over the same frame without axes. */
function depthLayer(d: Derived, document: Document): Element {
  const f = frame(d);
  const best = d.series[0]!;
  const right = d.n > MAX_DEPTH / 2;
  return plot({
    ...f,
    document,
    x: { ...f.x, axis: null },
    y: { ...f.y, axis: null },
    marks: [
      Plot.ruleX([d.n], { stroke: colors.gray, strokeDasharray: '2 3' }),
      Plot.dot(d.series, { x: () => d.n, y: 'atN', r: 5, fill: (s: Series) => look[s.key].color, stroke: 'white' }),
      // At the foot of the depth line, where the curves only arrive near 20 layers.
      Plot.text([best], {
        x: () => d.n, y: () => d.yMin, dx: right ? -6 : 6, dy: -8, textAnchor: right ? 'end' : 'start',
        text: () => `0.25${superscript(d.n)} = ${formatNumber(best.atN)}`, fill: 'currentColor', fontWeight: 600,
      }),
    ],
  });
}

/**
 * The chart (two layers: the curves, and the depth n with its values) and its legend table. With
 * a per-instance `memo` (see mount.ts), moving n redraws only the second layer and the table.
 */
export function render(d: Derived, { document, memo = noMemo }: { document: Document; memo?: Memo }): Element {
  const curves = memo('curves', `${d.z}|${d.series.length}`, () => curvesLayer(d, document));
  const rows: LegendRow[] = d.series.map((s) => ({
    ...look[s.key],
    cells: [seriesName(s.key, d.z), formatNumber(s.factor), formatNumber(s.atN)],
  }));
  const table = legendTable(document, ['case', 'per layer', `after n = ${d.n}`], rows);
  return panelGrid(document, [layered(document, [curves, depthLayer(d, document)]), table], 300);
}

/** The text alternative: the numbers at depth n that the chart and its table show. */
export function describe(d: Derived, state: State): string {
  const text = (v: number) => formatNumber(v, { style: 'text' });
  const layers = `${d.n} ${d.n === 1 ? 'layer' : 'layers'}`;
  const best = d.series[0]!;
  const atZ = d.series[1]!;
  const [tanhBest, tanhAtZ] = [d.series[2], d.series[3]];
  const z = state.z.toFixed(1);
  const below = d.n >= d.firstBelowThousandth ? 'below' : 'still above';
  let out =
    `Factor by which a chain of sigmoid layers scales the gradient, on a log scale for 0 to ${MAX_DEPTH} layers. ` +
    `Best case, every unit at z = 0: 0.25 per layer, 0.25^${d.n} = ${text(best.atN)} after ${layers}, ${below} one thousandth ` +
    `(it drops below from n = ${d.firstBelowThousandth} on). ` +
    `With every unit at z = ${z}: σ′(${z}) = ${text(atZ.factor)} per layer, ${text(atZ.atN)} after ${layers}` +
    ` (${text((100 * atZ.atN) / best.atN)}% of the best case).`;
  if (tanhBest && tanhAtZ) {
    out +=
      ` For comparison, tanh: best case 1 per layer, so ${text(tanhBest.atN)} after any depth; ` +
      `at z = ${z}, tanh′(${z}) = ${text(tanhAtZ.factor)} per layer, ${text(tanhAtZ.atN)} after ${layers}.`;
  }
  return out;
}
