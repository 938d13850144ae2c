import { describe, expect, it } from 'vitest';
import { Value, toGraph, topologicalOrder } from '../src/index.ts';
import { createRng, type Rng } from '../src/rng.ts';
import { relErr } from './close.ts';

// One file for the whole engine (longer than our usual ~200 lines) so the chapter can point at a
// single place; the random-expression builder it needs is at the end.
// Reference numbers: closed forms worked by hand; the long decimals were evaluated with python3
// (fractions for rationals, mpmath at 40 digits for the rest), never with the engine under test.

describe('Value operations at hand-worked points', () => {
  it('Value.mul and Value.div: f = x*y + x/y has df/dx = y + 1/y and df/dy = x - x/y^2', () => {
    const x = new Value(3, 'x');
    const y = new Value(2, 'y');
    const f = x.mul(y).add(x.div(y));
    f.backward();
    expect(f.data).toBe(7.5);
    expect(x.grad).toBe(2.5);
    expect(y.grad).toBe(2.25);
  });

  it("reproduces micrograd's README example: g = 24.7041, dg/da = 138.8338, dg/db = 645.5773", () => {
    // By hand: c = 3a + 4b + 3, d = 12(ab + b^3) + 4 relu(a + b) + relu(b - a), e = c - d,
    // g = e^2/2 + 10/e^2. At a = -4, b = 2: e = -7, dg/de = e - 20/e^3, de/da = -20, de/db = -93.
    // So g = 49/2 + 10/49, dg/da = 140 - 400/343, dg/db = 651 - 1860/343.
    const a = new Value(-4);
    const b = new Value(2);
    let c = a.add(b);
    let d = a.mul(b).add(b.pow(3));
    c = c.add(c.add(1));
    c = c.add(c.add(1).add(a.neg()));
    d = d.add(d.mul(2).add(b.add(a).relu()));
    d = d.add(d.mul(3).add(b.sub(a).relu()));
    const e = c.sub(d);
    const f = e.pow(2);
    let g = f.div(2);
    g = g.add(f.pow(-1).mul(10));
    g.backward();
    expect(relErr(g.data, 24.70408163265306)).toBeLessThan(1e-14);
    expect(relErr(a.grad, 138.8338192419825)).toBeLessThan(1e-14);
    expect(relErr(b.grad, 645.5772594752186)).toBeLessThan(1e-14);
  });

  it('Value.pow(k) has derivative k x^(k-1), 0 for k = 0, and is labelled "pow k"', () => {
    const cases: [number, number, number, number][] = [
      [2, 3, 8, 12],
      [4, 0.5, 2, 0.25],
      [2, -1, 0.5, -0.25],
      [0, 0, 1, 0],
      [-2, 3, -8, 12],
    ];
    for (const [x0, k, value, slope] of cases) {
      const x = new Value(x0);
      const y = x.pow(k);
      y.backward();
      expect([y.data, x.grad, y.op]).toEqual([value, slope, `pow ${k}`]);
    }
  });

  it('Value.pow(k) of a negative base with non-integer k is NaN, as Math.pow', () => {
    const x = new Value(-8);
    const y = x.pow(1 / 3);
    y.backward();
    expect(y.data).toBeNaN();
    expect(x.grad).toBeNaN();
  });

  it('Value.exp has itself as derivative; Value.log has 1/x, with log(0) = -Infinity', () => {
    const x = new Value(1);
    const y = x.exp();
    y.backward();
    expect(y.data).toBe(Math.E);
    expect(x.grad).toBe(Math.E);
    const z = new Value(4);
    const l = z.log();
    l.backward();
    expect(l.data).toBe(Math.log(4));
    expect(z.grad).toBe(0.25);
    const zero = new Value(0);
    const l0 = zero.log();
    l0.backward();
    expect(l0.data).toBe(-Infinity);
    expect(zero.grad).toBe(Infinity);
    expect(new Value(-1).log().data).toBeNaN();
  });

  it('Value.sub and Value.neg have local derivatives 1, -1 and -1', () => {
    const a = new Value(5);
    const b = new Value(7);
    const y = a.sub(b).neg();
    y.backward();
    expect([y.data, a.grad, b.grad]).toEqual([2, -1, 1]);
  });

  it('Value.relu has derivative 0 at the kink; Value.leakyRelu has alpha there', () => {
    const cases: [Value, (v: Value) => Value, number, number][] = [
      [new Value(0), (v) => v.relu(), 0, 0],
      [new Value(-3), (v) => v.relu(), 0, 0],
      [new Value(2.5), (v) => v.relu(), 2.5, 1],
      [new Value(0), (v) => v.leakyRelu(0.1), 0, 0.1],
      [new Value(-2), (v) => v.leakyRelu(0.1), -0.2, 0.1],
      [new Value(-2), (v) => v.leakyRelu(), -0.02, 0.01],
      [new Value(3), (v) => v.leakyRelu(0.1), 3, 1],
    ];
    for (const [x, op, value, slope] of cases) {
      const y = op(x);
      y.backward();
      expect([y.data, x.grad]).toEqual([value, slope]);
    }
  });

  it('Value.sigmoid(-40) backward gives sigmoid\'(-40) = 4.2483542552915890e-18, not 0', () => {
    const x = new Value(-40);
    const y = x.sigmoid();
    y.backward();
    expect(relErr(x.grad, 4.248354255291589e-18)).toBeLessThan(1e-14);
    expect(relErr(y.data, 4.248354255291589e-18)).toBeLessThan(1e-12); // sigma(-40) ~ e^-40 too
    const t = new Value(20);
    t.tanh().backward();
    expect(relErr(t.grad, 1.6993417021166356e-17)).toBeLessThan(1e-14);
  });

  it('the neuron o = tanh(x1 w1 + x2 w2 + b) has do/dn = 1 - o^2 = 1/2 at n = asinh(1)', () => {
    const { o, x1, w1, x2, w2, b } = neuron();
    o.backward();
    const s = 0.49999999999999990558; // sech^2(0.8813735870195432), the n that doubles give
    expect(relErr(o.data, 0.70710678118654759116)).toBeLessThan(1e-15);
    for (const [got, want] of [[x1.grad, -3 * s], [w1.grad, 2 * s], [x2.grad, s], [b.grad, s]] as const) {
      expect(relErr(got, want)).toBeLessThan(1e-14);
    }
    expect(w2.grad).toBe(0); // x2 = 0
  });
});

describe('Value.backward()', () => {
  it('Value.mul(a, a) accumulates 2a into a.grad, and a.add(a) gives 2', () => {
    const a = new Value(3);
    a.mul(a).backward();
    expect(a.grad).toBe(6);
    a.add(a).backward();
    expect(a.grad).toBe(2);
  });

  it('accumulates through a shared subexpression: d(b + b*b)/da = 3 + 18a for b = 3a', () => {
    const a = new Value(2);
    const b = a.mul(3);
    const c = b.add(b.mul(b));
    c.backward();
    expect(c.data).toBe(42);
    expect(b.grad).toBe(13);
    expect(a.grad).toBe(39);
  });

  it('gives the same grads when called twice, whatever grads were left before', () => {
    const a = new Value(2);
    const b = new Value(-1.5);
    const y = a.mul(b).add(a.tanh()).mul(a);
    y.backward();
    const first = [a.grad, b.grad, y.grad];
    a.grad = 100;
    y.backward();
    y.backward();
    expect([a.grad, b.grad, y.grad]).toEqual(first);
    expect(y.grad).toBe(1);
  });

  it('leaves nodes that the output does not depend on alone', () => {
    const a = new Value(2);
    const unrelated = new Value(5);
    unrelated.grad = 7;
    a.mul(4).backward();
    expect(a.grad).toBe(4);
    expect(unrelated.grad).toBe(7);
  });

  it('handles a chain of 100 000 mul nodes without overflowing the stack: dy/dx = 1.0001^100000', () => {
    const x = new Value(1);
    let y = x;
    for (let i = 0; i < 100_000; i++) y = y.mul(1.0001);
    y.backward();
    // mpmath: double(1.0001)^100000 = 22015.456048527954...; 1e5 roundings allow ~1e-11.
    expect(relErr(x.grad, 22015.45604852795454)).toBeLessThan(1e-10);
    expect(relErr(y.data, 22015.45604852795454)).toBeLessThan(1e-10);
    expect(topologicalOrder(y)).toHaveLength(200_001); // x, then a constant and a product per step
  });

  it('handles a chain of 100 000 add nodes: dy/dx = 1 and y = x + 100000', () => {
    const x = new Value(0.5);
    let y = x;
    for (let i = 0; i < 100_000; i++) y = y.add(1);
    y.backward();
    expect(x.grad).toBe(1);
    expect(y.data).toBe(100_000.5);
  });

  it('visits each shared node once: 50 000 steps of y = y + y*c take linear time, dy/dx = (1 + c)^50000', () => {
    // Every node is used twice, so a walk that revisits shared nodes would take 2^50000 steps.
    const x = new Value(1);
    let y = x;
    for (let i = 0; i < 50_000; i++) y = y.add(y.mul(1e-5));
    y.backward();
    expect(relErr(x.grad, 1.6487171489295821267)).toBeLessThan(1e-10); // mpmath (1 + 1e-5)^50000
  });
});

describe('Value.backward() agrees with central finite differences on random expressions', () => {
  it('matches every leaf of 300 seeded random expressions (all ops, numbers mixed in, shared parts)', () => {
    const rng = createRng(20240611);
    let accepted = 0;
    const opsSeen = new Set<string>();
    for (let attempt = 0; accepted < 300; attempt++) {
      expect(attempt, 'too many rejected expressions').toBeLessThan(5000);
      const leaves = [0, 1, 2].map(() => -2 + 4 * rng.next());
      const xs = leaves.map((d, i) => new Value(d, `x${i}`));
      const { v, f } = randomExpr(rng, xs, 4, []);
      if (!wellConditioned(v)) continue;
      accepted++;
      for (const node of topologicalOrder(v)) opsSeen.add(node.op.split(' ')[0]!);
      // The engine's forward pass matches the plain-Math evaluation.
      const plain = f(leaves);
      expect(Math.abs(v.data - plain)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(plain)));
      v.backward();
      for (let j = 0; j < leaves.length; j++) {
        const numeric = centralDifference(f, leaves, j);
        const analytic = xs[j]!.grad;
        const err = Math.abs(analytic - numeric) / Math.max(1, Math.abs(analytic), Math.abs(numeric));
        expect(err, `leaf ${j} of expression ${accepted}`).toBeLessThan(1e-6);
      }
    }
    expect([...opsSeen].sort()).toEqual(
      ['', '*', '+', '-', '/', 'exp', 'leakyRelu', 'log', 'neg', 'pow', 'relu', 'sigmoid', 'tanh'].sort(),
    );
  });
});

describe('toGraph(output)', () => {
  it('lists the neuron o = tanh(x1 w1 + x2 w2 + b) in topological order with its edges', () => {
    const { o } = neuron();
    o.backward();
    const { nodes, edges } = toGraph(o);
    // Depth-first from o, inputs in order: x1 w1 -> x1w1, x2 w2 -> x2w2, their sum, b, n, o.
    expect(nodes.map((n) => n.label)).toEqual(['x1', 'w1', 'x1w1', 'x2', 'w2', 'x2w2', 'x1w1+x2w2', 'b', 'n', 'o']);
    expect(nodes.map((n) => n.id)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(nodes.map((n) => n.op)).toEqual(['', '', '*', '', '', '*', '+', '', '+', 'tanh']);
    expect(nodes.map((n) => n.data).slice(0, 8)).toEqual([2, -3, -6, 0, 1, 0, -6, 6.881373587019543]);
    expect(nodes[9]!.grad).toBe(1);
    expect(relErr(nodes[1]!.grad, 2 * 0.49999999999999990558)).toBeLessThan(1e-14); // w1.grad
    expect(edges.map(({ from, to, localGrad }) => [from, to, localGrad]).slice(0, -1)).toEqual([
      [0, 2, -3], // d(x1 w1)/dx1 = w1
      [1, 2, 2], // d(x1 w1)/dw1 = x1
      [3, 5, 1],
      [4, 5, 0],
      [2, 6, 1],
      [5, 6, 1],
      [6, 8, 1],
      [7, 8, 1],
    ]);
    expect(edges[edges.length - 1]).toMatchObject({ from: 8, to: 9 });
    expect(relErr(edges[edges.length - 1]!.localGrad, 0.49999999999999990558)).toBeLessThan(1e-14); // 1 - o^2
    for (const e of edges) expect(e.from).toBeLessThan(e.to);
  });

  it('lists a shared node once, and an input used twice by one op as two edges', () => {
    const a = new Value(2, 'a');
    const sq = a.mul(a);
    expect(toGraph(sq).nodes).toHaveLength(2);
    expect(toGraph(sq).edges).toEqual([
      { from: 0, to: 1, localGrad: 2 },
      { from: 0, to: 1, localGrad: 2 },
    ]);
    const b = a.mul(3);
    const c = b.add(b.mul(b));
    const g = toGraph(c);
    expect(g.nodes.map((n) => [n.op, n.data])).toEqual([['', 2], ['', 3], ['*', 6], ['*', 36], ['+', 42]]);
    expect(g.edges.map((e) => [e.from, e.to])).toEqual([[0, 2], [1, 2], [2, 3], [2, 3], [2, 4], [3, 4]]);
  });

  it('copies plain data: changing the graph later does not change it', () => {
    const a = new Value(1, 'a');
    const y = a.exp();
    const g = toGraph(y);
    a.label = 'changed';
    y.backward();
    expect(g.nodes[0]).toEqual({ id: 0, label: 'a', op: '', data: 1, grad: 0 });
  });
});

describe('Value arguments', () => {
  it('accepts plain numbers wherever a Value is expected', () => {
    const a = new Value(6);
    const results = [a.add(2), a.sub(2), a.mul(2), a.div(2)];
    expect(results.map((r) => r.data)).toEqual([8, 4, 12, 3]);
    const slopes: number[] = [];
    for (const r of results) {
      r.backward();
      slopes.push(a.grad);
    }
    expect(slopes).toEqual([1, 1, 2, 0.5]);
    expect(results.map((r) => r.inputs[1]!.data)).toEqual([2, 2, 2, 2]);
  });

  it('throws a TypeError for a non-finite or non-number operand, naming the method', () => {
    const a = new Value(1);
    const bad = (x: unknown) => x as number;
    expect(() => a.add(Number.NaN)).toThrow(new TypeError('Value.add: expected a Value or a finite number, got NaN'));
    expect(() => a.mul(Infinity)).toThrow(TypeError);
    expect(() => a.sub(bad('2'))).toThrow(/Value\.sub: .* got "2"/);
    expect(() => a.div(bad(undefined))).toThrow(/Value\.div: .* got undefined/);
    expect(() => a.add(bad({ data: 1 }))).toThrow(TypeError);
    expect(() => a.pow(bad(new Value(2)))).toThrow(/Value\.pow\(k\): expected a finite number/);
    expect(() => a.pow(Number.NaN)).toThrow(TypeError);
    expect(() => a.leakyRelu(-Infinity)).toThrow(TypeError);
  });

  it('new Value(data) throws a TypeError unless a leaf\'s data is a finite number', () => {
    expect(() => new Value(Number.NaN)).toThrow(TypeError);
    expect(() => new Value(Infinity)).toThrow(TypeError);
    expect(() => new Value('1' as unknown as number)).toThrow(/finite number, got "1"/);
    expect(new Value(0).label).toBe('');
    expect(new Value(0, 'w').label).toBe('w');
  });

  it('new Value(data, label, op, inputs, localGrads) defines a new operation, e.g. sin', () => {
    const x = new Value(0.5, 'x');
    const y = new Value(Math.sin(x.data), 'y', 'sin', [x], [Math.cos(x.data)]);
    y.mul(y).backward(); // d sin^2 / dx = 2 sin cos = sin(2x)
    expect(relErr(x.grad, Math.sin(1))).toBeLessThan(1e-15);
    expect(() => new Value(1, '', 'sin', [x], [])).toThrow(RangeError);
  });
});

// --- helpers ---

function neuron() {
  const x1 = new Value(2, 'x1');
  const x2 = new Value(0, 'x2');
  const w1 = new Value(-3, 'w1');
  const w2 = new Value(1, 'w2');
  const b = new Value(6.881373587019543, 'b'); // n = asinh(1) to double precision
  const x1w1 = x1.mul(w1);
  x1w1.label = 'x1w1';
  const x2w2 = x2.mul(w2);
  x2w2.label = 'x2w2';
  const sum = x1w1.add(x2w2);
  sum.label = 'x1w1+x2w2';
  const n = sum.add(b);
  n.label = 'n';
  const o = n.tanh();
  o.label = 'o';
  return { o, x1, x2, w1, w2, b };
}

/** An expression built twice: as a Value graph, and as a plain function of the leaves' data. */
interface Expr {
  v: Value;
  f: (x: readonly number[]) => number;
}

const UNARY = ['neg', 'exp', 'log', 'tanh', 'sigmoid', 'relu', 'leakyRelu', 'pow'] as const;
const BINARY = ['add', 'sub', 'mul', 'div'] as const;
const POWERS = [2, 3, -1, 0.5, 1.5, -2, 0];

/**
 * A random expression of the leaves `xs`. Its plain form uses Math directly (not the kernel), so
 * it is an independent evaluation. `pool` collects every subexpression built, and leaves of later
 * subexpressions are sometimes drawn from it, so parts of the graph are shared.
 */
function randomExpr(rng: Rng, xs: Value[], depth: number, pool: Expr[]): Expr {
  let e: Expr;
  if (depth === 0 || rng.next() < 0.2) {
    if (pool.length > 0 && rng.next() < 0.3) return pool[rng.int(pool.length)]!;
    const i = rng.int(xs.length);
    return { v: xs[i]!, f: (x) => x[i]! };
  }
  const kind = rng.int(UNARY.length + BINARY.length);
  const a = randomExpr(rng, xs, depth - 1, pool);
  if (kind < UNARY.length) {
    const op = UNARY[kind]!;
    const fa = a.f;
    if (op === 'pow') {
      const k = POWERS[rng.int(POWERS.length)]!;
      e = { v: a.v.pow(k), f: (x) => Math.pow(fa(x), k) };
    } else if (op === 'leakyRelu') {
      const alpha = 0.01 + 0.3 * rng.next();
      e = { v: a.v.leakyRelu(alpha), f: (x) => (fa(x) > 0 ? fa(x) : alpha * fa(x)) };
    } else {
      const plain = { neg: (t: number) => -t, exp: Math.exp, log: Math.log, tanh: Math.tanh,
        sigmoid: (t: number) => 1 / (1 + Math.exp(-t)), relu: (t: number) => Math.max(0, t) }[op];
      e = { v: a.v[op](), f: (x) => plain(fa(x)) };
    }
  } else {
    const op = BINARY[kind - UNARY.length]!;
    const fa = a.f;
    // A third of the right operands are plain numbers, which the engine wraps as leaves.
    const plain = { add: (s: number, t: number) => s + t, sub: (s: number, t: number) => s - t,
      mul: (s: number, t: number) => s * t, div: (s: number, t: number) => s / t }[op];
    if (rng.next() < 0.33) {
      const c = -2 + 4 * rng.next();
      e = { v: a.v[op](c), f: (x) => plain(fa(x), c) };
    } else {
      const b = randomExpr(rng, xs, depth - 1, pool);
      const fb = b.f;
      e = { v: a.v[op](b.v), f: (x) => plain(fa(x), fb(x)) };
    }
  }
  pool.push(e);
  return e;
}

/**
 * True when finite differences can judge the expression: every value finite and moderate, and
 * every argument away from the places where an op is undefined or has a kink.
 */
function wellConditioned(v: Value): boolean {
  for (const node of topologicalOrder(v)) {
    if (!(Math.abs(node.data) < 100)) return false; // also rejects NaN
    const x = node.inputs[0]?.data ?? 0;
    const y = node.inputs[1]?.data ?? 0;
    if ((node.op === 'relu' || node.op === 'leakyRelu') && Math.abs(x) < 1e-2) return false;
    if (node.op === 'log' && !(x > 0.05)) return false;
    if (node.op === '/' && !(Math.abs(y) > 0.1)) return false;
    if (node.op.startsWith('pow') && !(Math.abs(x) > 0.1)) return false;
    for (const g of node.localGrads) if (!(Math.abs(g) < 1e3)) return false;
  }
  return true;
}

/** (f(x + h e_j) - f(x - h e_j)) / (2h), with the kernel gradCheck's step h = cbrt(eps) max(1, |x_j|). */
function centralDifference(f: (x: readonly number[]) => number, x: readonly number[], j: number): number {
  const h = 6.0554544523933395e-6 * Math.max(1, Math.abs(x[j]!));
  const hi = x.with(j, x[j]! + h);
  const lo = x.with(j, x[j]! - h);
  return (f(hi) - f(lo)) / (hi[j]! - lo[j]!);
}
