/**
 * Unique clip-path ids per widget. Plot names the clip paths of `clip: true` marks from a counter
 * in its module (`plot-clip-1`, `plot-clip-2`, ...). The build renders every page's figures in one
 * process and the browser restarts the count on each page, so a live figure can take the id a
 * build-time figure further down the page still has: two `<clipPath id="plot-clip-5">` on one
 * page, and `url(#plot-clip-5)` in the second figure clips by the first one's rectangle (ids are
 * page-wide; the first in document order wins).
 */

/**
 * Renames every clipPath in `root` to `<scope>-clip-<k>` (k = 1, 2, ... in document order) and
 * points the `clip-path` attributes in `root` that referred to it at the new name. Called by
 * mountWidget and renderInitial with the widget's id, so the names are the same at build time
 * and live (the live figure replaces the built one) and differ between widgets.
 * Example: `scopeClipIds(svg, 'playground')` turns `plot-clip-3` into `playground-clip-1`.
 */
export function scopeClipIds(root: Element, scope: string): void {
  const renamed = new Map<string, string>();
  for (const el of root.querySelectorAll('[id]')) {
    if (el.tagName.toLowerCase() !== 'clippath') continue;
    const name = `${scope}-clip-${renamed.size + 1}`;
    renamed.set(el.id, name);
    el.id = name;
  }
  if (renamed.size === 0) return;
  for (const el of root.querySelectorAll('[clip-path]')) {
    const ref = /^url\(#(.+)\)$/.exec(el.getAttribute('clip-path') ?? '')?.[1];
    const name = ref === undefined ? undefined : renamed.get(ref);
    if (name !== undefined) el.setAttribute('clip-path', `url(#${name})`);
  }
}
