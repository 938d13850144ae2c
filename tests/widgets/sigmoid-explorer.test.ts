import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { derive, SATURATION_X, schema } from '../../src/widgets/sigmoid-explorer/model.ts';
import { describe as describeFigure, render } from '../../src/widgets/sigmoid-explorer/view.ts';

describe('sigmoid explorer', () => {
  it('derive({ x }) gives σ, σ′ and the tangent line at x', () => {
    const d = derive({ x: 2 });
    expect(d.s).toBeCloseTo(0.8807970779778823, 15); // 1 / (1 + e^-2)
    expect(d.ds).toBeCloseTo(0.10499358540350651, 15); // e^-2 / (1 + e^-2)^2
    expect(d.tangent[1]!.y - d.tangent[0]!.y).toBeCloseTo(3 * d.ds, 14);
    expect(d.curve).toHaveLength(161);
    expect(d.saturated).toBe(false);
    expect(derive({ x: -6 }).saturated).toBe(true);
  });

  it('SATURATION_X is where σ′ falls to a tenth of its peak', () => {
    const u = Math.exp(SATURATION_X);
    expect(u / (1 + u) ** 2).toBeCloseTo(0.025, 15);
  });

  it('render draws an SVG at build time and describe says the numbers shown', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const d = derive({ x: schema.x.default });
    const svg = render(d, { document: document as unknown as Document });
    expect(svg.tagName.toLowerCase()).toBe('svg');
    expect(svg.outerHTML).toContain('σ = 0.8808, slope 0.105');
    expect(svg.outerHTML).not.toContain('aria-label'); // axe: aria-prohibited-attr on Plot's <g>
    expect(describeFigure(d, { x: 2 })).toMatch(/σ\(x\) = 0\.8808 .* σ′\(x\) = 0\.105 \(42% of the peak slope/);
  });
});
