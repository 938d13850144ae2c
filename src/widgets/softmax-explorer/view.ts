/**
 * Softmax explorer, the view: two bar charts side by side (they wrap one under the other on a
 * phone), the naive formula on the left and the stable one on the right, each probability written
 * at the end of its row; a failed naive computation shows "NaN" in place of the bar. Below them
 * the naive sum of weights and, for two classes, s₁ beside σ((z₁ − z₂)/T).
 */
import * as Plot from '@observablehq/plot';
import { el } from '../core/dom';
import { colors } from '../core/plot-style';
import { formatValue } from '../core/format';
import { plot } from '../core/plot';

/** A logit, a sum or a difference: trailing zeros dropped, e.g. \"11.21\", \"−745\", \"∞\". */
const formatTrimmed = (v: number): string => formatValue(v, true);
import type { Derived, State } from './model';

/** Each panel's size: two fit side by side in the content column, one fits a 390 px phone. */
export const PANEL_WIDTH = 280;
export const PANEL_HEIGHT = 200;

function bars(
  document: Document, names: string[], p: number[], color: string, nanNote: string,
): SVGSVGElement | HTMLElement {
  const rows = names.map((name, i) => ({ name, p: p[i]!, label: formatValue(p[i]!) }));
  const failed = rows.filter((r) => Number.isNaN(r.p));
  const svg = plot({
    document,
    width: PANEL_WIDTH,
    height: PANEL_HEIGHT,
    marginLeft: 36,
    marginRight: 80,
    marginTop: 8,
    marginBottom: 32,
    style: { background: 'transparent', fontSize: '12px', overflow: 'visible' },
    x: { domain: [0, 1], ticks: [0, 0.5, 1], label: 'probability', labelAnchor: 'center', grid: true },
    y: { domain: names, label: null, padding: 0.2, tickSize: 0 },
    marks: [
      // A failed row: a faint red band where the bar would be, and NaN written across it.
      Plot.barX(failed, { y: 'name', x1: 0, x2: 1, fill: colors.red, fillOpacity: 0.12 }),
      Plot.barX(rows.filter((r) => Number.isFinite(r.p)), { y: 'name', x: 'p', fill: color }),
      Plot.text(failed, {
        y: 'name', x: 0.5, text: () => `NaN ${nanNote}`, fill: colors.red, fontWeight: 700, fontSize: 15, className: 'sme-nan',
      }),
      Plot.text(rows.filter((r) => !Number.isNaN(r.p)), {
        y: 'name', x: 1, dx: 8, textAnchor: 'start', text: 'label', fill: 'currentColor', fontVariant: 'tabular-nums',
      }),
      Plot.text(failed, {
        y: 'name', x: 1, dx: 8, textAnchor: 'start', text: 'label', fill: colors.red, fontWeight: 700, className: 'sme-nan',
      }),
      Plot.ruleX([0]),
    ],
  });
  // The figure's text alternative is the description; the SVG's parts are not separate content.
  svg.setAttribute('aria-hidden', 'true');
  return svg;
}

function naiveStatus(d: Derived): string {
  if (d.naiveFailure === 'overflow') return `Σ e^(z/T) = ∞: e^(z/T) overflowed (any z/T above 709.78), and ∞/∞ = NaN.`;
  if (d.naiveFailure === 'underflow') return 'Σ e^(z/T) = 0: every e^(z/T) underflowed (all z/T below −745.13), and 0/0 = NaN.';
  if (d.naiveFailure === 'subnormal') {
    return `Σ e^(z/T) = ${formatTrimmed(d.naiveSum)}: every e^(z/T) is subnormal (below 2.2×10⁻³⁰⁸) and keeps only a few digits, so the naive result is wrong without being NaN.`;
  }
  return `Σ e^(z/T) = ${formatTrimmed(d.naiveSum)}.`;
}

function twoClassNote(d: Derived): string {
  if (d.sigmoidOfDifference === null) return 'Choose 2 classes to compare s₁ with σ((z₁ − z₂)/T).';
  const diff = (d.z[0]! - d.z[1]!) / d.temperature;
  return `Two classes: stable s₁ = ${d.stable[0]!.toFixed(4)} and σ((z₁ − z₂)/T) = σ(${formatTrimmed(diff)}) = ${d.sigmoidOfDifference.toFixed(4)}.`;
}

export function render(d: Derived, { document }: { document: Document }): Element {
  const root = el(document, 'div', 'sme');
  const panels = el(document, 'div', 'sme-panels');
  const nanNote = d.naiveFailure === 'underflow' ? '(0/0)' : '(∞/∞)';
  const naive = el(document, 'div', 'sme-panel');
  naive.append(el(document, 'p', 'sme-head', 'Naive: e^(zᵢ/T) / Σ e^(zⱼ/T)'), bars(document, d.names, d.naive, colors.orange, nanNote));
  const stable = el(document, 'div', 'sme-panel');
  stable.append(el(document, 'p', 'sme-head', 'Stable: e^((zᵢ − max z)/T) / Σ …'), bars(document, d.names, d.stable, colors.blue, ''));
  panels.append(naive, stable);
  root.append(panels, el(document, 'p', 'sme-note', `${naiveStatus(d)} ${twoClassNote(d)}`));
  return root;
}

function list(d: Derived, p: number[]): string {
  return d.names.map((n, i) => `${n} ${formatValue(p[i]!)}`).join(', ');
}

export function describe(d: Derived, state: State): string {
  const logits = d.base.map((v) => formatTrimmed(v)).join(', ');
  const shift = state.shift === 0 ? '' : `, each with ${formatTrimmed(state.shift)} added,`;
  const same = d.naive.every((p, i) => formatValue(p) === formatValue(d.stable[i]!));
  const naive = same
    ? 'The naive formula gives the same numbers.'
    : `The naive formula gives ${list(d, d.naive)}. ${naiveStatus(d)}`;
  const two = d.sigmoidOfDifference === null ? '' : ` ${twoClassNote(d)}`;
  return (
    `Softmax of ${d.names.length} logits (${logits})${shift} at temperature T = ${d.temperature}. ` +
    `Stable probabilities: ${list(d, d.stable)}. ${naive}${two}`
  );
}
