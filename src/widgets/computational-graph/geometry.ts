/**
 * Where everything goes, in SVG pixels, from the layered layout: each column as wide as its
 * widest text, each gap between columns as wide as the widest local-derivative label in it, the
 * spare width shared by the gaps, rows centred between the headline and the legend. Widths come
 * from every string a node will show over both passes (not just this step's), so the boxes keep
 * their size while the reader steps. Text widths are estimated from per-character advances,
 * slightly generous, since the build has no font metrics.
 */
import { FIGURE_WIDTH } from '../core/plot-style';
import type { Derived } from './model';
import { fmt } from './narrate';

export const FIGURE_HEIGHT = 300;
export const BOX_H = 50;
export const ROW_H = 17;
export const MARGIN = 4;
/** Baselines of the headline's two lines. */
export const HEADLINE_Y = [15, 34] as const;
const TOP = 46;
const BOTTOM = FIGURE_HEIGHT - 28;
const PORT_SPACING = 9;
const MIN_BOX_W = 48;
const MIN_GAP = 22;
const MAX_GAP = 90;
const PILL_FONT = 10.5;

/**
 * Estimated width of `text` in a sans-serif font of `size` px, in em per character class (the
 * widths of DejaVu Sans, wider than most system fonts, so text fits where the font is narrower).
 * Example: textWidth('−0.4230', 12) is about 45.
 */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) em += advance(text.charCodeAt(i));
  return em * size * (bold ? 1.1 : 1);
}

function advance(c: number): number {
  if (c >= 48 && c <= 57) return 0.64; // digits
  if (c === 46 || c === 44 || c === 58 || c === 59 || c === 32 || c === 0xb7) return 0.32; // . , : ; space ·
  if (c >= 0x2080 && c <= 0x2089) return 0.42; // subscript digits
  if (c === 0x2212 || c === 43 || c === 61 || c === 0xd7 || c === 0xb2 || c === 0x2192) return 0.84; // − + = × ² →
  if (c >= 0x300 && c <= 0x36f) return 0; // combining marks (the bar of x̄)
  return 0.62;
}

export interface EdgeGeometry {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** The local-derivative label's centre and width. */
  mx: number;
  my: number;
  pillW: number;
}

export interface Geometry {
  /** Top-left corner and width of each node's box (all BOX_H tall). */
  x: number[];
  y: number[];
  w: number[];
  edges: EdgeGeometry[];
  /** 1, or less when the graph is wider than the figure and is drawn smaller. */
  scale: number;
  /** The SVG transform that applies `scale` (empty when it is 1). */
  transform: string;
}

export function pillWidth(localGrad: number): number {
  return textWidth(fmt(localGrad), PILL_FONT) + 9;
}

export function geometry(d: Derived): Geometry {
  const { graph: g, layout } = d;
  const need = g.nodes.map((n) => Math.max(textWidth(n.formula, 11, true), textWidth(fmt(n.data), 12), textWidth('0', 12, true)));
  // Every gradient a node shows: each partial sum, the last being the final one.
  const grad = g.nodes.map((_, i): number => (i === g.output ? 1 : 0));
  for (const st of d.steps) {
    if (st.kind !== 'edge') continue;
    const e = g.edges[st.edge]!;
    grad[e.from] = grad[e.from]! + e.localGrad * grad[e.to]!;
    need[e.from] = Math.max(need[e.from]!, textWidth(fmt(grad[e.from]!), 12, true));
  }
  const colW = Array.from({ length: layout.cols }, () => MIN_BOX_W);
  need.forEach((w, i) => (colW[layout.col[i]!] = Math.max(colW[layout.col[i]!]!, w + 10)));
  const gap = Array.from({ length: layout.cols - 1 }, () => MIN_GAP);
  g.edges.forEach((e) => {
    const c = layout.col[e.from]!;
    if (layout.col[e.to] === c + 1) gap[c] = Math.max(gap[c]!, pillWidth(e.localGrad) + 8);
  });
  const used = colW.reduce((s, w) => s + w, 0) + gap.reduce((s, w) => s + w, 0);
  const spare = FIGURE_WIDTH - 2 * MARGIN - used;
  const widened = gap.map((w) => Math.min(MAX_GAP, w + Math.max(0, spare) / Math.max(1, gap.length)));
  const total = colW.reduce((s, w) => s + w, 0) + widened.reduce((s, w) => s + w, 0);
  // Values far from 1 (sliders at their ends) can make the graph wider than the figure: then it is
  // drawn smaller, rather than cut off or overlapped.
  const scale = Math.min(1, (FIGURE_WIDTH - 2 * MARGIN) / total);
  const colX: number[] = [];
  let cursor = Math.max(MARGIN, (FIGURE_WIDTH - total) / 2);
  colW.forEach((w, c) => {
    colX.push(cursor);
    cursor += w + (widened[c] ?? 0);
  });

  const band = BOTTOM - TOP;
  const pitch = layout.rowSpan > 0 ? Math.min(110, (band - BOX_H) / layout.rowSpan) : 0;
  const y0 = TOP + (band - (layout.rowSpan * pitch + BOX_H)) / 2;
  const x = g.nodes.map((_, i) => colX[layout.col[i]!]!);
  const w = g.nodes.map((_, i) => colW[layout.col[i]!]!);
  const y = g.nodes.map((_, i) => y0 + layout.row[i]! * pitch);

  // Ports: edges leave a node's right side in the order of their users' rows, and arrive on the
  // user's left side by input slot, so no two edges share an end.
  const outPort = g.edges.map(() => 0);
  g.nodes.forEach((n) => {
    const out = g.edges.map((e, k) => ({ e, k })).filter(({ e }) => e.from === n.id).sort((p, q) => y[p.e.to]! - y[q.e.to]!);
    out.forEach(({ k }, j) => (outPort[k] = (j - (out.length - 1) / 2) * PORT_SPACING));
  });
  const edges = g.edges.map((e, k) => {
    const slots = g.nodes[e.to]!.inputs.length;
    const x1 = x[e.from]! + w[e.from]!, y1 = y[e.from]! + BOX_H / 2 + outPort[k]!;
    const x2 = x[e.to]! - 1, y2 = y[e.to]! + BOX_H / 2 + (e.slot - (slots - 1) / 2) * PORT_SPACING;
    return { x1, y1, x2, y2, mx: (x1 + x2) / 2, my: (y1 + y2) / 2, pillW: pillWidth(e.localGrad) };
  });
  const transform = scale < 1 ? `translate(${(MARGIN * (1 - scale)).toFixed(2)},${(((TOP + BOTTOM) / 2) * (1 - scale)).toFixed(2)}) scale(${scale.toFixed(4)})` : '';
  return { x, y, w, edges, scale, transform };
}
