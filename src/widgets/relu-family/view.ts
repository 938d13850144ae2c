/**
 * The ReLU family, the view: the functions on the left and their derivatives on the right, the
 * reader's x marked in both, and a legend table of each function's value and slope at x. Each
 * function has its own colour and dash; ReLU6 is drawn as a wide pale band under ReLU, which it
 * equals below 6.
 */
import * as Plot from '@observablehq/plot';
import { colors, plotDefaults } from '../core/plot-style';
import { formatNumber, legendTable, panelGrid } from '../sigmoid-depth/figure-kit';
import { X_MAX, X_MIN, type Derived, type FamilyName, type Member, type State } from './model';

const PANEL_WIDTH = 320;
const PANEL_HEIGHT = 280;

interface Look {
  color: string;
  dash?: string;
  width: number;
  opacity: number;
}

const look: Record<FamilyName, Look> = {
  relu6: { color: colors.gray, width: 6, opacity: 0.55 },
  softplus: { color: colors.red, dash: '8 3 2 3', width: 2, opacity: 1 },
  gelu: { color: colors.purple, width: 2, opacity: 1 },
  silu: { color: colors.orange, dash: '2 2', width: 2.5, opacity: 1 },
  elu: { color: colors.green, width: 2, opacity: 1 },
  leakyRelu: { color: colors.blue, dash: '6 3', width: 2, opacity: 1 },
  relu: { color: 'currentColor', width: 2, opacity: 1 },
};
/** Drawing order: the wide ReLU6 band first, ReLU last, on top. */
const ORDER = Object.keys(look) as FamilyName[];

function panel(d: Derived, which: 'f' | 'df', document: Document): Element {
  const members = ORDER.flatMap((name) => d.members.filter((m) => m.name === name));
  const at = (m: Member) => (which === 'f' ? m.value : m.slope);
  return Plot.plot({
    ...plotDefaults,
    document,
    width: PANEL_WIDTH,
    height: PANEL_HEIGHT,
    marginLeft: 36,
    marginRight: 10,
    x: { domain: [X_MIN, X_MAX], label: 'x', ticks: [-4, -2, 0, 2, 4, 6], labelAnchor: 'right' },
    y:
      which === 'f'
        ? { domain: [-1.2, 7], label: '↑ f(x)', grid: true, ticks: [-1, 0, 2, 4, 6] }
        : { domain: [-0.2, 1.2], label: '↑ f′(x)', grid: true, ticks: [0, 0.5, 1] },
    marks: [
      Plot.ruleY([0]),
      Plot.ruleX([d.x], { stroke: colors.gray, strokeDasharray: '2 3' }),
      ...members.map((m) => {
        const { color, dash, width, opacity } = look[m.name];
        return Plot.line(m[which], { x: 'x', y: 'y', stroke: color, strokeWidth: width, strokeOpacity: opacity, strokeDasharray: dash });
      }),
      ...members.map((m) =>
        Plot.dot([{ x: d.x, y: at(m) }], { x: 'x', y: 'y', r: 4, fill: look[m.name].color, stroke: 'white', strokeWidth: 1 }),
      ),
    ],
  });
}

/** The x with one decimal and a true minus sign. */
const xText = (x: number): string => x.toFixed(1).replace('-', '\u2212');

/** Both panels and the legend table of values at x. */
export function render(d: Derived, { document }: { document: Document }): Element {
  const x = xText(d.x);
  const rows = d.members.map((m) => ({
    color: look[m.name].color,
    dash: look[m.name].dash,
    cells: [m.label, formatNumber(m.value), formatNumber(m.slope)],
  }));
  const table = legendTable(document, ['function', `f(${x})`, `f′(${x})`], rows);
  table.setAttribute('style', `${table.getAttribute('style')} grid-column: 1 / -1;`);
  return panelGrid(document, [panel(d, 'f', document), panel(d, 'df', document), table]);
}

/** The text alternative: what is drawn, and every shown function's value and slope at x. */
export function describe(d: Derived, state: State): string {
  const x = xText(state.x);
  const head = `ReLU-family activations (left) and their derivatives (right) for x from −4 to 7.`;
  if (d.members.length === 0) return `${head} No function is selected: tick one to draw it.`;
  const values = d.members
    .map((m) => `${m.label}: ${formatNumber(m.value, { style: 'text' })}, slope ${formatNumber(m.slope, { style: 'text' })}`)
    .join('; ');
  const cornerNames = d.members.filter((m) => m.name === 'relu' || m.name === 'leakyRelu' || m.name === 'relu6').map((m) => m.name);
  const atCorner = (state.x === 0 && cornerNames.length > 0) || (state.x === 6 && cornerNames.includes('relu6'));
  const corner = atCorner
    ? ' x is at a corner, where the derivative does not exist: the slopes shown follow the kernel\'s conventions (ReLU′(0) = 0, Leaky ReLU′(0) = α, ReLU6′(0) = ReLU6′(6) = 0).'
    : '';
  return `${head} At x = ${x}: ${values}.${corner}`;
}
