/**
 * Keys for the widgets' figures: a line sample drawn like a series (colour and dash, so colour is
 * never the only cue), and a legend that is also a table of values. They take the `document` they
 * are given, so they render at build time (linkedom) as in the browser.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface SwatchOptions {
  /** SVG stroke-dasharray, e.g. "5 3"; solid when absent. */
  dash?: string | null;
  /** The sample's width in px (10 px high); the line runs from `inset` to `width - inset`. */
  width?: number;
  inset?: number;
  /** The swatch SVG's own style attribute. */
  style?: string;
}

/**
 * A line sample as its own tiny SVG (no scale needed), hidden from assistive tech: the text beside
 * it names the series. Example: `lineSwatch(document, colors.green, { dash: '5 3', width: 24 })`.
 */
export function lineSwatch(
  document: Document, color: string, { dash = null, width = 28, inset = 1, style = 'display: block; overflow: visible;' }: SwatchOptions = {},
): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', '10');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('style', style);
  const line = document.createElementNS(SVG_NS, 'line');
  const attrs = { x1: String(inset), y1: '5', x2: String(width - inset), y2: '5', stroke: color, 'stroke-width': '2.5' };
  for (const [k, v] of Object.entries(attrs)) line.setAttribute(k, v);
  if (dash) line.setAttribute('stroke-dasharray', dash);
  svg.append(line);
  return svg;
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
 * A legend that doubles as a table of values: a swatch drawn like the series, then one cell per
 * column. Cells after the first are numbers, right-aligned in tabular figures.
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
    swatchCell.append(lineSwatch(document, row.color, { dash: row.dash }));
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
