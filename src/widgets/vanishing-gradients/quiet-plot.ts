/**
 * `Plot.plot(options)` made cheap to insert and quiet for screen readers, for the dying-relu and
 * vanishing-gradients figures:
 * - without the `<style>` element Plot puts in every SVG (its rules, display block, max-width 100%,
 *   height auto, go inline instead): inserting a stylesheet makes the browser recompute the style
 *   of the whole page on every frame of a training loop;
 * - without the aria-label and aria-description Plot puts on its mark groups: the widget frame is
 *   one `role="img"` with a live text description, and axe reports an aria-label on a `<g>` (no role
 *   allows one) as a serious violation (aria-prohibited-attr).
 * The sigmoid-depth widget has the same helper in its figure kit; both belong in `core/`.
 * Example: `quietPlot({ document, marks: [Plot.ruleY([0])] })` is an SVG with no `<style>` and no aria-label.
 */
import * as Plot from '@observablehq/plot';

export function quietPlot(options: Plot.PlotOptions): Element {
  const svg = Plot.plot(options);
  const style = (svg.getAttribute('style') ?? '').trim();
  const block = 'display: block; max-width: 100%; height: auto;';
  svg.setAttribute('style', style === '' ? block : `${style.replace(/;?$/, ';')} ${block}`);
  // Plot puts both on the SVG's direct children (one <g> per mark, and the <style>).
  for (const child of [...svg.children]) {
    if (child.tagName.toLowerCase() === 'style') child.remove();
    child.removeAttribute('aria-label');
    child.removeAttribute('aria-description');
  }
  return svg;
}
