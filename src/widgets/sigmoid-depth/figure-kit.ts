/**
 * Small pieces the activation widgets share (sigmoid-depth, tanh-vs-sigmoid, relu-family): a grid
 * of panels that sits side by side on a wide column and stacks on a phone, a legend that is also a
 * table of the values at the reader's point, and number formatting. They take the `document` they
 * are given, so they render at build time (linkedom) as in the browser. They belong in `core/` once
 * a second author needs them; until then they live with the first widget that used them.
 */

import * as Plot from '@observablehq/plot';

/**
 * `Plot.plot(options)` made cheap to insert and quiet for screen readers:
 * - without the `<style>` element Plot puts in every SVG (its rules, display block, max-width
 *   100%, height auto, go inline instead): inserting a stylesheet makes the browser recompute the
 *   style of the whole page, which on a chapter page costs more than drawing the figure;
 * - without the aria-label and aria-description Plot puts on its groups ("rule", "x-axis tick",
 *   ...): the figure's container is one `role="img"` with the widget's title and a live text
 *   description, and axe reports an aria-label on a `<g>`, which has no role that allows one, as a
 *   serious violation (aria-prohibited-attr).
 * Example: `plot({ document, marks: [Plot.ruleY([0])] })` is an SVG with no `<style>` and no aria-label inside.
 */
export function plot(options: Plot.PlotOptions): Element {
  const svg = Plot.plot(options);
  appendStyle(svg, 'display: block; max-width: 100%; height: auto;');
  // Plot puts both on the SVG's direct children (one <g> per mark, and the <style>): no deep search.
  for (const child of [...svg.children]) {
    if (child.tagName.toLowerCase() === 'style') child.remove();
    child.removeAttribute('aria-label');
    child.removeAttribute('aria-description');
  }
  return svg;
}

/**
 * Adds declarations to an element's style attribute. The attribute may end without a semicolon
 * (linkedom writes Plot's inline styles that way), so one is put between.
 * Example: on `style="overflow:visible"`, `appendStyle(el, 'position: absolute;')` gives
 * `style="overflow:visible; position: absolute;"`.
 */
export function appendStyle(el: Element, declarations: string): void {
  const style = (el.getAttribute('style') ?? '').trim();
  el.setAttribute('style', style === '' ? declarations : `${style.replace(/;?$/, ';')} ${declarations}`);
}

/** The minus sign (U+2212), as the chapters typeset negative numbers. */
const MINUS = '\u2212';
const SUPERSCRIPT: Record<string, string> = {
  '-': '\u207b', '0': '\u2070', '1': '\u00b9', '2': '\u00b2', '3': '\u00b3', '4': '\u2074',
  '5': '\u2075', '6': '\u2076', '7': '\u2077', '8': '\u2078', '9': '\u2079',
};

/** An integer exponent in superscript digits: `superscript(-12)` is "⁻¹²". */
export function superscript(k: number): string {
  return String(k).replace(/[-0-9]/g, (c) => SUPERSCRIPT[c]!);
}

/**
 * A number with `digits` significant digits, trailing zeros dropped, a true minus sign, and powers
 * of ten for magnitudes below 1e-3 or from 1e4 on. `style: 'text'` writes the power as "× 10^-5"
 * (for the text description), `'figure'` as "× 10⁻⁵".
 * Example: `formatNumber(-0.15865)` is "−0.1587"; `formatNumber(1.2759e-5)` is "1.276 × 10⁻⁵".
 */
export function formatNumber(v: number, { digits = 4, style = 'figure' }: { digits?: number; style?: 'figure' | 'text' } = {}): string {
  if (v === 0 || Object.is(v, -0)) return '0';
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? '∞' : `${MINUS}∞`;
  const a = Math.abs(v);
  let body: string;
  if (a >= 1e-3 && a < 1e4) {
    body = trimZeros(a.toPrecision(digits));
  } else {
    const [mantissa, exponent] = a.toExponential(digits - 1).split('e') as [string, string];
    const k = Number(exponent);
    body = `${trimZeros(mantissa)} × 10${style === 'figure' ? superscript(k) : `^${k}`}`;
  }
  return v < 0 ? `${MINUS}${body}` : body;
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/**
 * A grid of panels: as many columns of at least `minColumn` px as fit, each panel scaled down to
 * its column (Plot's SVGs keep `max-width: 100%`), one column on a phone.
 * Example: `panelGrid(document, [fPlot, gradPlot])` puts two 320 px panels side by side in a
 * 600 px column and one above the other at 320 px.
 */
export function panelGrid(document: Document, children: Element[], minColumn = 280): HTMLDivElement {
  const grid = document.createElement('div');
  grid.setAttribute(
    'style',
    `display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, ${minColumn}px), 1fr)); ` +
      'gap: 0.5rem 1rem; align-items: center; justify-items: center;',
  );
  grid.append(...children);
  return grid;
}

/**
 * One line of a legend table: how its series is drawn, and the cells that follow the swatch.
 * Example: `{ color: colors.blue, dash: '5 3', cells: ['σ at z = 2', '0.105'] }`.
 */
export interface LegendRow {
  color: string;
  /** SVG stroke-dasharray, e.g. "5 3"; solid when absent. */
  dash?: string;
  cells: string[];
}

/**
 * A legend that doubles as a table of values: a swatch drawn like the series (colour and dash, so
 * colour is never the only cue), then one cell per column. Cells after the first are numbers,
 * right-aligned in tabular figures.
 * Example: `legendTable(document, ['series', 'value'], [{ color: colors.blue, cells: ['σ(x)', '0.8808'] }])`.
 */
export function legendTable(document: Document, head: string[], rows: LegendRow[]): HTMLTableElement {
  const table = document.createElement('table');
  table.setAttribute(
    'style',
    'border-collapse: collapse; font-size: 12px; line-height: 1.35; margin: 0.25rem auto 0; font-variant-numeric: tabular-nums;',
  );
  const cellStyle = (i: number) => `padding: 0.1rem 0.5rem; text-align: ${i === 0 ? 'left' : 'right'}; white-space: nowrap;`;
  const headRow = document.createElement('tr');
  for (const [i, text] of ['', ...head].entries()) {
    const th = document.createElement('th');
    th.setAttribute('style', `${cellStyle(Math.max(0, i - 1))} font-weight: 600;`);
    th.textContent = text;
    headRow.append(th);
  }
  const thead = document.createElement('thead');
  thead.append(headRow);
  const tbody = document.createElement('tbody');
  for (const row of rows) {
    const tr = document.createElement('tr');
    const swatchCell = document.createElement('td');
    swatchCell.setAttribute('style', 'padding: 0 0 0 0.25rem;');
    swatchCell.append(swatch(document, row));
    tr.append(swatchCell);
    for (const [i, text] of row.cells.entries()) {
      const td = document.createElement('td');
      td.setAttribute('style', cellStyle(i));
      td.textContent = text;
      tr.append(td);
    }
    tbody.append(tr);
  }
  table.append(thead, tbody);
  return table;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function swatch(document: Document, { color, dash }: LegendRow): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', '28');
  svg.setAttribute('height', '10');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('style', 'display: block; overflow: visible;');
  const line = document.createElementNS(SVG_NS, 'line');
  for (const [k, v] of Object.entries({ x1: '1', y1: '5', x2: '27', y2: '5', stroke: color, 'stroke-width': '2.5' })) line.setAttribute(k, v);
  if (dash) line.setAttribute('stroke-dasharray', dash);
  svg.append(line);
  return svg;
}

/**
 * Returns `make()`'s result, or the one kept from the last call in the same `slot` when `key` is
 * unchanged. The pure `noMemo` (build time, tests) always makes; a mounted widget passes its own
 * `createMemo()`, so moving one control rebuilds only the layers that depend on it.
 * Example: `memo('samples', String(spread), () => drawSamples(spread))`.
 */
export type Memo = <T>(slot: string, key: string, make: () => T) => T;

/** A Memo that keeps nothing. Example: `noMemo('a', 'k', () => 1)` is 1, computed every time. */
export const noMemo: Memo = (_slot, _key, make) => make();

/**
 * A Memo for one widget instance: one remembered value per slot (the last key wins).
 * Example: `const memo = createMemo(); memo('s', 'k', f); memo('s', 'k', f)` calls f once.
 */
export function createMemo(): Memo {
  const kept = new Map<string, { key: string; value: unknown }>();
  return <T>(slot: string, key: string, make: () => T): T => {
    const hit = kept.get(slot);
    if (hit && hit.key === key) return hit.value as T;
    const value = make();
    kept.set(slot, { key, value });
    return value;
  };
}

const STRETCH = 'position: absolute; inset: 0; width: 100%; height: 100%; pointer-events: none;';

/**
 * Same-size Plot SVGs drawn on top of each other: the first sets the size and keeps the axes,
 * the others (axes off, identical margins and scales) are stretched over it. Lets the expensive
 * static layer be reused while a cheap layer with the reader's point is redrawn.
 * Example: `layered(document, [curvesWithAxes, pointAndRule])`.
 */
export function layered(document: Document, layers: Element[]): HTMLDivElement {
  const box = document.createElement('div');
  box.setAttribute('style', 'position: relative; max-width: 100%;');
  for (const [i, layer] of layers.entries()) {
    // A kept layer arrives already stretched: style it once.
    if (i > 0 && !(layer.getAttribute('style') ?? '').includes(STRETCH)) appendStyle(layer, STRETCH);
    box.append(layer);
  }
  return box;
}
