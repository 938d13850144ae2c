/**
 * Playground, small drawing pieces: the training points as one SVG path per class (a Plot
 * render-function mark), and the key's class markers. No state; they take the page's
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
