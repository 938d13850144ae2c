/**
 * A figure wider than its frame (on a phone) scrolls sideways inside it. A scroll area must be
 * reachable by keyboard (WCAG 2.1.1; axe: scrollable-region-focusable, serious), so while it
 * overflows, the figure's container takes the focus (tabindex 0, arrow keys then scroll it) and
 * its accessible name says so; when it fits again, both are taken back, and Tab does not stop
 * on a figure that has nothing to scroll.
 */

const SUFFIX = ' (figure, scrolls sideways)';

/**
 * Whether `figure` (a `.nl-widget-figure`) is scrolled sideways, marking it as above. Call it after
 * the figure's content or the page's width changed. Example: `markScrollable(figure)` at 390 px on
 * a 560 px graph sets tabindex="0" and "Computational graph (figure, scrolls sideways)".
 */
export function markScrollable(figure: HTMLElement): boolean {
  const label = (figure.dataset.label ??= figure.getAttribute('aria-label') ?? '');
  const scrolls = figure.scrollWidth > figure.clientWidth + 1;
  // Written only when it changes: a write dirties style, and this runs after every render.
  if (scrolls === figure.hasAttribute('tabindex')) return scrolls;
  if (scrolls) figure.setAttribute('tabindex', '0');
  else figure.removeAttribute('tabindex');
  figure.setAttribute('aria-label', scrolls ? `${label}${SUFFIX}` : label);
  return scrolls;
}

/** Marks every widget figure on the page now, and again whenever one changes size. */
export function watchFigures(): void {
  const figures = [...document.querySelectorAll<HTMLElement>('.nl-widget-figure')];
  const observer = 'ResizeObserver' in window ? new ResizeObserver((entries) => entries.forEach((e) => markScrollable(e.target as HTMLElement))) : null;
  for (const figure of figures) {
    markScrollable(figure);
    observer?.observe(figure);
  }
}
