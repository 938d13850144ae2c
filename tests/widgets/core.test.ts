import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scopeClipIds } from '../../src/widgets/core/clip-ids.ts';
import { createMemo, noMemo } from '../../src/widgets/core/memo.ts';
import { clipToFrame, layered, panelGrid } from '../../src/widgets/core/panels.ts';
import { appendStyle, plot, quiet } from '../../src/widgets/core/plot.ts';
import { plotDefaults } from '../../src/widgets/core/plot-style.ts';
import { legendTable, lineSwatch } from '../../src/widgets/core/legend.ts';
import { el } from '../../src/widgets/core/dom.ts';
import { recordFrame, recordRender } from '../../src/widgets/core/timing.ts';
import { markScrollable } from '../../src/widgets/core/overflow.ts';

const doc = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
const line = Plot.line([{ x: 0, y: 0 }, { x: 1, y: 1 }], { x: 'x', y: 'y' });

describe('core/plot', () => {
  it('plot(options) leaves no <style> and no aria-label or aria-description inside the SVG (axe: aria-prohibited-attr)', () => {
    const document = doc();
    const options = { document, marks: [Plot.ruleY([0]), line] };
    const raw = Plot.plot(options);
    expect(raw.querySelectorAll('[aria-label]').length).toBeGreaterThan(0); // what Plot emits
    expect(raw.querySelectorAll('style').length).toBe(1);
    const svg = plot(options);
    expect(svg.querySelectorAll('[aria-label], [aria-description], style')).toHaveLength(0);
    expect(svg.getAttribute('style')).toContain('display: block; max-width: 100%; height: auto;');
  });

  it('quiet(svg) returns the element it was given, with the same marks', () => {
    const document = doc();
    const svg = Plot.plot({ document, marks: [line] });
    const marks = svg.querySelectorAll('path').length;
    expect(quiet(svg)).toBe(svg);
    expect(svg.querySelectorAll('path')).toHaveLength(marks);
  });

  it('appendStyle(el, css) separates the declarations whether or not the attribute ends with a semicolon', () => {
    const el = doc().createElement('div');
    appendStyle(el, 'a: 1;');
    expect(el.getAttribute('style')).toBe('a: 1;');
    el.setAttribute('style', 'overflow:visible');
    appendStyle(el, 'position: absolute;');
    expect(el.getAttribute('style')).toBe('overflow:visible; position: absolute;');
  });
});

describe('core/clip-ids', () => {
  it('scopeClipIds(root, scope) renames every clipPath to <scope>-clip-k and repoints the marks that use it', () => {
    const document = doc();
    const root = document.createElement('div');
    const options = { document, x: { domain: [0, 0.5] }, marks: [Plot.line([{ x: 0, y: 0 }, { x: 1, y: 1 }], { x: 'x', y: 'y', clip: true })] };
    root.append(Plot.plot(options), Plot.plot(options));
    const before = [...root.querySelectorAll('[clip-path]')].map((el) => el.getAttribute('clip-path'));
    expect(before).toHaveLength(2);
    expect(before[0]).toMatch(/^url\(#plot-clip-\d+\)$/);
    scopeClipIds(root, 'playground');
    const ids = [...root.querySelectorAll('[id]')].filter((el) => el.tagName.toLowerCase() === 'clippath').map((el) => el.id);
    expect(ids).toEqual(['playground-clip-1', 'playground-clip-2']);
    expect([...root.querySelectorAll('[clip-path]')].map((el) => el.getAttribute('clip-path'))).toEqual(['url(#playground-clip-1)', 'url(#playground-clip-2)']);
  });

  it('scopeClipIds gives the same names however far Plot\'s own counter has gone (build time and live agree)', () => {
    const document = doc();
    const draw = () => {
      const svg = Plot.plot({ document, marks: [Plot.line([{ x: 0, y: 0 }, { x: 1, y: 1 }], { x: 'x', y: 'y', clip: true })] });
      scopeClipIds(svg, 'w');
      return svg.outerHTML;
    };
    expect(draw()).toBe(draw());
  });

  it('scopeClipIds leaves a figure without clip paths as it was', () => {
    const svg = Plot.plot({ document: doc(), marks: [line] });
    const html = svg.outerHTML;
    scopeClipIds(svg, 'w');
    expect(svg.outerHTML).toBe(html);
  });
});

describe('core/memo', () => {
  it('createMemo() keeps one value per slot until its key changes; noMemo keeps nothing', () => {
    const memo = createMemo();
    let calls = 0;
    const make = () => ++calls;
    expect([memo('a', 'k1', make), memo('a', 'k1', make), memo('b', 'k1', make), memo('a', 'k2', make), memo('a', 'k1', make)]).toEqual([1, 1, 2, 3, 4]);
    expect([noMemo('a', 'k', make), noMemo('a', 'k', make)]).toEqual([5, 6]);
  });
});

describe('core/panels', () => {
  it('layered(document, layers) stretches every layer after the first over it, once, however often a layer is reused', () => {
    const document = doc();
    const layer = () => plot({ document, ...plotDefaults, marks: [Plot.ruleY([0])] });
    const declarations = (el: Element) => el.getAttribute('style')!.split(';').map((d) => d.trim()).filter(Boolean);
    const base = layer();
    const top = layer();
    expect(declarations(base)).toEqual(expect.arrayContaining(['display: block', 'max-width: 100%', 'height: auto']));
    layered(document, [base, top]);
    const box = layered(document, [base, top]);
    expect(declarations(base)).not.toContain('position: absolute');
    expect(declarations(top).filter((d) => d === 'position: absolute')).toHaveLength(1);
    expect(declarations(top)).toEqual(expect.arrayContaining(['inset: 0', 'width: 100%', 'height: 100%']));
    expect(box.getAttribute('style')).toContain('position: relative');
    expect([...box.children]).toEqual([base, top]);
  });

  it('clipToFrame(layer, box) clips the layer to the frame in percentages of its size, one px wider', () => {
    const layer = doc().createElement('svg');
    layer.setAttribute('style', 'overflow: visible');
    clipToFrame(layer, { width: 200, height: 100, marginTop: 10, marginRight: 20, marginBottom: 30, marginLeft: 40 });
    expect(layer.getAttribute('style')).toBe(
      'overflow: visible; clip-path: inset(calc(10.0000% - 1px) calc(10.0000% - 1px) calc(30.0000% - 1px) calc(20.0000% - 1px));',
    );
  });

  it('panelGrid(document, children, minColumn) is a grid of auto-fit columns at least minColumn wide', () => {
    const document = doc();
    const a = document.createElement('p');
    const grid = panelGrid(document, [a], 250);
    expect(grid.getAttribute('style')).toContain('repeat(auto-fit, minmax(min(100%, 250px), 1fr))');
    expect([...grid.children]).toEqual([a]);
  });
});

describe('core/legend', () => {
  it('lineSwatch(document, color, options) is a hidden line sample, dashed when asked', () => {
    const document = doc();
    const solid = lineSwatch(document, '#3b82f6');
    expect(solid.getAttribute('aria-hidden')).toBe('true');
    expect(solid.getAttribute('width')).toBe('28');
    expect(solid.querySelector('line')!.getAttribute('x2')).toBe('27');
    expect(solid.querySelector('line')!.hasAttribute('stroke-dasharray')).toBe(false);
    const dashed = lineSwatch(document, '#16a34a', { dash: '5 3', width: 24, inset: 0 });
    expect(dashed.querySelector('line')!.getAttribute('stroke-dasharray')).toBe('5 3');
    expect([dashed.querySelector('line')!.getAttribute('x1'), dashed.querySelector('line')!.getAttribute('x2')]).toEqual(['0', '24']);
  });

  it('legendTable(document, head, rows) has a header row and one row per series, each with its swatch first', () => {
    const document = doc();
    const table = legendTable(document, ['series', 'value'], [
      { color: '#3b82f6', cells: ['σ(x)', '0.8808'] },
      { color: '#ea580c', dash: '5 3', cells: ['σ′(x)', '0.105'] },
    ]);
    expect([...table.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['', 'series', 'value']);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((r) => [...r.querySelectorAll('td')].slice(1).map((td) => td.textContent))).toEqual([['σ(x)', '0.8808'], ['σ′(x)', '0.105']]);
    expect(rows[1]!.querySelector('svg line')!.getAttribute('stroke-dasharray')).toBe('5 3');
  });
});

describe('core/dom', () => {
  it('el(document, tag, className, text) makes an element with that class and text', () => {
    const p = el(doc(), 'p', 'mvc-head', 'Loss L');
    expect(p.outerHTML).toBe('<p class="mvc-head">Loss L</p>');
    expect(el(doc(), 'div', 'box').textContent).toBe('');
  });
});

describe('core/timing', () => {
  it('recordRender(id, event, el) lays out el, then keeps the milliseconds since the event under id', () => {
    let laidOut = 0;
    const box = { getBoundingClientRect: () => (laidOut++, {}) } as unknown as Element;
    globalThis.__nlRenderTimes = undefined;
    const since = performance.now() - 5;
    recordRender('w', { timeStamp: since } as Event, box);
    recordFrame('w', since, box);
    expect(laidOut).toBe(2);
    expect(globalThis.__nlRenderTimes!.w).toHaveLength(1);
    expect(globalThis.__nlRenderTimes!.w![0]).toBeGreaterThanOrEqual(5);
    expect(globalThis.__nlFrameTimes!.w![0]).toBeGreaterThanOrEqual(5);
  });
});

describe('core/overflow', () => {
  const figureOf = (scrollWidth: number, clientWidth: number) => {
    const figure = doc().createElement('div') as unknown as HTMLElement;
    figure.setAttribute('aria-label', 'Graph');
    Object.defineProperty(figure, 'scrollWidth', { get: () => scrollWidth, configurable: true });
    Object.defineProperty(figure, 'clientWidth', { get: () => clientWidth, configurable: true });
    return figure;
  };

  it('markScrollable(figure) makes a figure that scrolls sideways focusable and says so in its name', () => {
    const figure = figureOf(560, 358);
    expect(markScrollable(figure)).toBe(true);
    expect(figure.getAttribute('tabindex')).toBe('0');
    expect(figure.getAttribute('aria-label')).toBe('Graph (figure, scrolls sideways)');
    expect(markScrollable(figure)).toBe(true);
    expect(figure.getAttribute('aria-label')).toBe('Graph (figure, scrolls sideways)'); // not appended twice
  });

  it('markScrollable(figure) takes both back once the figure fits, and leaves a fitting figure alone', () => {
    const figure = figureOf(560, 358);
    markScrollable(figure);
    Object.defineProperty(figure, 'clientWidth', { get: () => 600 });
    expect(markScrollable(figure)).toBe(false);
    expect(figure.hasAttribute('tabindex')).toBe(false);
    expect(figure.getAttribute('aria-label')).toBe('Graph');
    const fits = figureOf(640, 640);
    expect(markScrollable(fits)).toBe(false);
    expect(fits.hasAttribute('tabindex')).toBe(false);
  });
});
