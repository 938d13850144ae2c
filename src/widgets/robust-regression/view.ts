/**
 * Robust regression, the view: the points, the moving one ringed, and the three fitted lines
 * (MSE solid orange, MAE dashed green, Huber dotted blue) over fixed axes, so a line visibly swings
 * as the point moves; below, a legend with each line's equation.
 */
import * as Plot from '@observablehq/plot';
import { el } from '../core/dom';
import { plot as quietPlot } from '../core/plot';
import { colors, plotDefaults } from '../core/plot-style';
import { formatLine, X_DOMAIN, Y_DOMAIN, type Derived, type FitName, type State } from './model';

const STYLE: Record<FitName, { name: string; color: string; dash: string | undefined; css: string }> = {
  mse: { name: 'MSE', color: colors.orange, dash: undefined, css: 'solid' },
  mae: { name: 'MAE', color: colors.green, dash: '8 5', css: 'dashed' },
  huber: { name: 'Huber', color: colors.blue, dash: '2 4', css: 'dotted' },
};
const ORDER: FitName[] = ['mse', 'mae', 'huber'];

/** Narrower than the shared figure width, so that its text stays readable when it shrinks to a 390 px phone. */
export const PLOT_WIDTH = 400;
export const PLOT_HEIGHT = 340;

function fitName(d: Derived, f: FitName): string {
  return f === 'huber' ? `Huber (δ = ${d.delta})` : STYLE[f].name;
}

export function render(d: Derived, { document }: { document: Document }): Element {
  const [x0, x1] = X_DOMAIN;
  const lines = ORDER.map((f) => {
    const { slope, intercept } = d.fits[f];
    return Plot.line([x0, x1].map((x) => ({ x, y: slope * x + intercept })), {
      x: 'x', y: 'y', stroke: STYLE[f].color, strokeWidth: 2.5, strokeDasharray: STYLE[f].dash, clip: true,
    });
  });
  const moving = d.points.filter((p) => p.moving);
  const plot = quietPlot({
    ...plotDefaults,
    document,
    width: PLOT_WIDTH,
    height: PLOT_HEIGHT,
    marginTop: 12,
    x: { domain: [...X_DOMAIN], label: 'x', labelAnchor: 'center' },
    y: { domain: [...Y_DOMAIN], label: null, grid: true },
    marks: [
      Plot.ruleY([0]),
      ...lines,
      Plot.dot(d.points.filter((p) => !p.moving), { x: 'x', y: 'y', r: 4, fill: 'currentColor' }),
      Plot.dot(moving, { x: 'x', y: 'y', r: 6, fill: colors.purple, stroke: 'currentColor', strokeWidth: 1.5 }),
      // The label goes to the side with room, so it never leaves the plot.
      Plot.text(moving, {
        x: 'x', y: 'y', dx: moving[0]!.x > 6 ? -10 : 10, textAnchor: moving[0]!.x > 6 ? 'end' : 'start',
        fill: 'currentColor', fontWeight: 600,
        text: (p: { x: number; y: number }) => `(${p.x}, ${p.y})`,
      }),
    ],
  });
  // The figure's text alternative is the description; the SVG's parts are not separate content.
  plot.setAttribute('aria-hidden', 'true');
  const legend = el(document, 'ul', 'rr-legend');
  for (const f of ORDER) {
    const item = el(document, 'li', 'rr-key');
    const swatch = el(document, 'span', 'rr-swatch');
    swatch.setAttribute('style', `border-top: 3px ${STYLE[f].css} ${STYLE[f].color}`);
    item.append(swatch, `${fitName(d, f)}: ${formatLine(d.fits[f])}`);
    legend.append(item);
  }
  const root = el(document, 'div', 'rr');
  root.append(plot, legend);
  return root;
}

export function describe(d: Derived, state: State): string {
  const others =
    state.data === 'chapter' ? 'seven points on y = x at x = 1, …, 7' : 'twenty points near y = x for x from 1 to 8 (noise 0.5)';
  const fits = ORDER.map((f) => `${fitName(d, f)} ${formatLine(d.fits[f])}`).join('; ');
  const r = Math.abs(d.movingResidual);
  const pull = d.capped
    ? `The moving point is ${r.toFixed(2)} from the Huber line, beyond δ, so its Huber pull is capped at δ and no longer grows with its distance.`
    : `The moving point is ${r.toFixed(2)} from the Huber line, within δ, where Huber behaves like MSE.`;
  return `Straight lines fitted to ${others} and a moving point at (${state.ox}, ${state.oy}). Fitted lines: ${fits}. ${pull}`;
}
