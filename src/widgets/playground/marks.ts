/**
 * Playground, small drawing pieces: the training points as one SVG path per class (a Plot
 * render-function mark), and the key's line and marker samples. No state; they take the page's
 * document (or linkedom's at build time).
 */
import { colors } from '../core/plot-style';
import { EXTENT, type Point } from './model';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The training points of one class as a single SVG path (a Plot render-function mark): one
 * element instead of hundreds keeps each frame's render and DOM swap cheap. Points outside the
 * view are left out. Example: `marks: [pointsMark(d.points, 1, colors.blue)]`.
 */
export function pointsMark(points: readonly Point[], label: 0 | 1, fill: string) {
  return (_i: unknown, scales: { x?: (v: number) => number; y?: (v: number) => number }, _v: unknown, _d: unknown, context: { document: Document }) => {
    const r = 3.2;
    let d = '';
    for (const pt of points) {
      if (pt.label !== label || Math.abs(pt.x1) > EXTENT || Math.abs(pt.x2) > EXTENT) continue;
      const x = scales.x!(pt.x1);
      const y = scales.y!(pt.x2);
      d += label === 1
        ? `M${(x + r).toFixed(1)},${y.toFixed(1)}a${r},${r} 0 1,1 ${-2 * r},0a${r},${r} 0 1,1 ${2 * r},0z`
        : `M${(x - r + 0.4).toFixed(1)},${(y - r + 0.4).toFixed(1)}h${2 * r - 0.8}v${2 * r - 0.8}h${-2 * r + 0.8}z`;
    }
    const path = context.document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', d);
    path.setAttribute('fill', fill);
    path.setAttribute('stroke', 'currentColor');
    path.setAttribute('stroke-width', '0.6');
    return path;
  };
}

/** A 24 px line sample for the key, drawn as its own tiny SVG so it needs no scale. Example: `swatch(document, colors.green, '5 3')`. */
export function swatch(document: Document, color: string, dash: string | null): Element {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', '24');
  svg.setAttribute('height', '10');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('style', 'vertical-align: middle; margin-right: 0.25rem');
  const line = document.createElementNS(SVG_NS, 'line');
  for (const [k, v] of Object.entries({ x1: '0', y1: '5', x2: '24', y2: '5', stroke: color, 'stroke-width': '2.5' })) line.setAttribute(k, v);
  if (dash) line.setAttribute('stroke-dasharray', dash);
  svg.append(line);
  return svg;
}

/** A class's marker for the key: a blue circle (class 1) or an orange square (class 0), as on the map. Example: `marker(document, 1)`. */
export function marker(document: Document, label: 0 | 1): Element {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', '12');
  svg.setAttribute('height', '12');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('style', 'vertical-align: middle; margin-right: 0.25rem');
  const shape = document.createElementNS(SVG_NS, label === 1 ? 'circle' : 'rect');
  const attrs = label === 1 ? { cx: '6', cy: '6', r: '4', fill: colors.blue } : { x: '2', y: '2', width: '8', height: '8', fill: colors.orange };
  for (const [k, v] of Object.entries({ ...attrs, stroke: 'currentColor', 'stroke-width': '0.8' })) shape.setAttribute(k, v);
  svg.append(shape);
  return svg;
}

/**
 * Removes the aria-label and aria-description Plot puts on each mark's group ("dot", "line",
 * "frame", axes): axe reports them as prohibited ARIA (serious) on elements without a role, and
 * they add nothing here, where the whole figure is one role="img" with a text description.
 * Returns the element. Example: `unlabelMarks(Plot.plot({ ... }))`.
 */
export function unlabelMarks<E extends Element>(root: E): E {
  for (const el of root.querySelectorAll('[aria-label], [aria-description]')) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  return root;
}
