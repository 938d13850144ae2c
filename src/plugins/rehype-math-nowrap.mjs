/**
 * Keeps inline math together with the punctuation that follows it ("... of $x$." never breaks
 * before the full stop). Runs after rehype-katex: each inline `span.katex` whose next sibling is a
 * text node starting with punctuation is wrapped, with that punctuation, in
 * `<span class="math-nowrap">` (white-space: nowrap in global.css).
 */
const TRAILING = /^[.,;:!?)\]’”]+/;

/** @param {any} node */
function isInlineKatex(node) {
  return node?.type === 'element' && node.tagName === 'span' && (node.properties?.className ?? []).includes('katex');
}

/** @param {any} parent */
function wrapChildren(parent) {
  const children = parent.children;
  if (!Array.isArray(children)) return;
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    const next = children[i + 1];
    if (isInlineKatex(node) && next?.type === 'text') {
      const m = TRAILING.exec(next.value);
      if (m) {
        next.value = next.value.slice(m[0].length);
        children[i] = {
          type: 'element',
          tagName: 'span',
          properties: { className: ['math-nowrap'] },
          children: [node, { type: 'text', value: m[0] }],
        };
        if (next.value === '') children.splice(i + 1, 1);
        continue;
      }
    }
    // KaTeX's own output needs no visit; everything else may hold inline math deeper down.
    if (!isInlineKatex(node)) wrapChildren(node);
  }
}

export default function rehypeMathNowrap() {
  return (/** @type {any} */ tree) => wrapChildren(tree);
}
