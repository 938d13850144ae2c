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
