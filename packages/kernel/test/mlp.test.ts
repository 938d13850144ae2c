import { describe, expect, it } from 'vitest';
import { createMLP, createRng, Value, type MLP, type MLPOptions } from '../src/index.ts';

type Hidden = MLPOptions['activation'];
type Output = MLPOptions['output'];

/** n random examples for a model: inputs N(0, 1); targets to match the output. */
function randomData(m: MLP, n: number, seed: number): { x: Float64Array; y: Float64Array; n: number } {
  const rng = createRng(seed);
  const nIn = m.sizes[0]!;
  const K = m.sizes[m.sizes.length - 1]!;
  const x = Float64Array.from({ length: n * nIn }, () => rng.normal());
  const y =
    m.output === 'softmax'
      ? Float64Array.from({ length: n }, () => rng.int(K))
      : m.output === 'sigmoid'
        ? Float64Array.from({ length: n * K }, () => rng.int(2))
        : Float64Array.from({ length: n * K }, () => 2 * rng.normal());
  return { x, y, n };
}

/** Central differences of the mean loss with respect to every parameter. */
function numericGrad(m: MLP, x: Float64Array, y: Float64Array, n: number): Float64Array {
  const g = new Float64Array(m.params.length);
  for (let k = 0; k < g.length; k++) {
    const p = m.params[k]!;
    const h = 1e-6 * Math.max(1, Math.abs(p));
    m.params[k] = p + h;
    const up = m.lossAndGrad(x, y, n);
    m.params[k] = p - h;
    const down = m.lossAndGrad(x, y, n);
    m.params[k] = p;
    g[k] = (up - down) / (2 * h);
  }
  return g;
}

/** The largest |a - b| / max(1, |a|, |b|): relative above 1, absolute below. */
function worst(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let w = 0;
  for (let k = 0; k < a.length; k++) w = Math.max(w, Math.abs(a[k]! - b[k]!) / Math.max(1, Math.abs(a[k]!), Math.abs(b[k]!)));
  return w;
}

/** The same network and mean loss built from scalar Values, one node per multiply-add. */
function valueLoss(m: MLP, x: ArrayLike<number>, y: ArrayLike<number>, n: number): { loss: Value; params: Value[] } {
  const params = Array.from(m.params, (p) => new Value(p));
  const W = (l: number, j: number, i: number): Value => params[offset(m, l) + j * m.sizes[l]! + i]!;
  const b = (l: number, j: number): Value => params[offset(m, l) + m.sizes[l]! * m.sizes[l + 1]! + j]!;
  const L = m.sizes.length - 1;
  const K = m.sizes[L]!;
  const act = (v: Value): Value =>
    m.activation === 'tanh' ? v.tanh() : m.activation === 'relu' ? v.relu() : m.activation === 'sigmoid' ? v.sigmoid() : v;
  let total: Value = new Value(0);
  for (let e = 0; e < n; e++) {
    let a: Value[] = Array.from({ length: m.sizes[0]! }, (_, i) => new Value(x[e * m.sizes[0]! + i]!));
    for (let l = 0; l < L; l++) {
      const z = Array.from({ length: m.sizes[l + 1]! }, (_, j) => a.reduce((s: Value, ai, i) => s.add(W(l, j, i).mul(ai)), b(l, j)));
      a = l < L - 1 ? z.map(act) : z;
    }
    if (m.output === 'sigmoid') {
      // -[y log s(z) + (1 - y) log(1 - s(z))] = log(1 + e^z) - y z
      a.forEach((z, k) => (total = total.add(z.exp().add(1).log().sub(z.mul(y[e * K + k]!)))));
    } else if (m.output === 'softmax') {
      const sum = a.reduce((s: Value, z) => s.add(z.exp()), new Value(0));
      total = total.add(sum.log().sub(a[y[e]!]!));
    } else {
      a.forEach((z, k) => (total = total.add(z.sub(y[e * K + k]!).pow(2))));
    }
  }
  const count = m.output === 'softmax' ? n : n * K;
  return { loss: total.div(count), params };
}

function offset(m: MLP, l: number): number {
  let o = 0;
  for (let k = 0; k < l; k++) o += m.sizes[k + 1]! * (m.sizes[k]! + 1);
  return o;
}

describe('createMLP gradients', () => {
  const hidden: Hidden[] = ['tanh', 'relu', 'sigmoid', 'linear', 'gelu', 'elu', 'leakyRelu', 'silu', 'softplus'];
  const outputs: [Output, number][] = [['sigmoid', 1], ['softmax', 3], ['identity', 2]];

  for (const activation of hidden) {
    for (const [output, K] of outputs) {
      it(`lossAndGrad equals central differences for ${activation} hidden layers and a ${output} output`, () => {
        const m = createMLP({ sizes: [3, 5, 4, K], activation, output, init: 'xavier', seed: 11 });
        const { x, y, n } = randomData(m, 7, 5);
        m.lossAndGrad(x, y, n);
        const analytic = m.grads.slice();
        expect(worst(analytic, numericGrad(m, x, y, n))).toBeLessThan(1e-7);
        expect(analytic.some((g) => g !== 0)).toBe(true);
      });
    }
  }

  for (const activation of ['tanh', 'relu', 'sigmoid', 'linear'] as const) {
    for (const [output, K] of outputs) {
      it(`lossAndGrad equals the Value engine's backward() for ${activation} / ${output}`, () => {
        const m = createMLP({ sizes: [2, 4, 3, K], activation, output, init: 'he', seed: 3 });
        const { x, y, n } = randomData(m, 5, 8);
        const loss = m.lossAndGrad(x, y, n);
        const ref = valueLoss(m, x, y, n);
        ref.loss.backward();
        expect(Math.abs(loss - ref.loss.data) / ref.loss.data).toBeLessThan(1e-13);
        expect(worst(m.grads, ref.params.map((p) => p.grad))).toBeLessThan(1e-13);
      });
    }
  }

  it('lossAndGrad of a 1-1-1 tanh/sigmoid network matches the hand-derived chain rule', () => {
    // z1 = w1 x + b1, h = tanh z1, z2 = w2 h + b2, L = log(1 + e^z2) - y z2; dL/dz2 = s(z2) - y.
    const m = createMLP({ sizes: [1, 1, 1], activation: 'tanh', output: 'sigmoid', init: 'xavier', seed: 1 });
    m.params.set([0.5, -0.25, 2, 0.1]); // w1, b1, w2, b2
    const x = 1.5;
    const loss = m.lossAndGrad([x], [1], 1);
    const h = Math.tanh(0.5 * 1.5 - 0.25); // tanh(0.5)
    const z2 = 2 * h + 0.1;
    const dz2 = 1 / (1 + Math.exp(z2)) * -1; // s(z2) - 1 = -s(-z2)
    const dz1 = dz2 * 2 * (1 - h * h);
    expect(loss).toBeCloseTo(Math.log1p(Math.exp(-z2)), 15);
    expect(worst(m.grads, [dz1 * x, dz1, dz2 * h, dz2])).toBeLessThan(1e-15);
  });

  it('lossAndGrad stays finite for logits of +-1000 (no overflow in the loss or its gradient)', () => {
    const m = createMLP({ sizes: [1, 2], activation: 'linear', output: 'softmax', init: 'xavier', seed: 1 });
    m.params.set([1000, -1000, 0, 0]);
    expect(m.lossAndGrad([1], [1], 1)).toBe(2000);
    expect(Array.from(m.grads)).toEqual([1, -1, 1, -1]);
    const s = createMLP({ sizes: [1, 1], activation: 'linear', output: 'sigmoid', init: 'xavier', seed: 1 });
    s.params.set([1000, 0]);
    expect(s.lossAndGrad([-1], [1], 1)).toBe(1000);
    expect(Array.from(s.grads)).toEqual([1, -1]);
  });
});

describe('createMLP training', () => {
  const xor = { x: Float64Array.of(0, 0, 0, 1, 1, 0, 1, 1), y: Float64Array.of(0, 1, 1, 0), n: 4 };

  it('fit is deterministic: the same seed gives bit-identical parameters and losses', () => {
    const run = (seed: number) => {
      const m = createMLP({ sizes: [2, 8, 1], activation: 'tanh', output: 'sigmoid', init: 'xavier', seed });
      m.fit(xor, { epochs: 50, batchSize: 2, optimizer: 'adam', learningRate: 0.01 });
      return { params: Array.from(m.params), losses: [...m.lossHistory] };
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7).params).not.toEqual(run(8).params);
  });

  it('a tanh network learns XOR; a linear one cannot do better than 3 of 4', () => {
    const m = createMLP({ sizes: [2, 8, 1], activation: 'tanh', output: 'sigmoid', init: 'xavier', seed: 2 });
    m.fit(xor, { epochs: 500, batchSize: 4, optimizer: 'adam', learningRate: 0.05 });
    expect(m.evaluate(xor).accuracy).toBe(1);
    expect(m.lossHistory.at(-1)!).toBeLessThan(0.05);
    const lin = createMLP({ sizes: [2, 8, 8, 1], activation: 'linear', output: 'sigmoid', init: 'xavier', seed: 2 });
    lin.fit(xor, { epochs: 500, batchSize: 4, optimizer: 'adam', learningRate: 0.05 });
    expect(lin.evaluate(xor).accuracy).toBeLessThanOrEqual(0.75);
  });

  it('step applies SGD, momentum and Adam exactly as their update formulas say', () => {
    const make = () => createMLP({ sizes: [2, 1], activation: 'linear', output: 'identity', init: 'xavier', seed: 4 });
    const x = [1, 2];
    const y = [3];
    // L = (w1 + 2 w2 + b - 3)^2, so dL/d(w1, w2, b) = 2r (1, 2, 1) with r the residual.
    const grad = (p: number[]) => {
      const r = p[0]! + 2 * p[1]! + p[2]! - 3;
      return [2 * r, 4 * r, 2 * r];
    };
    const sgd = make();
    const p0 = Array.from(sgd.params);
    sgd.step(x, y, 1, { optimizer: 'sgd', learningRate: 0.1 });
    expect(worst(sgd.params, p0.map((p, k) => p - 0.1 * grad(p0)[k]!))).toBeLessThan(1e-16);

    const mom = make();
    mom.step(x, y, 1, { optimizer: 'momentum', learningRate: 0.1, momentum: 0.5 });
    const v1 = grad(p0).map((g) => -0.1 * g);
    const p1 = p0.map((p, k) => p + v1[k]!);
    mom.step(x, y, 1, { optimizer: 'momentum', learningRate: 0.1, momentum: 0.5 });
    const v2 = grad(p1).map((g, k) => 0.5 * v1[k]! - 0.1 * g);
    expect(worst(mom.params, p1.map((p, k) => p + v2[k]!))).toBeLessThan(1e-15);

    const adam = make();
    adam.step(x, y, 1, { optimizer: 'adam', learningRate: 0.01 });
    // First Adam step: m-hat = g, v-hat = g^2, so every parameter moves by lr g / (|g| + eps).
    const g0 = grad(p0);
    expect(worst(adam.params, p0.map((p, k) => p - (0.01 * g0[k]!) / (Math.abs(g0[k]!) + 1e-8)))).toBeLessThan(1e-15);
    expect(adam.steps).toBe(1);
  });

  it('step adds l2 w + l1 sign(w) to the weight gradient, not to the bias', () => {
    const a = createMLP({ sizes: [2, 1], activation: 'linear', output: 'identity', init: 'uniform', seed: 9 });
    const b = createMLP({ sizes: [2, 1], activation: 'linear', output: 'identity', init: 'uniform', seed: 9 });
    const p0 = Array.from(a.params);
    a.step([1, 2], [3], 1, { learningRate: 0.1 });
    b.step([1, 2], [3], 1, { learningRate: 0.1, l1: 0.2, l2: 0.5 });
    const expected = p0.map((p, k) => (k < 2 ? -0.1 * (0.5 * p + 0.2 * Math.sign(p)) : 0));
    expect(worst(Array.from(b.params, (p, k) => p - a.params[k]!), expected)).toBeLessThan(1e-15);
  });

  it('reinitialize restores the seeded weights and clears the history and optimiser state', () => {
    const m = createMLP({ sizes: [2, 4, 1], activation: 'relu', output: 'sigmoid', init: 'he', seed: 5 });
    const p0 = Array.from(m.params);
    m.fit(xor, { epochs: 3, optimizer: 'momentum' });
    expect(m.lossHistory).toHaveLength(3);
    m.reinitialize();
    expect(Array.from(m.params)).toEqual(p0);
    expect(m.lossHistory).toEqual([]);
    expect(m.steps).toBe(0);
  });

  it('evaluate reports the softmax accuracy as the share of argmax hits', () => {
    const m = createMLP({ sizes: [1, 3], activation: 'linear', output: 'softmax', init: 'xavier', seed: 1 });
    m.params.set([1, 0, -1, 0, 0, 0]); // logits (x, 0, -x)
    const res = m.evaluate({ x: [2, -2, 0.5, -0.5], y: [0, 2, 0, 1], n: 4 });
    expect(res.accuracy).toBe(0.75);
    const logits = [[2, 0, -2], [-2, 0, 2], [0.5, 0, -0.5], [-0.5, 0, 0.5]];
    const ce = logits.map((z, e) => Math.log(z.reduce((s, v) => s + Math.exp(v), 0)) - z[[0, 2, 0, 1][e]!]!);
    expect(res.loss).toBeCloseTo(ce.reduce((s, v) => s + v, 0) / 4, 14);
  });
});

describe('createMLP instrumentation', () => {
  it('predictGrid(nx, ny, bounds) gives the prediction at every cell centre, row 0 at the top', () => {
    const m = createMLP({ sizes: [2, 3, 1], activation: 'tanh', output: 'sigmoid', init: 'xavier', seed: 2 });
    const grid = m.predictGrid(4, 3, { xMin: -2, xMax: 2, yMin: 0, yMax: 3 });
    expect(grid).toHaveLength(12);
    // cell (i = 1, j = 2): x = -2 + 1.5 * 1 = -0.5, y = 3 - 2.5 * 1 = 0.5
    expect(grid[2 * 4 + 1]).toBe(m.predict([-0.5, 0.5])[0]);
    expect(grid[0]).toBe(m.predict([-1.5, 2.5])[0]);
    expect(() => m.predictGrid(0, 3, { xMin: 0, xMax: 1, yMin: 0, yMax: 1 })).toThrow(/positive integers/);
  });

  it('activationStats counts a ReLU unit with a large negative bias as dead', () => {
    const m = createMLP({ sizes: [2, 4, 1], activation: 'relu', output: 'sigmoid', init: 'he', seed: 3 });
    m.biases[0]![2] = -100;
    const { x, n } = randomData(m, 64, 1);
    const [layer] = m.activationStats(x, n);
    expect(layer!.deadFraction).toBe(0.25);
    expect(layer!.saturatedFraction).toBeNull();
    // The dead unit gets no gradient at all.
    m.lossAndGrad(x, randomData(m, 64, 1).y, n);
    expect([m.gradWeights[0]![4], m.gradWeights[0]![5], m.gradBiases[0]![2]]).toEqual([0, 0, 0]);
  });

  it('activationStats measures tanh saturation as the share of |f\'(z)| below a tenth of its peak', () => {
    const m = createMLP({ sizes: [1, 2, 1], activation: 'tanh', output: 'sigmoid', init: 'xavier', seed: 3 });
    m.params.set([10, 0.1, 0, 0, 1, 1, 0]); // unit 0: tanh(10x) saturates for |x| > 0.1818; unit 1: tanh(0.1x) never
    const x = [-1, -0.5, -0.1, 0, 0.1, 0.5, 1, 2];
    const [layer] = m.activationStats(x, x.length);
    // tanh'(10x) < 0.1 exactly when |10x| > atanh(sqrt(0.9)) = 1.8184: x in {-1, -0.5, 0.5, 1, 2}
    expect(layer!.saturatedFraction).toBe(5 / 16);
    expect(layer!.deadFraction).toBe(0);
  });

  it('layerGradNorms is the L2 norm of each layer\'s weight and bias gradients', () => {
    const m = createMLP({ sizes: [3, 4, 2], activation: 'sigmoid', output: 'identity', init: 'uniform', seed: 6 });
    const { x, y, n } = randomData(m, 9, 2);
    m.lossAndGrad(x, y, n);
    const norms = m.layerGradNorms();
    const norm = (l: number) => Math.hypot(...m.gradWeights[l]!, ...m.gradBiases[l]!);
    expect(norms[0]).toBeCloseTo(norm(0), 15);
    expect(norms[1]).toBeCloseTo(norm(1), 15);
  });
});

describe('createMLP input checks', () => {
  it('rejects bad architectures, targets and shapes with messages that say what is wrong', () => {
    const base: MLPOptions = { sizes: [2, 1], activation: 'tanh', output: 'sigmoid', init: 'xavier', seed: 1 };
    expect(() => createMLP({ ...base, sizes: [2] })).toThrow(/at least two/);
    expect(() => createMLP({ ...base, sizes: [2, 0] })).toThrow(/positive integer/);
    expect(() => createMLP({ ...base, output: 'softmax' })).toThrow(/at least 2 units/);
    expect(() => createMLP({ ...base, init: 'zeros' as 'he' })).toThrow(/unknown init/);
    const m = createMLP({ ...base, sizes: [2, 3], output: 'softmax' });
    expect(() => m.fit({ x: [0, 0], y: [3], n: 1 })).toThrow(/target 0 is 3, expected a class index in 0..2/);
    expect(() => m.fit({ x: [0], y: [1], n: 1 })).toThrow(/x holds 1 numbers/);
    expect(() => m.step([0, 0], [1], 1, { learningRate: -1 })).toThrow(/learningRate must be a positive number/);
    expect(() => m.predict([1, 2, 3])).toThrow(/not n = 1.5 examples/);
  });
});
