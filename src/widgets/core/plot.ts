/**
 * `Plot.plot` as every widget calls it: cheap to insert into a long chapter page, and quiet for
 * screen readers. Every figure goes through `plot` (or, for a figure built otherwise, `quiet`).
 */
import * as Plot from '@observablehq/plot';

/** What Plot's own stylesheet gave the SVG, written inline instead (see `quiet`). */
const SVG_STYLE = 'display: block; max-width: 100%; height: auto;';

/**
 * `Plot.plot(options)`, passed through `quiet`. Takes the `document` in `options` like Plot, so
 * it renders at build time (linkedom) as in the browser.
 * Example: `plot({ document, marks: [Plot.ruleY([0])] })` is an SVG with no `<style>` and no aria-label inside.
 */
export function plot(options: Plot.PlotOptions): SVGSVGElement {
  return quiet(Plot.plot(options) as SVGSVGElement);
}

/**
 * Strips from a figure Plot made:
 * - the `<style>` element Plot puts in every SVG (its rules go inline on the SVG; `white-space:
 *   pre` for its text is in widget.css). Inserting a stylesheet makes the browser recompute the
 *   style of the whole page: on the losses chapter (20,000 elements) one slider step took 280 ms
 *   with it and 4 ms without;
 * - the aria-label and aria-description Plot puts on its mark groups ("rule", "x-axis tick", ...):
 *   the widget's figure is one `role="img"` with a live text description, and axe reports an
 *   aria-label on a `<g>`, which no role allows there, as a serious violation (aria-prohibited-attr).
 * Plot puts both on the SVG's direct children (one `<g>` per mark, and the `<style>`), so this
 * looks no deeper. Returns the same element. Example: `quiet(Plot.plot({ marks }))`.
 */
export function quiet<E extends Element>(svg: E): E {
  appendStyle(svg, SVG_STYLE);
  for (const child of [...svg.children]) {
    if (child.tagName.toLowerCase() === 'style') child.remove();
    child.removeAttribute('aria-label');
    child.removeAttribute('aria-description');
  }
  return svg;
}

/**
 * Adds declarations to an element's style attribute. The attribute may end without a semicolon
 * (linkedom writes Plot's inline styles that way), so one is put between.
 * Example: on `style="overflow:visible"`, `appendStyle(el, 'position: absolute;')` gives
 * `style="overflow:visible; position: absolute;"`.
 */
export function appendStyle(el: Element, declarations: string): void {
  const style = (el.getAttribute('style') ?? '').trim();
  el.setAttribute('style', style === '' ? declarations : `${style.replace(/;?$/, ';')} ${declarations}`);
}
