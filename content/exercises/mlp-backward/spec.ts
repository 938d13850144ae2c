import { defineExercise, type CheckContext } from '@nonlinear/grader';

// Expected values: mpmath at 60 digits on the exact double inputs, rounded to the nearest double.
// The gradients were derived twice there, independently: by mp.diff of the loss with respect to
// every parameter, and from the closed-form backward pass; the two agree to 35 digits. The
// saturated case is exact by hand: tanh(±1000) rounds to ±1, and 1 − tanh² ≈ 4e-869 rounds to 0.

interface Params { W1: number[][]; b1: number[]; W2: number[][]; b2: number[] }
interface Grads { dW1: number[][]; db1: number[]; dW2: number[][]; db2: number[] }

const tol = { rel: 1e-10, abs: 1e-13 };

/** Reference loss ½‖W2 tanh(W1 x + b1) + b2 − y‖², written independently of any solution, for finite differences. */
function loss(p: Params, x: readonly number[], y: readonly number[]): number {
  const h = p.W1.map((row, j) => Math.tanh(row.reduce((s, w, i) => s + w * x[i]!, p.b1[j]!)));
  let sum = 0;
  p.W2.forEach((row, k) => {
    const r = row.reduce((s, w, j) => s + w * h[j]!, p.b2[k]!) - y[k]!;
    sum += r * r;
  });
  return sum / 2;
}

/** An array or a typed array (a reader may return Float64Array rows). */
const isList = (v: unknown): v is ArrayLike<unknown> & { length: number } => Array.isArray(v) || ArrayBuffer.isView(v);

const copy = (p: Params): Params => ({ W1: p.W1.map((r) => r.slice()), b1: p.b1.slice(), W2: p.W2.map((r) => r.slice()), b2: p.b2.slice() });

/** Central differences of the reference loss for every parameter entry, compared with the reader's gradient. */
function matchesDifferences(got: unknown, p: Params, x: number[], y: number[]): string | null {
  const g = got as Grads;
  const step = 1e-6;
  const entries: [string, (q: Params) => number[], number, number | null][] = [];
  p.W1.forEach((row, j) => row.forEach((_, i) => entries.push(['dW1', (q) => q.W1[j]!, i, j])));
  p.b1.forEach((_, j) => entries.push(['db1', (q) => q.b1, j, null]));
  p.W2.forEach((row, k) => row.forEach((_, j) => entries.push(['dW2', (q) => q.W2[k]!, j, k])));
  p.b2.forEach((_, k) => entries.push(['db2', (q) => q.b2, k, null]));
  for (const [name, vec, i, row] of entries) {
    const up = copy(p);
    const down = copy(p);
    vec(up)[i]! += step;
    vec(down)[i]! -= step;
    const d = (loss(up, x, y) - loss(down, x, y)) / (2 * step);
    const field = g[name as keyof Grads] as (number | number[])[] | undefined;
    if (!isList(field)) return `the result has no array ${name}`;
    const value = row === null ? field[i] : (field[row] as number[] | undefined)?.[i];
    const where = row === null ? `${name}[${i}]` : `${name}[${row}][${i}]`;
    if (typeof value !== 'number' || !(Math.abs(value - d) <= 1e-7 + 1e-6 * Math.abs(d))) {
      return `${where} is ${String(value)}, but central differences of the loss give ${d.toPrecision(8)}`;
    }
  }
  return null;
}

/** A matrix of small exact values cycling through −0.75, ..., 0.75, times `scale`. */
const grid = (rows: number, cols: number, seed: number, scale = 1): number[][] =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => ((((seed + 5 * r + 3 * c) % 13) - 6) / 8) * scale));

const chapter: Params = { W1: [[0.4, 0.3], [-0.2, 0.6]], b1: [0.2, -0.1], W2: [[0.7, -0.5]], b2: [0.05] };
const wide: Params = {
  W1: [[0.1, -0.2, 0.3], [0.4, 0.5, -0.6], [-0.7, 0.8, 0.9], [0.25, -0.35, 0.45]],
  b1: [0.05, -0.1, 0.15, -0.2],
  W2: [[0.3, -0.6, 0.9, -1.2], [1.5, 0.2, -0.4, 0.6]],
  b2: [0.1, -0.3],
};
const narrow: Params = { W1: [[1.3]], b1: [-0.4], W2: [[0.5], [-1], [2]], b2: [0, 0.25, -0.5] };
const saturated: Params = { W1: [[500, 0], [0, -500]], b1: [0, 0], W2: [[0.5, 0.25]], b2: [0] };
const net352: Params = { W1: grid(5, 3, 1), b1: grid(1, 5, 4)[0]!, W2: grid(2, 5, 7), b2: [0.125, -0.25] };
const net642: Params = { W1: grid(4, 6, 2, 2), b1: grid(1, 4, 9, 2)[0]!, W2: grid(2, 4, 5, 2), b2: [-0.5, 0.375] };

export default defineExercise({
  id: 'mlp-backward',
  title: 'Backward pass of a two-layer network',
  chapter: 'backprop',
  exportName: 'mlpBackward',
  signature:
    'export function mlpBackward(p: { W1: number[][]; b1: number[]; W2: number[][]; b2: number[] }, x: number[], y: number[]): { dW1: number[][]; db1: number[]; dW2: number[][]; db2: number[] }',
  hints: [
    'Run the forward pass and keep h and ŷ. Then go backwards one layer at a time, starting from ∂L/∂ŷ.',
    'For ½‖ŷ − y‖² the output error is δ2 = ŷ − y (one entry per output, no division). The output layer’s gradients are δ2 hᵀ and δ2.',
    'Hidden unit j collects Σ_k W2[k][j] δ2[k] from every output it feeds, times the tanh derivative 1 − h_j². Then dW1[j][i] = δ1[j] · x[i] and db1 = δ1.',
  ],
  tests: [
    {
      name: 'mlpBackward on the chapter’s 2-2-1 network',
      args: [chapter, [0.5, -1], [1]],
      expected: {
        dW1: [[-0.18996887700496776, 0.3799377540099355], [0.07662047003439577, -0.15324094006879155]],
        db1: [-0.3799377540099355, 0.15324094006879155],
        dW2: [[-0.05463939186200139, 0.3640342663456982]],
        db2: [-0.5482140186286064],
      },
      tolerance: tol,
      hint: 'Compare with the chapter: δ2 = −0.5482, δ1 = (−0.3799, 0.1532). A wrong dW1 with the right db1 is an outer product in the wrong order; a wrong db1 is usually a missing or wrong 1 − h² factor (it is 1 − h², not 1 − z²).',
    },
    {
      name: 'mlpBackward on a 3-4-2 network (non-square weights)',
      args: [wide, [1, -0.5, 2], [0.5, -1]],
      expected: {
        dW1: [
          [1.3885698564567517, -0.6942849282283758, 2.7771397129135034],
          [0.1282631712033951, -0.06413158560169754, 0.2565263424067902],
          [-0.39651143275952655, 0.19825571637976327, -0.7930228655190531],
          [0.3901599725894001, -0.19507998629470005, 0.7803199451788002],
        ],
        db1: [1.3885698564567517, 0.1282631712033951, -0.39651143275952655, 0.3901599725894001],
        dW2: [
          [-0.035400360924466426, 0.041889839981790765, -0.035400360924466426, -0.041456830654993566],
          [1.231628323720148, -1.457406423278037, 1.2316283237201482, 1.4423414200579756],
        ],
        db2: [-0.05122547366044782, 1.7822062433432346],
      },
      tolerance: tol,
      hint: 'With two outputs, each hidden unit gets back the sum over both outputs, W2[0][j] δ2[0] + W2[1][j] δ2[1]. The loss is ½ times the sum over outputs, not the mean: δ2 = ŷ − y.',
    },
    {
      name: 'mlpBackward on a 1-1-3 network (one hidden unit, three outputs)',
      args: [narrow, [0.8], [1, 0, -1]],
      expected: {
        dW1: [[1.7516388462267118]],
        db1: [2.18954855778339],
        dW2: [[-0.40534380044329255], [-0.17788661659430874], [0.9206727860348425]],
        db2: [-0.7175502235768875, -0.31489955284622506, 1.6297991056924501],
      },
      tolerance: tol,
      hint: 'db2 is ŷ − y for each of the three outputs, not divided by 3. The single hidden unit collects Σ_k W2[k][0] δ2[k] from all three.',
    },
    {
      name: 'the gradients have the shapes of the parameters (3 inputs, 4 hidden units, 2 outputs)',
      args: [wide, [1, -0.5, 2], [0.5, -1]],
      check: (got) => {
        const g = got as Grads;
        const shape = (m: unknown): string => (isList(m) ? `${m.length} × ${isList(m[0]) ? m[0].length : '?'}` : String(m));
        const isMatrix = (m: unknown, rows: number, cols: number): boolean => isList(m) && m.length === rows && Array.from(m).every((r) => isList(r) && r.length === cols);
        if (!isMatrix(g.dW1, 4, 3)) return `dW1 should be 4 × 3 (hidden × inputs), like W1, but it is ${shape(g.dW1)}`;
        if (!isList(g.db1) || g.db1.length !== 4) return `db1 should have 4 entries, like b1`;
        if (!isMatrix(g.dW2, 2, 4)) return `dW2 should be 2 × 4 (outputs × hidden), like W2, but it is ${shape(g.dW2)}`;
        if (!isList(g.db2) || g.db2.length !== 2) return `db2 should have 2 entries, like b2`;
        return null;
      },
      hint: 'Each gradient has the shape of its parameter: dW1[j][i] is for W1[j][i], so dW1 = δ1 xᵀ has one row per hidden unit. x δ1ᵀ is its transpose.',
    },
    {
      name: 'each row of dW1 is db1[j] times x, and each row of dW2 is db2[k] times h',
      args: [net352, [0.5, -1.5, 2], [1, -0.5]],
      check: (got, { args }) => {
        const g = got as Grads;
        const [p, x] = args as [Params, number[]];
        if (![g.dW1, g.db1, g.dW2, g.db2].every(isList)) return 'the result should hold the arrays dW1, db1, dW2 and db2';
        const h = p.W1.map((row, j) => Math.tanh(row.reduce((s, w, i) => s + w * x[i]!, p.b1[j]!)));
        for (let j = 0; j < h.length; j++) {
          for (let i = 0; i < x.length; i++) {
            const want = g.db1[j]! * x[i]!;
            if (!(Math.abs(g.dW1[j]![i]! - want) <= 1e-14 + 1e-12 * Math.abs(want))) return `dW1[${j}][${i}] is ${g.dW1[j]![i]}, but db1[${j}] · x[${i}] is ${want}`;
          }
        }
        for (let k = 0; k < g.db2.length; k++) {
          for (let j = 0; j < h.length; j++) {
            const want = g.db2[k]! * h[j]!;
            if (!(Math.abs(g.dW2[k]![j]! - want) <= 1e-14 + 1e-12 * Math.abs(want))) return `dW2[${k}][${j}] is ${g.dW2[k]![j]}, but db2[${k}] · h[${j}] is ${want}`;
          }
        }
        return null;
      },
      hint: 'A weight’s gradient is its unit’s δ times the value on the weight’s input side: dW1[j][i] = δ1[j] x[i] (not x[j] δ1[i]), dW2[k][j] = δ2[k] h[j] (h, not the pre-activation).',
    },
    {
      name: 'saturated hidden units (pre-activations ±1000) pass back exactly 0, not NaN',
      args: [saturated, [2, 2], [0]],
      expected: { dW1: [[0, 0], [0, 0]], db1: [0, 0], dW2: [[0.25, -0.25]], db2: [0.25] },
      tolerance: tol,
      hint: 'Here h = (1, −1), so 1 − h² = 0. A tanh written as (e^(2z) − 1)/(e^(2z) + 1) gives Infinity/Infinity = NaN at z = 1000: use Math.tanh, or a form with e^(−2|z|).',
    },
    {
      name: 'mlpBackward agrees with central differences of the loss on a 3-5-2 network',
      args: [net352, [0.5, -1.5, 2], [1, -0.5]],
      check: (got, { args }) => {
        const [p, x, y] = args as [Params, number[], number[]];
        return matchesDifferences(got, p, x, y);
      },
      hint: 'Nudging one weight by ±h and watching the loss gives its gradient, (L(θ + h) − L(θ − h)) / 2h. The first mismatch names the entry: start the search in that layer.',
    },
    {
      name: 'mlpBackward agrees with central differences of the loss on a 6-4-2 network with larger weights',
      args: [net642, [1, -0.5, 0.25, 2, -1.5, 0.75], [-1, 2]],
      check: (got, { args }) => {
        const [p, x, y] = args as [Params, number[], number[]];
        return matchesDifferences(got, p, x, y);
      },
      hint: 'With larger weights several hidden units sit where tanh is flat, so a missing or wrong 1 − h² factor shows clearly. Compare layer by layer.',
    },
  ],
});
