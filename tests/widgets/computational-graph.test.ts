import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { defaults } from '../../src/widgets/core/schema.ts';
import { FIGURE_WIDTH } from '../../src/widgets/core/plot-style.ts';
import { geometry, BOX_H } from '../../src/widgets/computational-graph/geometry.ts';
import { layeredLayout } from '../../src/widgets/computational-graph/layout.ts';
import { derive, lastStep, MAX_STEP, schema, type State } from '../../src/widgets/computational-graph/model.ts';
import { fmt, headline } from '../../src/widgets/computational-graph/narrate.ts';
import { describe as describeFigure, render } from '../../src/widgets/computational-graph/view.ts';

const state = (patch: Partial<State> = {}): State => ({ ...defaults(schema), ...patch });
const byName = (d: ReturnType<typeof derive>) => Object.fromEntries(d.graph.nodes.map((n) => [n.name, n]));
const gradsAt = (patch: Partial<State>) => {
  const d = derive(state(patch));
  return Object.fromEntries(d.graph.nodes.map((n, i) => [n.name, d.snapshot.grad[i]]));
};

// The chapter's neuron (x₁ = 1.5, w₁ = 0.8, x₂ = −2, w₂ = 0.4, b = 0.1, y = 1), by mpmath at 30 digits:
// z = 0.5, a = tanh(0.5), d = a − 1, L = d²/2, z̄ = d(1 − a²), x̄ᵢ = z̄ wᵢ, w̄ᵢ = z̄ xᵢ.
const NEURON = {
  a: 0.462117157260009758502318483644,
  d: -0.537882842739990241497681516356,
  L: 0.144658976257026536422832049185,
  zbar: -0.423016742274133772379780477552,
  x1bar: -0.338413393819307017903824382042,
  w1bar: -0.634525113411200658569670716328,
  x2bar: -0.169206696909653508951912191021,
  w2bar: 0.846033484548267544759560955104,
};

describe('computational graph: fan-out f = (a + b)·b', () => {
  it('derive(defaults) computes c = 5, f = 15 and, at the last step, ∂f/∂a = b = 3 and ∂f/∂b = a + 2b = 8', () => {
    const d = derive(state({ step: 7 }));
    const n = byName(d);
    expect([n.c!.data, n.f!.data]).toEqual([5, 15]);
    expect(d.last).toBe(7);
    expect(gradsAt({ step: 7 })).toEqual({ a: 3, b: 8, c: 3, f: 1 });
  });

  it('schedule: values appear in topological order, then the seed, then one share per edge from the output back', () => {
    const d = derive(state());
    expect(d.steps.map((s) => s.kind)).toEqual(['start', 'forward', 'forward', 'seed', 'edge', 'edge', 'edge', 'edge']);
    const names = d.graph.nodes.map((n) => n.name);
    const edgeOrder = d.steps.filter((s) => s.kind === 'edge').map((s) => {
      const e = d.graph.edges[(s as { edge: number }).edge]!;
      return `${names[e.from]}→${names[e.to]}`;
    });
    expect(edgeOrder).toEqual(['c→f', 'b→f', 'a→c', 'b→c']);
    expect(derive(state({ step: 0 })).snapshot.known).toEqual([true, true, false, false]);
    expect(derive(state({ step: 1 })).snapshot.known).toEqual([true, true, true, false]);
  });

  it('replay shows b, the leaf used twice, first with one share (5) and then with both (8)', () => {
    expect(gradsAt({ step: 3 })).toEqual({ a: 0, b: 0, c: 0, f: 1 });
    expect(gradsAt({ step: 5 }).b).toBe(5);
    expect(gradsAt({ step: 6 })).toEqual({ a: 3, b: 5, c: 3, f: 1 });
    expect(gradsAt({ step: 7 }).b).toBe(8);
    expect(derive(state({ step: 2 })).snapshot.grad.every((g) => g === null)).toBe(true);
  });

  it('headline and describe narrate the share with its numbers', () => {
    expect(headline(derive(state({ step: 5 })))).toBe('Backward 2 of 4: b̄ += f̄ × ∂f/∂b = 1 × 5 = 5 → b̄ = 5');
    expect(headline(derive(state({ step: 7 })))).toBe('Backward 4 of 4: b̄ += c̄ × ∂c/∂b = 3 × 1 = 3 → b̄ = 5 + 3 = 8');
    const text = describeFigure(derive(state({ step: 7 })), state({ step: 7 }));
    expect(text).toContain('the gradient 3 of c reaches b through the node c = a + b, whose local derivative ∂c/∂b is 1, giving 3; the gradient of b grows from 5 to 8, final after both of its uses.');
    expect(describeFigure(derive(state({ step: 5 })), state({ step: 5 }))).toContain('whose local derivative ∂f/∂b is c = 5, giving 5; the gradient of b is now 5; 1 more share to come.');
    expect(describeFigure(derive(state({ step: 1 })), state({ step: 1 }))).toContain('Forward step 1 of 2 (step 1 of 7): c = a + b = 2 + 3 = 5.');
  });
});

describe("computational graph: the chapter's tanh neuron", () => {
  const last = state({ expr: 'neuron', step: MAX_STEP });

  it('derive matches the worked example (mpmath) and the kernel backward() bit for bit', () => {
    const d = derive(last);
    const n = byName(d);
    expect(d.graph.nodes.map((x) => x.formula)).toEqual(
      ['x₁', 'w₁', 'p₁ = x₁·w₁', 'x₂', 'w₂', 'p₂ = x₂·w₂', 'b', 'z = p₁+p₂+b', 'a = tanh z', 'd = a − y', 'L = ½ d²'],
    );
    expect(n.z!.data).toBeCloseTo(0.5, 15);
    expect(n.a!.data).toBeCloseTo(NEURON.a, 15);
    expect(n.d!.data).toBeCloseTo(NEURON.d, 15);
    expect(n.L!.data).toBeCloseTo(NEURON.L, 15);
    const g = gradsAt(last);
    for (const [name, ref] of [['z', NEURON.zbar], ['b', NEURON.zbar], ['p₁', NEURON.zbar], ['a', NEURON.d], ['d', NEURON.d],
      ['x₁', NEURON.x1bar], ['w₁', NEURON.w1bar], ['x₂', NEURON.x2bar], ['w₂', NEURON.w2bar]] as const) {
      expect(g[name], name).toBeCloseTo(ref, 14);
    }
    // The widget's own replay of the backward pass ends where the kernel's Value.backward() does.
    expect(d.snapshot.grad).toEqual(d.graph.nodes.map((x) => x.grad));
  });

  it("fmt writes the chapter table's numbers as printed", () => {
    const d = derive(last);
    const shown = Object.fromEntries(d.graph.nodes.map((x, i) => [x.name, [fmt(x.data), fmt(d.snapshot.grad[i]!)]]));
    expect(shown).toEqual({
      'x₁': ['1.5', '−0.3384'], 'w₁': ['0.8', '−0.6345'], 'x₂': ['−2', '−0.1692'], 'w₂': ['0.4', '0.8460'], b: ['0.1', '−0.4230'],
      'p₁': ['1.2', '−0.4230'], 'p₂': ['−0.8', '−0.4230'], z: ['0.5', '−0.4230'], a: ['0.4621', '−0.5379'],
      d: ['−0.5379', '−0.5379'], L: ['0.1447', '1'],
    });
    expect(fmt(1 - 1.38e-12)).toBe('1.000');
    expect(fmt(-1.3828800213870844e-12)).toBe('−1.38e−12');
  });

  it('edges carry the local derivatives of the table, in symbols and numbers, in backward order', () => {
    const d = derive(last);
    const names = d.graph.nodes.map((x) => x.name);
    const order = d.steps.flatMap((s) => (s.kind === 'edge' ? [d.graph.edges[s.edge]!] : []))
      .map((e) => `${names[e.from]}→${names[e.to]} ${e.localText} ${fmt(e.localGrad)}`);
    expect(order).toEqual([
      'd→L d −0.5379', 'a→d 1 1', 'z→a 1 − a² 0.7864', 'p₁→z 1 1', 'p₂→z 1 1', 'b→z 1 1',
      'x₂→p₂ w₂ 0.4', 'w₂→p₂ x₂ −2', 'x₁→p₁ w₁ 0.8', 'w₁→p₁ x₁ 1.5',
    ]);
    expect(lastStep('neuron')).toBe(MAX_STEP);
    expect(lastStep('fanout')).toBe(7);
  });

  it('describe narrates the step that reaches w₁ with the numbers of the chapter', () => {
    const s = state({ expr: 'neuron', step: MAX_STEP });
    const text = describeFigure(derive(s), s);
    expect(text).toContain('Backward step 10 of 10 (step 17 of 17): the gradient −0.4230 of p₁ reaches w₁ through the node p₁ = x₁·w₁, whose local derivative ∂p₁/∂w₁ is x₁ = 1.5, giving −0.6345; the gradient of w₁ is now −0.6345, final.');
    expect(text).toContain('L = 0.1447');
    expect(text).toContain('∂L/∂w₂ = 0.8460');
    expect(headline(derive(state({ expr: 'neuron', step: 10 })))).toBe('Backward 3 of 10: z̄ += a\u0304 × ∂a/∂z = −0.5379 × 0.7864 = −0.4230 → z̄ = −0.4230');
  });
});

describe('computational graph: layout, geometry and edge cases', () => {
  it('layeredLayout puts leaves just left of their first user and each node at the mean row of its inputs', () => {
    expect(layeredLayout([[], [], [0, 1], [2, 1]])).toEqual({ col: [0, 0, 1, 2], row: [0, 1, 0.5, 0.75], cols: 3, rowSpan: 1 });
    const n = derive(state({ expr: 'neuron' })).layout;
    // x1 w1 p1 x2 w2 p2 b z a d L: b enters in column 1, between p1 and p2; the chain z → L runs along row 1.5.
    expect(n.col).toEqual([0, 0, 1, 0, 0, 1, 1, 2, 3, 4, 5]);
    expect(n.row).toEqual([0, 1, 0.5, 2, 3, 2.5, 1.5, 1.5, 1.5, 1.5, 1.5]);
    // Two nodes that would land on the same row of a column are pushed a row apart.
    expect(layeredLayout([[], [], [0], [0]]).row).toEqual([0, 1, 0, 1]);
  });

  const extremes: Partial<State>[] = [{}, { expr: 'neuron' }];
  for (const [name, field] of Object.entries(schema)) {
    if (field.kind !== 'number' || name === 'step') continue;
    for (const expr of ['fanout', 'neuron'] as const) {
      extremes.push({ expr, [name]: field.min }, { expr, [name]: field.max });
    }
  }
  extremes.push(
    { expr: 'neuron', x1: 3, w1: 2, x2: -3, w2: -2, bias: 2 },
    { expr: 'neuron', x1: -3, w1: 2, x2: 3, w2: 2, bias: -2 },
    { expr: 'fanout', a: -3, b: -3 },
  );

  it('every input at its min and max, at every step, gives finite numbers, text without NaN, and boxes that do not overlap', () => {
    for (const patch of extremes) {
      for (let step = 0; step <= MAX_STEP; step++) {
        const s = state({ ...patch, step });
        const d = derive(s);
        expect(d.step).toBe(Math.min(step, d.last));
        for (const n of d.graph.nodes) expect(Number.isFinite(n.data) && Number.isFinite(n.grad), JSON.stringify(patch)).toBe(true);
        const text = headline(d) + describeFigure(d, s);
        expect(text).not.toMatch(/NaN|undefined|Infinity|null/);
      }
      const d = derive(state({ ...patch, step: MAX_STEP }));
      const geo = geometry(d);
      const boxes = d.graph.nodes.map((_, i) => ({ x: geo.x[i]!, y: geo.y[i]!, w: geo.w[i]! }));
      for (let i = 0; i < boxes.length; i++) {
        const a = boxes[i]!;
        expect(a.x * geo.scale, JSON.stringify(patch)).toBeGreaterThanOrEqual(0);
        expect((a.x + a.w) * geo.scale, JSON.stringify(patch)).toBeLessThanOrEqual(FIGURE_WIDTH);
        for (let j = i + 1; j < boxes.length; j++) {
          const b = boxes[j]!;
          const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + BOX_H <= b.y || b.y + BOX_H <= a.y;
          expect(apart, `${JSON.stringify(patch)}: boxes ${i} and ${j}`).toBe(true);
        }
      }
      // A local-derivative label between adjacent columns fits in the gap between the boxes.
      d.graph.edges.forEach((e, k) => {
        if (d.layout.col[e.to] !== d.layout.col[e.from]! + 1) return;
        const p = geo.edges[k]!;
        expect(p.mx - p.pillW / 2, JSON.stringify(patch)).toBeGreaterThan(geo.x[e.from]! + geo.w[e.from]!);
        expect(p.mx + p.pillW / 2, JSON.stringify(patch)).toBeLessThan(geo.x[e.to]!);
      });
    }
  });

  it('geometry keeps the default fan-out graph narrow enough to show whole on a 390 px phone', () => {
    // On a phone the figure is drawn at its 560 px minimum width in a ~324 px scroll box.
    const geo = geometry(derive(state()));
    const left = Math.min(...geo.x);
    const right = Math.max(...geo.x.map((x, i) => x + geo.w[i]!));
    expect(((right - left) * 560) / FIGURE_WIDTH).toBeLessThan(310);
  });

  it('render draws an SVG at build time with a box per node, an arrow per edge and the headline', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const s = state({ step: 7 });
    const svg = render(derive(s), { document: document as unknown as Document });
    expect(svg.tagName.toLowerCase()).toBe('svg');
    expect(svg.getAttribute('width')).toBe(String(FIGURE_WIDTH));
    expect(svg.querySelectorAll('line')).toHaveLength(4);
    expect(svg.outerHTML).toContain('b̄ = 5 + 3 = 8');
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toEqual(expect.arrayContaining(['c = a + b', 'f = c·b', '15', '8']));
    const neuron = render(derive(state({ expr: 'neuron' })), { document: document as unknown as Document });
    expect(neuron.querySelectorAll('line')).toHaveLength(10);
    const texts = [...neuron.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts.slice(0, 2)).toEqual(['Step 0 of 17', 'inputs x₁ = 1.5, w₁ = 0.8, x₂ = −2, w₂ = 0.4, b = 0.1 (target y = 1)']);
    expect(texts).toContain('target y = 1');
  });
});
