const SCROLLABLE = '.sl-markdown-content :is(.katex-display, pre, table)';

/**
 * Makes every wide display equation, code block or table under `root` that actually overflows
 * focusable (tabindex 0), and takes the tab stop away again from one that no longer overflows.
 * Only elements this function made focusable are ever changed back.
 */
export function focusScrollables(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>(SCROLLABLE)) {
    const overflows = el.scrollWidth > el.clientWidth + 1;
    if (overflows && !el.hasAttribute('tabindex')) {
      el.tabIndex = 0;
      el.dataset.scrollFocus = '';
    } else if (!overflows && el.dataset.scrollFocus !== undefined) {
      el.removeAttribute('tabindex');
      delete el.dataset.scrollFocus;
    }
  }
}
