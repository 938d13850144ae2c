/**
 * MSE against cross-entropy, the view: two panels side by side (one under the other on a phone),
 * the losses and their gradients with respect to z, cross-entropy solid blue and MSE dashed
 * orange; the reader's z marked on both, MSE's steepest point marked on the gradient panel, and
 * the values at z written below.
 */
import * as Plot from '@observablehq/plot';
import { el } from '../core/dom';
import { colors } from '../core/plot-style';
import { formatValue, signed } from '../core/format';
import { noMemo, type Memo } from '../core/memo';
import { layered } from '../core/panels';
import { plot } from '../core/plot';
import { Z_MAX, Z_MIN, type Derived, type Point, type State } from './model';

export const PANEL_WIDTH = 280;
export const PANEL_HEIGHT = 240;

const DASH = '6 4';

/** Size, margins and scales shared by a panel's two layers, so that they line up exactly. */
function frame(document: Document, y: Plot.ScaleOptions) {
  return {
    document,
    width: PANEL_WIDTH,
    height: PANEL_HEIGHT,
    marginLeft: 44,
    marginRight: 12,
    marginTop: 12,
    marginBottom: 36,
    style: { background: 'transparent', fontSize: '12px', overflow: 'visible' },
    x: { domain: [Z_MIN, Z_MAX], label: 'logit z', labelAnchor: 'center', ticks: [-10, -5, 0, 5, 10] },
    y: { grid: true, labelAnchor: 'top', ...y },
  } as const;
}

/**
 * A panel in two layers: the axes and curves, which depend only on the ½ (kept by a mounted
 * widget's memo under `slot`), and the reader's z, a rule and a dot on each curve. The rule is
 * drawn over the curves, but it meets each curve under that curve's dot.
 */
function panel(
  document: Document, d: Derived, slot: string, memo: Memo, ce: keyof Point, mse: keyof Point, y: Plot.ScaleOptions, extra: Plot.Markish[] = [],
): HTMLElement {
  const f = frame(document, y);
  const curves = memo(slot, String(d.scale), () =>
    plot({
      ...f,
      marks: [
        Plot.ruleY([0]),
        Plot.line(d.curve, { x: 'z', y: ce, stroke: colors.blue, strokeWidth: 2.5 }),
        Plot.line(d.curve, { x: 'z', y: mse, stroke: colors.orange, strokeWidth: 2.5, strokeDasharray: DASH }),
        ...extra,
      ],
    }),
  );
  const point = plot({
    ...f,
    x: { ...f.x, axis: null },
    y: { ...f.y, axis: null, grid: false },
    marks: [
      Plot.ruleX([d.at.z], { stroke: colors.gray, strokeDasharray: '2 3' }),
      Plot.dot([d.at], { x: 'z', y: ce, r: 5, fill: colors.blue, stroke: 'white' }),
      Plot.dot([d.at], { x: 'z', y: mse, r: 5, fill: colors.orange, stroke: 'white' }),
    ],
  });
  const box = layered(document, [curves, point]);
  // The figure's text alternative is the description; the SVG's parts are not separate content.
  box.setAttribute('aria-hidden', 'true');
  return box;
}

function mseName(d: Derived): string {
  return d.scale === 1 ? 'MSE (σ(z) − 1)²' : 'MSE ½(σ(z) − 1)²';
}

function legend(document: Document, d: Derived): HTMLElement {
  const box = el(document, 'p', 'mvc-legend');
  const key = (text: string, border: string): HTMLElement => {
    const item = el(document, 'span', 'mvc-key');
    const swatch = el(document, 'span', 'mvc-swatch');
    swatch.setAttribute('style', `border-top: 3px ${border}`);
    item.append(swatch, text);
    return item;
  };
  const mseText = `${mseName(d)}, ${d.scale === 1 ? 'no ½, as in the chapter\'s table' : 'with the ½'}`;
  box.append(key('cross-entropy −log σ(z)', `solid ${colors.blue}`), key(mseText, `dashed ${colors.orange}`));
  return box;
}

function values(d: Derived): string {
  const a = d.at;
  return (
    `At z = ${signed(a.z, 1)}, p = σ(z) = ${formatValue(a.p)}. ` +
    `Cross-entropy: loss ${formatValue(a.ce)}, gradient ${formatValue(a.ceGrad)}. ` +
    `MSE: loss ${formatValue(a.mse)}, gradient ${formatValue(a.mseGrad)}. ` +
    `Cross-entropy's gradient is ${formatValue(d.ratio, true)} times MSE's.`
  );
}

export function render(d: Derived, { document, memo = noMemo }: { document: Document; memo?: Memo }): Element {
  const root = el(document, 'div', 'mvc');
  const panels = el(document, 'div', 'mvc-panels');
  const loss = el(document, 'div', 'mvc-panel');
  loss.append(
    el(document, 'p', 'mvc-head', 'Loss L'),
    panel(document, d, 'loss', memo, 'ce', 'mse', { domain: [0, 10.5], label: null, ticks: [0, 2, 4, 6, 8, 10] }),
  );
  const peakText = `MSE steepest:\n${formatValue(d.peak.mseGrad)}\nat z = −0.69`;
  const grad = el(document, 'div', 'mvc-panel');
  grad.append(
    el(document, 'p', 'mvc-head', 'Gradient ∂L/∂z'),
    panel(document, d, 'gradient', memo, 'ceGrad', 'mseGrad', { domain: [-1.05, 0.05], label: null, ticks: [-1, -0.8, -0.6, -0.4, -0.2, 0] }, [
      // Bottom right is empty (there σ(z) − 1 is above −0.27): room for the note, pointing up-left to the peak.
      Plot.arrow([{ x1: 3, y1: -0.56, x2: d.peak.z + 0.2, y2: d.peak.mseGrad * 1.1 }], {
        x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: 'currentColor', strokeWidth: 1, headLength: 6, inset: 2,
      }),
      Plot.text([peakText], { x: 9.8, y: -0.7, text: (t: string) => t, textAnchor: 'end', fill: 'currentColor', fontSize: 11 }),
    ]),
  );
  panels.append(loss, grad);
  root.append(legend(document, d), panels, el(document, 'p', 'mvc-values', values(d)));
  return root;
}

export function describe(d: Derived, _state: State): string {
  return (
    `For a sigmoid output with true label y = 1, the loss and its gradient with respect to the logit z, for z from −10 to 10: ` +
    `cross-entropy −log σ(z), whose loss grows almost linearly as z falls and whose gradient σ(z) − 1 approaches −1; ` +
    `and ${mseName(d)}, whose loss levels off just under ${d.scale === 1 ? '1' : '0.5'} and whose gradient is largest in size ` +
    `(${formatValue(d.peak.mseGrad)}) at z = −0.69, then shrinks towards 0. ${values(d)}`
  );
}
