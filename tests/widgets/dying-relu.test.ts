import { createMLP, moons } from '@nonlinear/kernel';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { defaults, parseState } from '../../src/widgets/core/schema.ts';
import { createRun, derive, schema, snapshot, STEPS, trainingData, type State } from '../../src/widgets/dying-relu/model.ts';
import { describe as describeFigure, render, settingsLabel } from '../../src/widgets/dying-relu/view.ts';
import { createMemo } from '../../src/widgets/core/memo.ts';

const base: State = defaults(schema);
const runTo = (state: Partial<State>, steps: number) => {
  const run = createRun({ ...base, ...state });
  run.advance(steps);
  return run;
};

describe('dying ReLU: model', () => {
  it('snapshot(model, x, y, n) counts units ≤ 0 on every point, and gives the cross-entropy and accuracy of the logits', () => {
    // Layer 1 reproduces the chapter's NumPy example: inputs (1, 0), (0, 1), (0, 0) give the rows of
    // Z = [[0.3, -1.2, -0.1], [-0.4, -0.7, 0.9], [1.1, -2.0, -0.5]] (b = last row, W columns = rows − b).
    const m = createMLP({ sizes: [2, 3, 3, 1], activation: 'relu', output: 'sigmoid', init: 'he', seed: 1 });
    m.weights[0]!.set([-0.8, -1.5, 0.8, 1.3, 0.4, 1.4]);
    m.biases[0]!.set([1.1, -2.0, -0.5]);
    m.weights[1]!.set([1, 0, 0, 0, 1, 0, 0, 0, 1]); // layer 2 passes a1 through: z2 = a1
    m.biases[1]!.set([0, 0, 0]);
    m.weights[2]!.set([1, 1, 1]);
    m.biases[2]!.set([-1]); // logits sum(a1) − 1 = −0.7, −0.1, 0.1
    const s = snapshot(m, [1, 0, 0, 1, 0, 0], [0, 1, 1], 3);
    expect(s.inactive).toEqual([1 / 3, 1 / 3]);
    // mean of log(1 + e^-0.7), log(1 + e^0.1), log(1 + e^-0.1), by mpmath at 30 digits
    expect(s.loss).toBeCloseTo(0.5973264563441999, 15);
    expect(s.accuracy).toBeCloseTo(2 / 3, 15);
  });

  it('snapshot agrees with the kernel: activationStats().deadFraction for ReLU, evaluate() for loss and accuracy', () => {
    const data = trainingData();
    for (const lr of [0.1, 1, 3]) {
      const m = createMLP({ sizes: [2, 32, 32, 1], activation: 'relu', output: 'sigmoid', init: 'he', seed: 2 });
      m.fit(data, { epochs: 3, batchSize: 10, learningRate: lr });
      const s = snapshot(m, data.x, data.y, data.n);
      expect(s.inactive, `lr ${lr}`).toEqual(m.activationStats(data.x, data.n).map((l) => l.deadFraction));
      const e = m.evaluate(data);
      expect(Math.abs(s.loss - e.loss), `lr ${lr}`).toBeLessThan(1e-12 * Math.max(1, e.loss));
      expect(s.accuracy).toBe(e.accuracy);
    }
  });

  it('createRun(state) is seeded: the same state gives the same run bit for bit, another seed another run', () => {
    const a = runTo({ lr: '1' }, 60);
    const b = runTo({ lr: '1' }, 60);
    const c = runTo({ lr: '1', seed: 2 }, 60);
    expect(Array.from(a.loss)).toEqual(Array.from(b.loss));
    expect(Array.from(a.inactive[1])).toEqual(Array.from(b.inactive[1]));
    expect(Array.from(c.loss.subarray(1, 61))).not.toEqual(Array.from(a.loss.subarray(1, 61)));
  });

  it('run.advance(k) takes k steps, stops at STEPS, and starts from the initial bias', () => {
    const run = createRun({ ...base, bias: -2 });
    // With every hidden bias at −2 and He weights, some first-layer units are already ≤ 0 on all 200 points.
    expect(run.steps).toBe(0);
    expect(run.advance(3)).toBe(3);
    expect(run.steps).toBe(3);
    expect(run.advance(10 * STEPS)).toBe(STEPS - 3);
    expect(run.steps).toBe(STEPS);
    expect(run.done).toBe(true);
    expect(run.advance(1)).toBe(0);
    expect(createRun({ ...base, bias: 1 }).inactive[0][0]).toBeLessThanOrEqual(createRun({ ...base, bias: -2 }).inactive[0][0]!);
  });

  // The chapter's claims (relu.mdx, "What to look for when training a layer"), over a few seeds.
  const seeds = [1, 2, 3, 4, 5];
  const longSeeds = [1, 2, 3];
  it('He + a moderate learning rate (0.1): the dead fraction stays small (≤ 15% of layer 2, none of layer 1)', () => {
    for (const seed of longSeeds) {
      const run = runTo({ seed, lr: '0.1' }, STEPS);
      expect(run.inactive[0][STEPS], `seed ${seed}`).toBe(0);
      expect(run.inactive[1][STEPS], `seed ${seed}`).toBeLessThanOrEqual(0.15);
      expect(run.loss[STEPS], `seed ${seed}`).toBeLessThan(0.1);
    }
  });

  it('He + learning rate 1: a third or more of layer 2 dies within the first 10 steps; at 3, three quarters', () => {
    for (const seed of seeds) {
      expect(runTo({ seed, lr: '1' }, 10).inactive[1][10], `seed ${seed}`).toBeGreaterThanOrEqual(0.35);
      expect(runTo({ seed, lr: '3' }, 10).inactive[1][10], `seed ${seed}`).toBeGreaterThanOrEqual(0.75);
    }
  });

  it('Xavier with biases at −1: the ReLU layer 2 is dead from the start and stays so; the leaky one comes back and learns', () => {
    for (const seed of longSeeds) {
      const relu = runTo({ seed, init: 'xavier', bias: -1, lr: '0.3' }, STEPS);
      expect(relu.inactive[1][0], `seed ${seed}`).toBeGreaterThanOrEqual(0.95);
      expect(relu.inactive[1][STEPS]).toBe(1);
      expect(Math.abs(relu.loss[STEPS]! - Math.LN2)).toBeLessThan(0.01);
      const leaky = runTo({ seed, init: 'xavier', bias: -1, lr: '0.3', activation: 'leakyRelu' }, STEPS);
      expect(leaky.inactive[1][STEPS], `seed ${seed}`).toBeLessThanOrEqual(0.8);
      expect(leaky.loss[STEPS], `seed ${seed}`).toBeLessThan(0.4);
    }
  });

  it('Leaky ReLU at learning rate 3 diverges: the run stops with finite records up to the last good step', () => {
    const run = runTo({ activation: 'leakyRelu', lr: '3' }, STEPS);
    expect(run.diverged).not.toBeNull();
    expect(run.done).toBe(true);
    expect(run.steps).toBe(run.diverged! - 1);
    for (let k = 0; k <= run.steps; k++) expect(Number.isFinite(run.loss[k]!)).toBe(true);
  });

  it('every field at its min and max gives a run with fractions in [0, 1] and a finite loss', () => {
    const ends = (f: 'bias' | 'seed') => [schema[f].min, schema[f].max];
    for (const lr of ['0.01', '3'] as const) {
      for (const bias of ends('bias')) {
        for (const seed of ends('seed')) {
          for (const activation of ['relu', 'leakyRelu'] as const) {
            const run = runTo({ lr, bias, seed, activation, init: 'uniform' }, 40);
            for (let k = 0; k <= run.steps; k++) {
              for (const l of [0, 1]) expect(run.inactive[l]![k]).toBeGreaterThanOrEqual(0);
              for (const l of [0, 1]) expect(run.inactive[l]![k]).toBeLessThanOrEqual(1);
              expect(Number.isFinite(run.loss[k]!)).toBe(true);
            }
          }
        }
      }
    }
  });

  it('parseState accepts the listed learning rates only and biases in [−2, 1]', () => {
    const { state, rejected } = parseState(schema, new URLSearchParams('d.lr=0.5&d.bias=-3&d.init=xavier&d.seed=4'), 'd');
    expect(state).toEqual({ ...base, init: 'xavier', seed: 4 });
    expect(rejected).toEqual(['lr', 'bias']);
  });

  it('trainingData() is the 200-point moons set with seed 1', () => {
    expect(Array.from(trainingData().x)).toEqual(Array.from(moons({ n: 200, seed: 1 }).x));
  });
});

describe('dying ReLU: view', () => {
  it('render draws the dead-unit and loss charts at build time; describe says the numbers shown', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const d = derive(base);
    const el = render(d, { document: document as unknown as Document });
    expect(el.querySelectorAll('svg')).toHaveLength(4); // per chart: axes (and the previous run), then the current run
    const run = d.run;
    const dead2 = `${Math.round(100 * run.inactive[1][STEPS]!)}%`;
    expect(el.outerHTML).toContain(`layer 2: ${dead2}`);
    expect(el.outerHTML).toContain(`loss ${run.loss[STEPS]!.toPrecision(2)}`);
    const text = describeFigure(d, base);
    expect(text).toContain('After all 500 steps');
    expect(text).toContain(`and ${dead2} of layer 2's are dead`);
    expect(text).toContain(`the loss is ${run.loss[STEPS]!.toPrecision(2)}`);
  });

  it('a previous run is drawn dashed and named in the description; a diverged run says so', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const previous = runTo({ lr: '1' }, 20);
    const current = runTo({}, 5);
    const html = render({ run: current, previous }, { document: document as unknown as Document }).outerHTML;
    expect(html).toContain('dashed: previous run (lr 1, He, bias 0.0, ReLU, seed 1)');
    expect(html).toContain('stroke-dasharray="4 3"');
    expect(describeFigure({ run: current, previous }, base)).toMatch(/After 5 of 500 steps.*Dashed: the previous run \(lr 1, He, bias 0\.0, ReLU, seed 1\), \d+% and \d+% after 20 steps/);
    const diverged = runTo({ activation: 'leakyRelu', lr: '3' }, STEPS);
    expect(describeFigure({ run: diverged, previous: null }, base)).toContain(`Training diverged at step ${diverged.diverged}`);
    expect(settingsLabel({ ...base, bias: -1.5, activation: 'leakyRelu' })).toBe('lr 0.1, He, bias −1.5, Leaky ReLU, seed 1');
  });

  it('render with a memo keeps the axes and the previous run while the current one trains, and draws what a fresh render draws', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const doc = document as unknown as Document;
    const memo = createMemo();
    const previous = runTo({ lr: '1' }, 20);
    const current = runTo({}, 5);
    const bases = (el: Element) => [...el.querySelectorAll('svg')].filter((_, i) => i % 2 === 0);
    const first = bases(render({ run: current, previous }, { document: doc, memo }));
    current.advance(3);
    const later = render({ run: current, previous }, { document: doc, memo });
    expect(bases(later)).toEqual(first);
    expect(later.outerHTML).toBe(render({ run: current, previous }, { document: doc }).outerHTML);
    const other = runTo({ lr: '0.3' }, 20);
    expect(bases(render({ run: current, previous: other }, { document: doc, memo }))[0]).not.toBe(first[0]);
  });
});
