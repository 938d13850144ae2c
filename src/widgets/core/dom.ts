/**
 * Building a figure's HTML around its SVGs with whatever `document` the view is given (the
 * page's, or linkedom's at build time).
 */

/**
 * An element with a class and, if given, its text.
 * Example: `el(document, 'p', 'mvc-head', 'Loss L')` is `<p class="mvc-head">Loss L</p>`.
 */
export function el(document: Document, tag: string, className: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}
