/**
 * Vanishing gradients, the view: one line per hidden activation, the norm of each layer's weight
 * (or bias) gradient on a log axis, from the layer next to the input (1) to the output layer.
 * The axis is the same for every setting, so switching the initialisation shows whether it moved
 * a line's height or its slope.
 */
import * as Plot from '@observablehq/plot';
import { colors, plotDefaults } from '../core/plot-style';
import { superscript } from '../core/format';
import { plot } from '../core/plot';
import { BATCH_SIZE, perLayerFactor, type Derived, type HiddenActivation, type State } from './model';

/** Fixed log axis: holds every norm any setting produces (7e-14 … 4e10 for weights, 1e-14 … 2e9 for biases). */
export const Y_DOMAIN: [number, number] = [1e-15, 1e11];
const Y_TICKS = [1e-15, 1e-10, 1e-5, 1, 1e5, 1e10];
export const FIGURE_HEIGHT = 340;

const NAMES: Record<HiddenActivation, string> = { sigmoid: 'sigmoid', tanh: 'tanh', relu: 'ReLU' };
const COLORS: Record<HiddenActivation, string> = { sigmoid: colors.blue, tanh: colors.orange, relu: colors.green };

/** 1e-10 → "10⁻¹⁰", 1 → "1". */
export function powerOfTen(v: number): string {
  const e = Math.round(Math.log10(v));
  return e === 0 ? '1' : `10${superscript(e)}`;
}

/** A norm in short scientific notation, e.g. 1.7e-7 → "1.7 × 10⁻⁷", 0.45 → "0.45". */
export function sci(v: number): string {
  if (!Number.isFinite(v) || v === 0) return String(v);
  if (v >= 0.01 && v < 1000) return v.toPrecision(2).replace(/\.?0+$/, (m) => (m.startsWith('.') ? '' : m));
  const e = Math.floor(Math.log10(v));
  const m = v / 10 ** e;
  return `${m.toFixed(1)} × ${powerOfTen(10 ** e)}`;
}

interface Row {
  layer: number;
  activation: HiddenActivation;
  norm: number;
}

/**
 * Heights for the end labels: the lines' last values, pushed apart to at least `gap` decades
 * (about 15 px on this axis) so that converging lines keep readable names. Labels that crowd
 * form a block centred on their lines' values; labels with room stay where their lines end.
 */
export function labelHeights(values: number[], gap = 1.4): number[] {
  const sorted = values.map((v, i) => ({ i, e: Math.log10(v) })).sort((a, b) => a.e - b.e);
  type Block = { items: typeof sorted; start: number };
  const place = (items: typeof sorted): Block => ({
    items, start: items.reduce((s, o) => s + o.e, 0) / items.length - ((items.length - 1) * gap) / 2,
  });
  const blocks: Block[] = [];
  for (const o of sorted) {
    blocks.push(place([o]));
    // Merge with the block below while the two overlap.
    while (blocks.length > 1) {
      const top = blocks[blocks.length - 1]!;
      const below = blocks[blocks.length - 2]!;
      if (below.start + below.items.length * gap <= top.start) break;
      blocks.splice(-2, 2, place([...below.items, ...top.items]));
    }
  }
  const out = new Array<number>(values.length);
  for (const b of blocks) b.items.forEach((o, k) => (out[o.i] = 10 ** (b.start + k * gap)));
  return out;
}

function rows(d: Derived): Row[] {
  const out: Row[] = [];
  for (const s of d.series) {
    const norms = d.gradient === 'weights' ? s.weights : s.biases;
    norms.forEach((norm, i) => out.push({ layer: i + 1, activation: s.activation, norm }));
  }
  return out;
}

export function render(d: Derived, { document }: { document: Document }): Element {
  const data = rows(d);
  const L = d.depth + 1;
  const ends = data.filter((r) => r.layer === L);
  const heights = labelHeights(ends.map((r) => r.norm));
  const labels = ends.map((r, i) => ({ ...r, norm: heights[i]! }));
  return plot({
    ...plotDefaults,
    height: FIGURE_HEIGHT,
    marginRight: 80,
    marginLeft: 48,
    marginBottom: 40,
    document,
    x: {
      domain: [1, L],
      label: 'layer (1 = next to the input)',
      labelAnchor: 'center',
      labelArrow: 'none',
      ticks: Array.from({ length: L }, (_, i) => i + 1).filter((l) => l === L || (l % 2 === 1 && l !== L - 1)),
      tickFormat: (l: number) => (l === L ? 'out' : String(l)),
    },
    y: {
      type: 'log',
      domain: Y_DOMAIN,
      clamp: true,
      ticks: Y_TICKS,
      tickFormat: powerOfTen,
      grid: true,
      label: d.gradient === 'weights' ? '‖∂L/∂W‖ per layer' : '‖∂L/∂b‖ per layer',
      labelArrow: 'none',
    },
    marks: [
      Plot.ruleY([1], { stroke: colors.gray, strokeOpacity: 0.5 }),
      Plot.line(data, { x: 'layer', y: 'norm', z: 'activation', stroke: (r: Row) => COLORS[r.activation], strokeWidth: 2.5 }),
      Plot.dot(data, { x: 'layer', y: 'norm', fill: (r: Row) => COLORS[r.activation], r: 3 }),
      // Names in the text colour (small coloured text would fall short of 4.5:1), keyed by a swatch.
      Plot.dot(labels, { x: 'layer', y: 'norm', dx: 12, r: 4.5, fill: (r: Row) => COLORS[r.activation] }),
      Plot.text(labels, {
        x: 'layer', y: 'norm', dx: 20, textAnchor: 'start', text: (r: Row) => NAMES[r.activation],
        fill: 'currentColor', fontWeight: 600, fontSize: 13,
      }),
    ],
  });
}

const INIT_TEXT = { xavier: 'Xavier initialisation', he: 'He initialisation', uniform: 'uniform ±1 initialisation' } as const;

export function describe(d: Derived, state: State): string {
  const what = d.gradient === 'weights' ? 'weight gradient ‖∂L/∂W‖' : 'bias gradient ‖∂L/∂b‖ (the error signal δ summed over the batch)';
  const parts = d.series.map((s) => {
    const g = d.gradient === 'weights' ? s.weights : s.biases;
    const f = perLayerFactor(g, d.depth);
    const trend = f >= 1.25 ? `growing about ${f.toFixed(1)}× per layer towards the output`
      : f <= 0.8 ? `growing about ${(1 / f).toFixed(1)}× per layer towards the input`
      : 'roughly level';
    return `${NAMES[s.activation]}: ${sci(g[0]!)} at layer 1, ${sci(g[d.depth - 1]!)} at layer ${d.depth}, ${sci(g[d.depth]!)} at the output layer (${trend})`;
  });
  return (
    `Norm of each layer's ${what}, log scale, for a freshly initialised network with ${state.depth} hidden layers of ` +
    `${state.width} units and ${INIT_TEXT[state.init]}, on one batch of ${BATCH_SIZE} points. ${parts.join('; ')}.`
  );
}
