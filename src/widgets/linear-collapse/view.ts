/**
 * Linear collapse, the view: two heatmaps with contour lines, of the same size over the same
 * grid and colour scale, the stack of N layers on the left and the single layer W x + b on the
 * right, with the collapsed W and b and the largest difference written underneath. Straight, parallel, evenly
 * spaced contour lines are what an affine map looks like; an activation between the layers bends them.
 */
import * as Plot from '@observablehq/plot';
import { plotDefaults } from '../core/plot-style';
import { superscript, withMinus } from '../core/format';
import { imageMark, pngDataUrl } from '../core/heatmap';
import { noMemo, type Memo } from '../core/memo';
import { clipToFrame, layered } from '../core/panels';
import { plot } from '../core/plot';
import { EXTENT, GRID, GRID_EXTENT, type Derived, type State } from './model';

const PANEL_WIDTH = 290;
const PANEL_HEIGHT = 260;
/** Size and margins shared by a panel's two layers, so that they line up exactly. */
const FRAME = { width: PANEL_WIDTH, height: PANEL_HEIGHT, marginLeft: 40, marginRight: 10, marginTop: 10, marginBottom: 36 };
/** Contour lines at BANDS − 1 evenly spaced levels strictly inside [−range, range]. */
const BANDS = 10;
const svgStyle = { ...plotDefaults.style, maxWidth: '100%', height: 'auto' };

/** The diverging colour scale both maps and the key share, over [−r, r]. */
const colorScale = (r: number) => ({ type: 'linear', scheme: 'RdBu', domain: [-r, r] }) as const;

/** 256 RGB triples along the colour scale, read once per render instead of once per cell. */
function palette(r: number): Uint8Array {
  const scale = Plot.scale({ color: colorScale(r) });
  const lut = new Uint8Array(256 * 3);
  for (let k = 0; k < 256; k++) {
    const rgb = String(scale.apply(-r + (2 * r * k) / 255)).match(/\d+/g)!.map(Number);
    lut.set(rgb.slice(0, 3), 3 * k);
  }
  return lut;
}

/** The view's cells (the grid without its outer ring) as a PNG coloured by value. */
function heatmap(values: Float64Array, r: number, lut: Uint8Array): string {
  const n = GRID - 2;
  const rgba = new Uint8Array(4 * n * n);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const v = values[(j + 1) * GRID + i + 1]!;
      const k = 3 * Math.max(0, Math.min(255, Math.round(((v + r) / (2 * r)) * 255)));
      const o = 4 * (j * n + i);
      rgba[o] = lut[k]!;
      rgba[o + 1] = lut[k + 1]!;
      rgba[o + 2] = lut[k + 2]!;
      rgba[o + 3] = 255;
    }
  }
  return pngDataUrl(n, n, rgba);
}

/** A number the way the figure prints it: 4 significant digits, trailing zeros dropped, a true minus sign, 0 below 5e-5 in size. Example: `fmt(-1.5)` is '−1.5'. */
export function fmt(v: number): string {
  if (Math.abs(v) < 5e-5) return '0';
  let text = v.toPrecision(4);
  if (text.includes('.') && !text.includes('e')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  return withMinus(text);
}

/** A difference ≥ 0: below 1e-3 as mantissa × power of ten, else 3 significant digits. Example: `fmtDiff(4.440892098500626e-16)` is '4.4 × 10⁻¹⁶'. */
export function fmtDiff(v: number): string {
  if (v === 0) return '0';
  if (v >= 1e-3) return v.toPrecision(3);
  const e = Math.floor(Math.log10(v));
  return `${(v / 10 ** e).toFixed(1)} × 10${superscript(e)}`;
}

function panel(document: Document, values: Float64Array, d: Derived, lut: Uint8Array, caption: string, shape: string, slot: string, memo: Memo): HTMLElement {
  const wrap = document.createElement('div');
  wrap.setAttribute('style', `width: 100%; max-width: ${PANEL_WIDTH}px`);
  // Two lines in both panels (name, then widths), so the maps stay level however long the stack.
  const label = document.createElement('p');
  label.setAttribute('style', 'margin: 0 0 0.25rem; text-align: center; line-height: 1.3');
  const name = document.createElement('strong');
  name.textContent = caption;
  const widths = document.createElement('span');
  widths.setAttribute('style', 'display: block; font-size: 0.8125rem');
  widths.textContent = shape;
  label.append(name, widths);
  const r = d.range > 0 ? d.range : 1;
  // The axes never change: kept by a mounted widget's memo. The maps and contours go on a layer
  // without axes, clipped to the frame by CSS (the contours' grid is one cell wider than the view).
  const axes = memo(`axes-${slot}`, '', () =>
    plot({
      ...FRAME,
      document,
      style: svgStyle,
      x: { domain: [-EXTENT, EXTENT], label: 'x₁', labelAnchor: 'center', labelArrow: 'none', ticks: 5 },
      y: { domain: [-EXTENT, EXTENT], label: 'x₂', labelAnchor: 'center', labelArrow: 'none', ticks: 5 },
      marks: [Plot.frame({ stroke: 'none' })],
    }),
  );
  const maps = plot({
    ...FRAME,
    document,
    style: svgStyle,
    x: { domain: [-EXTENT, EXTENT], axis: null },
    y: { domain: [-EXTENT, EXTENT], axis: null },
    marks: [
      imageMark(heatmap(values, r, lut), -EXTENT, EXTENT, -EXTENT, EXTENT),
      Plot.contour(values, {
        width: GRID, height: GRID, x1: -GRID_EXTENT, x2: GRID_EXTENT, y1: GRID_EXTENT, y2: -GRID_EXTENT, x: null, y: null,
        thresholds: Array.from({ length: BANDS - 1 }, (_, k) => -r + (2 * r * (k + 1)) / BANDS),
        // A fixed dark grey, not currentColor: the heatmap under the lines looks the same in both themes.
        fill: 'none', stroke: '#1e293b', strokeOpacity: 0.5, strokeWidth: 0.8,
      }),
      Plot.frame({ strokeOpacity: 0.4 }),
    ],
  });
  clipToFrame(maps, FRAME);
  const svg = layered(document, [axes, maps]);
  wrap.append(label, svg);
  return wrap;
}

/**
 * The colour key: the scale as a stretched 256 × 1 image with five values under it, in plain
 * HTML (one Plot figure fewer to build on every input).
 */
function colorKey(document: Document, r: number, lut: Uint8Array): Element {
  const rgba = new Uint8Array(4 * 256);
  for (let k = 0; k < 256; k++) {
    rgba.set(lut.subarray(3 * k, 3 * k + 3), 4 * k);
    rgba[4 * k + 3] = 255;
  }
  const key = document.createElement('div');
  key.setAttribute('style', 'width: 100%; max-width: 260px; margin: 0.5rem auto 0; font-size: 12px; text-align: center');
  const bar = document.createElement('img');
  bar.setAttribute('src', pngDataUrl(256, 1, rgba));
  bar.setAttribute('alt', '');
  bar.setAttribute('style', 'display: block; width: 100%; height: 12px; margin: 0');
  const ticks = document.createElement('div');
  ticks.setAttribute('style', 'position: relative; height: 1.3em; font-variant-numeric: tabular-nums');
  for (let k = 0; k <= 4; k++) {
    const tick = document.createElement('span');
    tick.setAttribute('style', `position: absolute; left: ${25 * k}%; transform: translateX(-50%)`);
    tick.textContent = fmt(-r + (r * k) / 2);
    ticks.append(tick);
  }
  const label = document.createElement('div');
  label.textContent = 'output y';
  key.append(bar, ticks, label);
  return key;
}

/** The two maps, the colour key and the printed W, b and difference, as one element (any DOM `document`). Example: `render(derive(state), { document })`. */
export function render(d: Derived, { document, memo = noMemo }: { document: Document; memo?: Memo }): Element {
  const root = document.createElement('div');
  const r = d.range > 0 ? d.range : 1;
  const lut = palette(r);
  const panels = document.createElement('div');
  // Side by side when both fit (about 600 px), stacked on a phone; the SVGs scale down, never up.
  panels.setAttribute('style', 'display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 250px), 1fr)); justify-items: center; gap: 0.5rem 16px');
  const depth = d.sizes.length - 1;
  const stackName = `Stack of ${depth} layer${depth === 1 ? '' : 's'}`;
  panels.append(
    panel(document, d.stack, d, lut, stackName, d.sizes.join('→'), 'stack', memo),
    panel(document, d.single, d, lut, 'One layer: W x + b', `2→1, collapsed from ${depth}`, 'single', memo),
  );
  const legend = colorKey(document, r, lut);
  const numbers = document.createElement('p');
  numbers.setAttribute('style', 'margin: 0.25rem 0 0; text-align: center; font-variant-numeric: tabular-nums');
  const [w1 = 0, w2 = 0] = d.collapsed.W;
  numbers.textContent =
    `W = (${fmt(w1)}, ${fmt(w2)}), b = ${fmt(d.collapsed.b[0]!)}` +
    ` · largest |stack − W x − b| on the grid: ${fmtDiff(d.maxDiff)}`;
  root.append(panels, legend, numbers);
  return root;
}

/** The text alternative: what both maps show, W and b, and the largest difference. Example: `describe(derive(state), state)`. */
export function describe(d: Derived, state: State): string {
  const depth = d.sizes.length - 1;
  const [w1 = 0, w2 = 0] = d.collapsed.W;
  const head =
    `Two heatmaps with contour lines over x₁, x₂ from −${EXTENT} to ${EXTENT}: the output of a stack of ${depth} ` +
    `layer${depth === 1 ? '' : 's'} (${d.sizes.join('→')}, random weights, seed ${state.seed}) and of the single layer ` +
    `W x + b their weights multiply to, W = (${fmt(w1)}, ${fmt(w2)}), b = ${fmt(d.collapsed.b[0]!)}.`;
  if (d.between === 'linear') {
    return (
      `${head} With nothing between the layers both maps show the same plane, straight parallel contour lines; ` +
      `the largest difference over a grid of ${GRID * GRID} inputs is ${fmtDiff(d.maxDiff)}, rounding error.`
    );
  }
  const act = d.between === 'tanh' ? 'tanh' : 'ReLU';
  return depth === 1
    ? `${head} A single layer has nothing between layers, so the ${act} changes nothing: the largest difference is ${fmtDiff(d.maxDiff)}.`
    : `${head} With a ${act} between the layers the stack's contour lines bend and the stack no longer equals W x + b: ` +
        `the largest difference over the grid is ${fmtDiff(d.maxDiff)}.`;
}
