import { activations } from '@nonlinear/kernel';
import katex from 'katex';
import { describe, expect, it } from 'vitest';

describe('activations[name] TeX', () => {
  it.each(Object.keys(activations))('%s: formula, gradFormula and rangeTex typeset in KaTeX strict mode', (name) => {
    const a = activations[name as keyof typeof activations];
    for (const tex of [a.formula, a.gradFormula, a.rangeTex]) {
      const html = katex.renderToString(tex, { throwOnError: true, strict: 'error' });
      expect(html).toContain('class="katex"');
    }
  });
});

describe('KaTeX stylesheet', () => {
  it('comes from the same KaTeX version that rehype-katex renders with (a mismatch garbles fractions)', async () => {
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const site = require('katex/package.json').version;
    const rehypeDir = require.resolve('rehype-katex').replace(/\/lib\/.*$|\/index\.js$/, '');
    const renderer = createRequire(`${rehypeDir}/package.json`)('katex/package.json').version;
    expect(site).toBe(renderer);
  });
});
