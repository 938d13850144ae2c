/**
 * Computational graph, the view: plain SVG built with the given `document` (so it renders at build
 * time too). Each node is a box with its formula, its value (blue row) and its gradient (orange
 * row, bold once final); each edge an arrow from input to user with its local derivative in a
 * label. The step's arithmetic is written above the graph; the node and edge it concerns are
 * drawn thicker. Text uses currentColor (it follows the theme); colour only marks rows and edges.
 */
import { colors, FIGURE_WIDTH } from '../core/plot-style';
import { BOX_H, FIGURE_HEIGHT, geometry, HEADLINE_Y, MARGIN, ROW_H, textWidth } from './geometry';
import { TARGET_Y } from './expressions';
import type { Derived } from './model';
import { fmt, headlineParts } from './narrate';
export { describe } from './narrate';

const SVG_NS = 'http://www.w3.org/2000/svg';

type Attrs = Record<string, string | number>;

/** Pixels to one decimal: keeps the markup short. */
const r1 = (v: number): number => Math.round(v * 10) / 10;

export function render(d: Derived, { document }: { document: Document }): Element {
  const el = (tag: string, attrs: Attrs, text?: string): SVGElement => {
    const e = document.createElementNS(SVG_NS, tag) as SVGElement;
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const svg = el('svg', {
    xmlns: SVG_NS, width: FIGURE_WIDTH, height: FIGURE_HEIGHT, viewBox: `0 0 ${FIGURE_WIDTH} ${FIGURE_HEIGHT}`,
    'font-family': 'system-ui, sans-serif', 'font-size': 12, fill: 'currentColor',
    // Scroll rather than shrink on a phone: below this width the numbers would be unreadable.
    style: 'min-width: 560px; overflow: visible',
  });
  const { graph: g, snapshot: snap } = d;
  const step = d.steps[d.step]!;

  const { x: nx, y: ny, w: nw, edges: eg, transform } = geometry(d);

  const activeEdge = step.kind === 'edge' ? step.edge : -1;
  const activeNode = step.kind === 'forward' || step.kind === 'seed' ? step.node : step.kind === 'edge' ? g.edges[step.edge]!.from : -1;

  const edgeLayer = el('g', { 'stroke-linecap': 'round' });
  const labelLayer = el('g', { 'font-size': 10.5, 'text-anchor': 'middle' });
  g.edges.forEach((e, k) => {
    const { x1, y1, x2, y2, mx, my, pillW: w } = eg[k]!;
    const forwardNow = step.kind === 'forward' && step.node === e.to;
    const color = k === activeEdge || snap.sent[k] ? colors.orange : forwardNow ? colors.blue : colors.gray;
    const width = k === activeEdge ? 3.5 : forwardNow ? 2.5 : snap.sent[k] ? 2 : 1.25;
    const len = Math.hypot(x2 - x1, y2 - y1);
    const ux = (x2 - x1) / len, uy = (y2 - y1) / len;
    const head = 7 + width;
    edgeLayer.append(el('line', { x1: r1(x1), y1: r1(y1), x2: r1(x2 - ux * head * 0.8), y2: r1(y2 - uy * head * 0.8), stroke: color, 'stroke-width': width }));
    const bx = x2 - ux * head, by = y2 - uy * head, px = -uy * head * 0.45, py = ux * head * 0.45;
    edgeLayer.append(el('path', { d: `M${r1(x2)},${r1(y2)}L${r1(bx + px)},${r1(by + py)}L${r1(bx - px)},${r1(by - py)}Z`, fill: color }));
    if (!snap.known[e.to]) return;
    const text = fmt(e.localGrad);
    const pill = el('g', { transform: `translate(${mx.toFixed(1)},${my.toFixed(1)})` });
    pill.append(
      el('rect', {
        x: r1(-w / 2), y: -8, width: r1(w), height: 16, rx: 8, style: 'fill: var(--sl-color-bg-nav, Canvas)',
        stroke: snap.sent[k] ? colors.orange : colors.gray, 'stroke-width': k === activeEdge ? 2.5 : 1,
      }),
      el('text', { y: 4, 'font-weight': k === activeEdge ? 700 : 400 }, text),
    );
    labelLayer.append(pill);
  });

  const nodeLayer = el('g', { 'text-anchor': 'middle' });
  g.nodes.forEach((n, i) => {
    const W = r1(nw[i]!);
    const active = i === activeNode;
    const box = el('g', { transform: `translate(${nx[i]!.toFixed(1)},${ny[i]!.toFixed(1)})`, ...(active ? { 'data-active': '' } : {}) });
    const grad = snap.grad[i] ?? null;
    const final = grad !== null && (i === g.output || snap.shares[i] === n.uses);
    const ring = active ? (step.kind === 'forward' ? colors.blue : colors.orange) : colors.gray;
    box.append(
      el('rect', { width: W, height: BOX_H, rx: 4, style: 'fill: var(--sl-color-bg-nav, Canvas)' }),
      el('rect', { x: 1, y: BOX_H - 2 * ROW_H, width: W - 2, height: ROW_H, fill: colors.blue, 'fill-opacity': 0.16 }),
      el('rect', { x: 1, y: BOX_H - ROW_H, width: W - 2, height: ROW_H - 1, fill: colors.orange, 'fill-opacity': 0.18 }),
      el('rect', { width: W, height: BOX_H, rx: 4, fill: 'none', stroke: ring, 'stroke-width': active ? 3 : 1.25 }),
      el('text', { x: W / 2, y: 12, 'font-size': 11, 'font-weight': 600 }, n.formula),
    );
    if (snap.known[i]) box.append(el('text', { x: W / 2, y: BOX_H - ROW_H - 4.5 }, fmt(n.data)));
    if (grad !== null) box.append(el('text', { x: W / 2, y: BOX_H - 4.5, 'font-weight': final ? 700 : 400 }, fmt(grad)));
    nodeLayer.append(box);
  });

  const out = g.nodes[g.output]!.name;
  // Legend and headline are centred, so a phone that scrolls the figure to its middle shows them.
  const items: [string | null, string][] = [
    [colors.blue, 'value'],
    [colors.orange, `gradient ∂${out}/∂node, bold when final`],
    ['pill', 'local derivative'],
    ...(d.expr === 'neuron' ? [[null, `target y = ${TARGET_Y}`] as [null, string]] : []),
  ];
  const widths = items.map(([mark, text]) => (mark ? 20 : 0) + textWidth(text, 11));
  let lx = (FIGURE_WIDTH - widths.reduce((s, w) => s + w, 0) - 18 * (items.length - 1)) / 2;
  const legend = el('g', { transform: `translate(0,${FIGURE_HEIGHT - 8})`, 'font-size': 11 });
  items.forEach(([mark, text], k) => {
    if (mark === 'pill') legend.append(el('rect', { x: r1(lx), y: -10, width: 16, height: 12, rx: 6, fill: 'none', stroke: colors.gray }));
    else if (mark) legend.append(el('rect', { x: r1(lx), y: -10, width: 14, height: 12, fill: mark, 'fill-opacity': 0.18, stroke: colors.gray }));
    legend.append(el('text', { x: r1(lx + (mark ? 20 : 0)) }, text));
    lx += widths[k]! + 18;
  });

  const [where, what] = headlineParts(d);
  const whatSize = Math.min(13, (13 * (FIGURE_WIDTH - 2 * MARGIN)) / textWidth(what, 13, true));
  const graphLayer = el('g', { 'data-graph': '', ...(transform ? { transform } : {}) });
  graphLayer.append(edgeLayer, labelLayer, nodeLayer);
  svg.append(
    el('text', { x: FIGURE_WIDTH / 2, y: HEADLINE_Y[0], 'text-anchor': 'middle', 'font-size': 11.5 }, where),
    el('text', { x: FIGURE_WIDTH / 2, y: HEADLINE_Y[1], 'text-anchor': 'middle', 'font-size': r1(whatSize), 'font-weight': 600 }, what),
    graphLayer, legend,
  );
  return svg;
}
