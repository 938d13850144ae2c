/**
 * The derivative check as a figure: the reader's derivative against the central differences of
 * the function it claims to differentiate, from the `plot` samples of a GradeResult. Observable
 * Plot is loaded only here, when such a result first arrives. The caption states the largest
 * gap in words, so the figure is not the only way to read it.
 */
import type { GradeResult } from '@nonlinear/grader';
import { colors } from '../widgets/core/plot-style';
import { sampleValue } from './result';

type Samples = NonNullable<GradeResult['plot']>;

/** The largest |derivative − numeric| over samples where both are finite, and where it occurs. Example: equal samples give `{ gap: 0, at: x[0] }`. */
export function largestGap(p: Samples): { gap: number; at: number } | null {
  let best: { gap: number; at: number } | null = null;
  p.x.forEach((x, i) => {
    const d = sampleValue(p.derivative[i]!);
    const n = sampleValue(p.numeric[i]!);
    if (!Number.isFinite(d) || !Number.isFinite(n)) return;
    const gap = Math.abs(d - n);
    if (!best || gap > best.gap) best = { gap, at: x };
  });
  return best;
}

function caption(p: Samples, derivative: string, of: string): string {
  const bad = p.derivative.filter((v) => !Number.isFinite(sampleValue(v))).length;
  const g = largestGap(p);
  const parts = [`Solid line: your ${derivative}(x). Dashed line: the slope of ${of} measured by central differences.`];
  if (g) parts.push(g.gap <= 1e-6 ? 'The two agree everywhere on the plot.' : `The largest gap is ${g.gap.toPrecision(3)}, at x = ${g.at.toPrecision(3)}.`);
  if (bad > 0) parts.push(`Your ${derivative} is not a finite number at ${bad} of the ${p.x.length} points (gaps in the line).`);
  return parts.join(' ');
}

/**
 * Draws the figure into `container` (replacing what was there).
 * Example: `await showDerivativePlot(div, result.plot, 'sigmoidGrad', 'sigmoid')`.
 */
export async function showDerivativePlot(container: HTMLElement, p: Samples, derivative: string, of: string): Promise<void> {
  const Plot = await import('@observablehq/plot');
  const rows = p.x.map((x, i) => ({ x, d: sampleValue(p.derivative[i]!), n: sampleValue(p.numeric[i]!) }));
  const numeric = rows.map((r) => r.n).filter(Number.isFinite);
  const lo = Math.min(0, ...numeric);
  const hi = Math.max(0, ...numeric);
  const pad = Math.max(0.1, (hi - lo) * 0.25);
  const svg = Plot.plot({
    width: 560,
    height: 240,
    style: { background: 'transparent', fontSize: '12px', overflow: 'visible' },
    x: { label: 'x' },
    y: { label: null, domain: [lo - pad, hi + pad], grid: true },
    marks: [
      Plot.ruleY([0]),
      Plot.lineY(rows, { x: 'x', y: 'n', stroke: colors.orange, strokeWidth: 2.5, strokeDasharray: '6 4', clip: true }),
      Plot.lineY(rows, { x: 'x', y: 'd', stroke: colors.blue, strokeWidth: 1.75, clip: true }),
    ],
  });
  const figure = document.createElement('figure');
  figure.className = 'nl-ex-plot-figure';
  const text = caption(p, derivative, of);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `Your ${derivative} against the slope of ${of}`);
  const figcaption = document.createElement('figcaption');
  figcaption.textContent = text;
  figure.append(svg, figcaption);
  container.replaceChildren(figure);
}
