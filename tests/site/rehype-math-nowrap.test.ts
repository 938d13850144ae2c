import { describe, expect, it } from 'vitest';
import rehypeMathNowrap from '../../src/plugins/rehype-math-nowrap.mjs';

const katex = (tex: string) => ({ type: 'element', tagName: 'span', properties: { className: ['katex'] }, children: [{ type: 'text', value: tex }] });
const p = (...children: unknown[]) => ({ type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children }] });

describe('rehypeMathNowrap()', () => {
  it('wraps inline math with the punctuation after it, leaving the rest of the text', () => {
    const tree = p({ type: 'text', value: 'at ' }, katex('x = 2'), { type: 'text', value: ", which is" });
    rehypeMathNowrap()(tree);
    const kids = (tree.children[0] as { children: unknown[] }).children;
    expect(kids).toHaveLength(3);
    expect(kids[1]).toMatchObject({ properties: { className: ['math-nowrap'] }, children: [katex('x = 2'), { type: 'text', value: ',' }] });
    expect(kids[2]).toEqual({ type: 'text', value: ' which is' });
  });

  it('drops a text node the punctuation used up and leaves math without punctuation alone', () => {
    const tree = p(katex('a'), { type: 'text', value: '.' }, katex('b'), { type: 'text', value: ' and' });
    rehypeMathNowrap()(tree);
    const kids = (tree.children[0] as { children: { properties?: { className?: string[] } }[] }).children;
    expect(kids.map((k) => k.properties?.className?.[0] ?? 'text')).toEqual(['math-nowrap', 'katex', 'text']);
  });
});
