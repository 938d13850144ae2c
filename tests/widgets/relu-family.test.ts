import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { defaults } from '../../src/widgets/core/schema.ts';
import { createMemo } from '../../src/widgets/core/memo.ts';
import { derive, FAMILY, functionsOf, schema, type State } from '../../src/widgets/relu-family/model.ts';
import { cutToRange, describe as describeFigure, render } from '../../src/widgets/relu-family/view.ts';

// Reference values: mpmath at 40 digits from the definitions (ELU α(eˣ − 1), GELU x·Φ(x) with
// Φ(x) = erfc(−x/√2)/2, SiLU x·σ(x), softplus log(1 + eˣ)), and their derivatives.
const AT_MINUS_1 = {
  elu: [-0.6321205588285576784045, 0.3678794411714423215955],
  gelu: [-0.1586552539314570514148, -0.08331547058768629838306],
  silu: [-0.2689414213699951207488, 0.07232948812851326821142],
  softplus: [0.3132616875182228340490, 0.2689414213699951207488],
} as const;
const AT_2_5 = {
  gelu: [2.484475836685559662083, 1.037611085908145208238],
  silu: [2.310354549946891122017, 1.099401111341526841138],
  softplus: [2.578889734292549623344, 0.9241418199787564488067],
} as const;

const doc = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
const initial = (): State => defaults(schema);
const member = (state: State, name: string) => derive(state).members.find((m) => m.name === name)!;

describe('relu family', () => {
  it('derive(defaults) shows all seven functions in order, with values and slopes at x = −1', () => {
    const d = derive(initial());
    expect(d.members.map((m) => m.name)).toEqual([...FAMILY]);
    for (const [name, [value, slope]] of Object.entries(AT_MINUS_1)) {
      const m = d.members.find((k) => k.name === name)!;
      expect(m.value, name).toBeCloseTo(value, 15);
      expect(m.slope, name).toBeCloseTo(slope, 15);
    }
    expect(member(initial(), 'relu')).toMatchObject({ value: 0, slope: 0 });
    expect(member(initial(), 'relu6')).toMatchObject({ value: 0, slope: 0 });
    expect(member(initial(), 'leakyRelu')).toMatchObject({ value: -0.01, slope: 0.01 });
  });

  it('derive at x = 2.5 and x = 7: the smooth ones against mpmath, ReLU6 capped at 6', () => {
    for (const [name, [value, slope]] of Object.entries(AT_2_5)) {
      const m = member({ ...initial(), x: 2.5 }, name);
      expect(m.value, name).toBeCloseTo(value, 14);
      expect(m.slope, name).toBeCloseTo(slope, 14);
    }
    expect(member({ ...initial(), x: 7 }, 'relu6')).toMatchObject({ value: 6, slope: 0 });
    expect(member({ ...initial(), x: 7 }, 'relu')).toMatchObject({ value: 7, slope: 1 });
    expect(member({ ...initial(), x: 0 }, 'softplus').value).toBeCloseTo(Math.LN2, 15); // log 2 above ReLU at the corner
  });

  it('Leaky ReLU follows α: slope α on the left, ReLU at α = 0, the identity (no corner) at α = 1', () => {
    expect(member({ ...initial(), x: -2, alpha: 0.3 }, 'leakyRelu')).toMatchObject({ value: -0.6, slope: 0.3, label: 'Leaky ReLU (α = 0.3)' });
    const relu = member({ ...initial(), alpha: 0 }, 'relu');
    const leaky0 = member({ ...initial(), alpha: 0 }, 'leakyRelu');
    expect(leaky0.f.map((p) => p.y + 0)).toEqual(relu.f.map((p) => p.y));
    const leaky1 = member({ ...initial(), alpha: 1 }, 'leakyRelu');
    for (const p of leaky1.f) expect(p.y).toBe(p.x);
    expect(leaky1.df.every((p) => p.y === 1)).toBe(true);
    expect(functionsOf('leakyRelu', 0.2).fn(-1)).toBeCloseTo(-0.2, 16);
  });

  it('curves run over x = −4 … 7 on 221 points, and the derivatives break at their jumps instead of slanting', () => {
    const d = derive(initial());
    const gelu = d.members.find((m) => m.name === 'gelu')!;
    expect(gelu.f).toHaveLength(221);
    expect([gelu.f[0]!.x, gelu.f[80]!.x, gelu.f[200]!.x, gelu.f[220]!.x]).toEqual([-4, 0, 6, 7]);
    expect(gelu.df).toHaveLength(221);
    const relu = d.members.find((m) => m.name === 'relu')!;
    expect(relu.df).toHaveLength(223);
    expect(relu.df.slice(80, 83).map((p) => p.y)).toEqual([0, Number.NaN, 1]);
    const relu6 = d.members.find((m) => m.name === 'relu6')!;
    expect(relu6.df).toHaveLength(225);
    expect(relu6.df.filter((p) => Number.isNaN(p.y)).map((p) => p.x)).toEqual([0, 6]);
    // The chapter's claim: SiLU's and GELU's derivatives dip below 0 on the left and rise above 1 on the right.
    const silu = d.members.find((m) => m.name === 'silu')!;
    expect(Math.min(...silu.df.map((p) => p.y))).toBeLessThan(-0.09);
    expect(Math.max(...silu.df.map((p) => p.y))).toBeGreaterThan(1.09);
    expect(Math.min(...gelu.df.map((p) => p.y))).toBeLessThan(-0.12);
  });

  it('checkboxes hide functions; with none ticked the figure still renders and says so', () => {
    const state = { ...initial(), gelu: false, silu: false };
    expect(derive(state).members.map((m) => m.name)).toEqual(['relu', 'leakyRelu', 'elu', 'softplus', 'relu6']);
    const none = { ...initial(), ...Object.fromEntries(FAMILY.map((n) => [n, false])) } as State;
    const d = derive(none);
    expect(d.members).toEqual([]);
    const figure = render(d, { document: doc() });
    expect(figure.querySelector('svg')).not.toBeNull();
    expect(figure.querySelector('table')).toBeNull();
    expect(describeFigure(d, none)).toContain('No function is selected');
  });

  it('every number field at its min and max gives finite values and renders', () => {
    for (const x of [schema.x.min, schema.x.max]) {
      for (const alpha of [schema.alpha.min, schema.alpha.max]) {
        const d = derive({ ...initial(), x, alpha });
        for (const m of d.members) {
          expect(Number.isFinite(m.value) && Number.isFinite(m.slope), `${m.name} at ${x}, α ${alpha}`).toBe(true);
          expect(m.f.every((p) => Number.isFinite(p.y))).toBe(true);
        }
        expect(render(d, { document: doc() }).querySelectorAll('tbody tr')).toHaveLength(7);
      }
    }
  });

  it('render draws two panels and a legend table; describe gives the values the chapter quotes at x = −1', () => {
    const d = derive(initial());
    const figure = render(d, { document: doc() });
    const layers = [...figure.querySelectorAll('svg')].filter((s) => s.getAttribute('viewBox') === '0 0 320 280');
    expect(layers).toHaveLength(4); // per panel: axes and curves, then Leaky ReLU and the point
    expect(figure.children[0]!.children).toHaveLength(2);
    const rows = [...figure.querySelectorAll('tbody tr')].map((r) => r.textContent);
    expect(rows[3]).toBe('GELU\u22120.1587\u22120.08332');
    expect(figure.querySelector('thead')!.textContent).toContain('f(\u22121.0)');
    const text = describeFigure(d, initial());
    for (const quoted of ['GELU: −0.1587', 'SiLU: −0.2689', 'ELU (α = 1): −0.6321', 'Leaky ReLU (α = 0.01): −0.01', 'Softplus: 0.3133']) {
      expect(text).toContain(quoted);
    }
    expect(text).toContain('for x from −4 to 7.');
    expect(text).not.toContain('corner');
    expect(describeFigure(derive({ ...initial(), x: 0 }), { ...initial(), x: 0 })).toContain('corner');
  });

  it('render with a memo redraws only the layers an input changed, and draws exactly what a fresh render draws', () => {
    const document = doc();
    const memo = createMemo();
    const states = [initial(), { ...initial(), x: 2.5 }, { ...initial(), x: 2.5, alpha: 0.4 }, { ...initial(), x: 2.5, alpha: 0.4, gelu: false }];
    const layers: Element[][] = [];
    for (const state of states) {
      const kept = render(derive(state), { document, memo });
      expect(kept.outerHTML).toBe(render(derive(state), { document }).outerHTML);
      layers.push([...kept.children[0]!.children]); // the f panel: base, then Leaky ReLU with the point
    }
    expect(layers[1]![0]).toBe(layers[0]![0]); // x moved: same base
    expect(layers[1]![1]).not.toBe(layers[0]![1]);
    expect(layers[2]![0]).toBe(layers[1]![0]); // α moved: same base
    expect(layers[3]![0]).not.toBe(layers[2]![0]); // GELU hidden: new base
  });

  it('the corner view zooms on x from −3 to 3 and says when the reader\'s x lies outside it', () => {
    const state: State = { ...initial(), view: 'corner', x: 5 };
    const d = derive(state);
    expect(d.members).toHaveLength(7);
    const text = describeFigure(d, state);
    expect(text).toContain('for x from −3 to 3. At x = 5.0 (outside this view): ReLU: 5, slope 1');
    const wide = render(derive(initial()), { document: doc() }).outerHTML;
    const corner = render(d, { document: doc() }).outerHTML;
    expect(corner).not.toBe(wide);
    expect(corner).not.toContain('clip-path');
    const pointLayer = (html: Element) => html.children[0]!.children[1]!;
    expect(pointLayer(render(d, { document: doc() })).querySelectorAll('circle')).toHaveLength(0); // x = 5 is off the view
    expect(pointLayer(render(derive({ ...state, x: 2 }), { document: doc() })).querySelectorAll('circle')).toHaveLength(7);
  });

  it('cutToRange(points, lo, hi) keeps the part inside, ends it on the bound, and breaks the line outside', () => {
    const line = [-4, -3, -1, 0, 2].map((x) => ({ x, y: x })); // Leaky ReLU at α = 1 is y = x
    expect(cutToRange(line, -1.2, 7)).toEqual([{ x: -1.2, y: -1.2 }, { x: -1, y: -1 }, { x: 0, y: 0 }, { x: 2, y: 2 }]);
    const dip = [{ x: 0, y: 0 }, { x: 1, y: -2 }, { x: 2, y: 0 }];
    expect(cutToRange(dip, -1, 1)).toEqual([{ x: 0, y: 0 }, { x: 0.5, y: -1 }, { x: 1, y: Number.NaN }, { x: 1.5, y: -1 }, { x: 2, y: 0 }]);
    const gap = [{ x: 0, y: 0 }, { x: 0, y: Number.NaN }, { x: 0, y: 1 }];
    expect(cutToRange(gap, -1, 2)).toEqual(gap);
  });

  it('with α = 1 every drawn point stays inside its panel, in both views', () => {
    for (const view of ['wide', 'corner'] as const) {
      const figure = render(derive({ ...initial(), alpha: 1, x: -4, view }), { document: doc() });
      const fPanel = figure.children[0]!;
      // The point layer draws no dot for Leaky ReLU's value −4, which is below the panel.
      expect(fPanel.children[1]!.querySelectorAll('circle').length).toBe(view === 'wide' ? 6 : 0);
    }
  });
});
