/**
 * Linear collapse, the view: two contour maps of the same size over the same grid and colour
 * scale, the stack of N layers on the left and the single layer W x + b on the right, with the
 * collapsed W and b and the largest difference written underneath. Straight, parallel, evenly
 * spaced contour lines are what an affine map looks like; an activation between the layers bends them.
 */
import * as Plot from '@observablehq/plot';
import { plotDefaults } from '../core/plot-style';
import { EXTENT, GRID, type Derived, type State } from './model';

const PANEL_WIDTH = 310;
const PANEL_HEIGHT = 270;
const BANDS = 12;

/** A number the way the figure prints it: 4 significant digits, a true minus sign. */
export function fmt(v: number): string {
  if (Math.abs(v) < 5e-5) return '0';
  let text = v.toPrecision(4);
  if (text.includes('.') && !text.includes('e')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  return text.replace('-', '−');
}

/** A small positive number as "4.4 × 10⁻¹⁶", or with 3 significant digits when it is not small. */
export function fmtDiff(v: number): string {
  if (v === 0) return '0';
  if (v >= 1e-3) return v.toPrecision(3);
  const e = Math.floor(Math.log10(v));
  const sup = String(e).replace('-', '⁻').replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]!);
  return `${(v / 10 ** e).toFixed(1)} × 10${sup}`;
}

function panel(document: Document, values: Float64Array, d: Derived, caption: string): HTMLElement {
  const wrap = document.createElement('div');
  wrap.setAttribute('style', `flex: 0 1 ${PANEL_WIDTH}px; min-width: 0`);
  const label = document.createElement('p');
  label.setAttribute('style', 'margin: 0 0 0.25rem; text-align: center; font-weight: 600');
  label.textContent = caption;
  const r = d.range > 0 ? d.range : 1;
  const thresholds = Array.from({ length: BANDS + 1 }, (_, k) => -r + (2 * r * k) / BANDS);
  const svg = Plot.plot({
    ...plotDefaults,
    document,
    width: PANEL_WIDTH,
    height: PANEL_HEIGHT,
    marginLeft: 40,
    marginRight: 10,
    style: { ...plotDefaults.style, maxWidth: '100%', height: 'auto' },
    x: { domain: [-EXTENT, EXTENT], label: 'x₁', labelAnchor: 'center', labelArrow: 'none' },
    y: { domain: [-EXTENT, EXTENT], label: 'x₂', labelAnchor: 'center', labelArrow: 'none' },
    color: { type: 'linear', scheme: 'RdBu', domain: [-r, r] },
    marks: [
      Plot.contour(values, {
        width: GRID, height: GRID, x1: -EXTENT, x2: EXTENT, y1: EXTENT, y2: -EXTENT, x: null, y: null,
        fill: 'value', thresholds, stroke: 'currentColor', strokeOpacity: 0.35, strokeWidth: 0.75,
      }),
      Plot.frame({ strokeOpacity: 0.4 }),
    ],
  }) as unknown as HTMLElement;
  wrap.append(label, svg);
  return wrap;
}

/** The colour key: one swatch per contour band, on the output's axis (rects, so it renders at build time too). */
function colorKey(document: Document, r: number): Element {
  const bands = Array.from({ length: BANDS }, (_, k) => ({ lo: -r + (2 * r * k) / BANDS, hi: -r + (2 * r * (k + 1)) / BANDS }));
  return Plot.plot({
    ...plotDefaults,
    document,
    width: 300,
    height: 48,
    marginTop: 4,
    marginLeft: 20,
    marginRight: 20,
    style: { ...plotDefaults.style, display: 'block', margin: '0.25rem auto 0', maxWidth: '100%', height: 'auto' },
    x: { domain: [-r, r], label: 'output y', labelAnchor: 'center', labelArrow: 'none', ticks: 5, tickFormat: fmt },
    y: { axis: null, domain: [0, 1] },
    color: { type: 'linear', scheme: 'RdBu', domain: [-r, r] },
    marks: [Plot.rectX(bands, { x1: 'lo', x2: 'hi', y1: 0, y2: 1, fill: 'lo', inset: 0 })],
  });
}

export function render(d: Derived, { document }: { document: Document }): Element {
  const root = document.createElement('div');
  const panels = document.createElement('div');
  panels.setAttribute('style', 'display: flex; flex-wrap: wrap; justify-content: center; gap: 0.5rem 20px');
  const depth = d.sizes.length - 1;
  const stackName = `Stack of ${depth} layer${depth === 1 ? '' : 's'} (${d.sizes.join('→')})`;
  panels.append(panel(document, d.stack, d, stackName), panel(document, d.single, d, 'One layer: W x + b'));
  const legend = colorKey(document, d.range || 1);
  const numbers = document.createElement('p');
  numbers.setAttribute('style', 'margin: 0.25rem 0 0; text-align: center; font-variant-numeric: tabular-nums');
  const [w1 = 0, w2 = 0] = d.collapsed.W;
  numbers.textContent =
    `W = (${fmt(w1)}, ${fmt(w2)}), b = ${fmt(d.collapsed.b[0]!)}` +
    ` · largest |stack − W x − b| on the grid: ${fmtDiff(d.maxDiff)}`;
  root.append(panels, legend, numbers);
  return root;
}

export function describe(d: Derived, state: State): string {
  const depth = d.sizes.length - 1;
  const [w1 = 0, w2 = 0] = d.collapsed.W;
  const head =
    `Two contour maps over x₁, x₂ from −${EXTENT} to ${EXTENT}: the output of a stack of ${depth} ` +
    `layer${depth === 1 ? '' : 's'} (${d.sizes.join('→')}, random weights, seed ${state.seed}) and of the single layer ` +
    `W x + b their weights multiply to, W = (${fmt(w1)}, ${fmt(w2)}), b = ${fmt(d.collapsed.b[0]!)}.`;
  if (d.between === 'linear') {
    return (
      `${head} With nothing between the layers both maps show the same plane, straight parallel contour lines; ` +
      `the largest difference over the ${GRID}×${GRID} grid is ${fmtDiff(d.maxDiff)}, rounding error.`
    );
  }
  const act = d.between === 'tanh' ? 'tanh' : 'ReLU';
  return depth === 1
    ? `${head} A single layer has nothing between layers, so the ${act} changes nothing: the largest difference is ${fmtDiff(d.maxDiff)}.`
    : `${head} With a ${act} between the layers the stack's contour lines bend and the stack no longer equals W x + b: ` +
        `the largest difference over the grid is ${fmtDiff(d.maxDiff)}.`;
}
