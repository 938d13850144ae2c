/**
 * Arranging a widget's figures: a grid of panels that sits side by side on a wide column and
 * stacks on a phone, and same-size Plot SVGs stacked as layers. They take the `document` they are
 * given, so they render at build time (linkedom) as in the browser.
 */
import { appendStyle } from './plot';

/**
 * A grid of panels: as many columns of at least `minColumn` px as fit, each panel scaled down to
 * its column (the SVGs keep `max-width: 100%`), one column on a phone.
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

const STRETCH = 'position: absolute; inset: 0; width: 100%; height: 100%; pointer-events: none;';

/**
 * Same-size Plot SVGs drawn on top of each other: the first sets the size and keeps the axes,
 * the others (axes off, identical margins and scales) are stretched over it. Lets the expensive
 * static layer be reused (see memo.ts) while a cheap layer with the reader's point is redrawn.
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

/** A Plot figure's size and margins, in px, as given to `plot`. */
export interface FrameBox {
  width: number;
  height: number;
  marginTop: number;
  marginRight: number;
  marginBottom: number;
  marginLeft: number;
}

/**
 * Clips a layer (a figure without axes, laid over one with them, see `layered`) to the plot's
 * frame with CSS, `clip-path: inset(...)` in percentages so it scales with the SVG, and `slack` px
 * more on every side so the frame's own stroke stays whole. Does what Plot's `clip: true` does for
 * every mark of the layer at once, at paint time: no clipPath element, no id to collide.
 * Example: `clipToFrame(dataLayer, { width: 300, height: 300, marginTop: 8, marginRight: 8, marginBottom: 38, marginLeft: 34 })`.
 */
export function clipToFrame(layer: Element, box: FrameBox, slack = 1): void {
  const pct = (margin: number, size: number): string => `calc(${((100 * margin) / size).toFixed(4)}% - ${slack}px)`;
  const { width: w, height: h } = box;
  appendStyle(layer, `clip-path: inset(${pct(box.marginTop, h)} ${pct(box.marginRight, w)} ${pct(box.marginBottom, h)} ${pct(box.marginLeft, w)});`);
}
