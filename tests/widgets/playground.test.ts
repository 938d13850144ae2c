import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { defaults } from '../../src/widgets/core/schema.ts';
import { derive, EXTENT, GRID, GRID_EXTENT, schema, type Derived, type State } from '../../src/widgets/playground/model.ts';
import { createTrainer, MAX_EPOCHS, N_POINTS, TEST_FRACTION } from '../../src/widgets/playground/trainer.ts';
import { describe as describeFigure, render } from '../../src/widgets/playground/view.ts';
import { createMemo } from '../../src/widgets/core/memo.ts';

const state = (patch: Partial<State> = {}): State => ({ ...defaults(schema), ...patch });

/** Trains `epochs` epochs one frame (epoch) at a time, as the widget does, and returns the final snapshot. */
function run(s: State, epochs: number): Derived {
  const t = createTrainer(s);
  for (let e = 0; e < epochs; e++) t.train(1);
  return t.snapshot();
}

/** The grid cell a point falls in (row 0 at the top, x₂ = +GRID_EXTENT). */
function cellOf(x1: number, x2: number): number {
  const size = (2 * GRID_EXTENT) / GRID;
  const i = Math.min(GRID - 1, Math.max(0, Math.floor((x1 + GRID_EXTENT) / size)));
  const j = Math.min(GRID - 1, Math.max(0, Math.floor((GRID_EXTENT - x2) / size)));
  return j * GRID + i;
}

describe('playground trainer', () => {
  it('createTrainer(defaults) starts at epoch 0 with the split 300/100 and one loss record; the default is circles with a 2→4→4→1 tanh network', () => {
    const d = derive(defaults(schema));
    expect(d.epoch).toBe(0);
    expect(d.nTest).toBe(Math.round(TEST_FRACTION * N_POINTS));
    expect(d.nTrain + d.nTest).toBe(N_POINTS);
    expect(d.points).toHaveLength(d.nTrain);
    expect(d.sizes).toEqual([2, 4, 4, 1]);
    expect(d.history).toEqual([{ epoch: 0, train: d.trainLoss, test: d.testLoss }]);
    expect(d.trainLoss).toBeGreaterThan(0.3);
  });

  it('circles with tanh passes 90% training accuracy within 40 epochs (and generalises); XOR and circles with no activation stay below 65% after 150', () => {
    const tanh = run(state({ data: 'circles', activation: 'tanh' }), 40);
    expect(tanh.trainAccuracy).toBeGreaterThan(0.9);
    expect(tanh.testAccuracy).toBeGreaterThan(0.85);
    for (const data of ['xor', 'circles'] as const) {
      for (const [depth, width] of [[2, 4], [4, 16]]) {
        const linear = run(state({ data, activation: 'linear', depth, width }), 150);
        expect(linear.trainAccuracy, `${data} ${depth}x${width}`).toBeLessThan(0.65);
        expect(linear.testAccuracy, `${data} ${depth}x${width}`).toBeLessThan(0.65);
      }
    }
  });

  it('a linear network on moons gets most points but not all (a straight cut), while ReLU separates them', () => {
    const linear = run(state({ data: 'moons', activation: 'linear' }), 200);
    expect(linear.trainAccuracy).toBeGreaterThan(0.8);
    expect(linear.trainAccuracy).toBeLessThan(0.95);
    expect(run(state({ data: 'moons', activation: 'relu', width: 8 }), 100).trainAccuracy).toBeGreaterThan(0.97);
  });

  it('a linear network\'s heatmap is a sigmoid of an affine function: logit(P) has zero second differences', () => {
    const d = run(state({ data: 'moons', activation: 'linear', depth: 3, width: 8 }), 30);
    const logit = (k: number) => Math.log(d.p[k]! / (1 - d.p[k]!));
    let worst = 0;
    for (let j = 0; j < GRID; j++) {
      for (let i = 1; i < GRID - 1; i++) {
        worst = Math.max(worst, Math.abs(logit(j * GRID + i - 1) - 2 * logit(j * GRID + i) + logit(j * GRID + i + 1)));
        worst = Math.max(worst, Math.abs(logit((i - 1) * GRID + j) - 2 * logit(i * GRID + j) + logit((i + 1) * GRID + j)));
      }
    }
    expect(worst).toBeLessThan(1e-9);
    expect(run(state({ data: 'moons', activation: 'tanh' }), 30).p).not.toEqual(d.p);
  });

  it('the heatmap is oriented like the plane: after learning moons, the cell under each training point predicts its class', () => {
    const d = run(state({ data: 'moons', activation: 'tanh', width: 8 }), 60);
    expect(d.trainAccuracy).toBeGreaterThan(0.97);
    const agree = d.points.filter((pt) => (d.p[cellOf(pt.x1, pt.x2)]! >= 0.5 ? 1 : 0) === pt.label).length;
    expect(agree / d.points.length).toBeGreaterThan(0.95);
    expect(GRID_EXTENT).toBeGreaterThan(EXTENT); // the grid's closing edge lies outside the clipped view
  });

  it('train(epochs) stops at MAX_EPOCHS and reports done; a learning rate that blows up is flagged as diverged with the last finite heatmap kept', () => {
    const t = createTrainer(state({ depth: 1, width: 2 }));
    t.train(MAX_EPOCHS + 5);
    expect(t.epoch).toBe(MAX_EPOCHS);
    expect(t.done).toBe(true);
    t.train(1);
    expect(t.epoch).toBe(MAX_EPOCHS);
    expect(t.snapshot().history.at(-1)!.epoch).toBe(MAX_EPOCHS);

    const wild = createTrainer(state({ data: 'circles', activation: 'linear', depth: 4, width: 16, lr: '3' }));
    for (let e = 0; e < 50 && !wild.done; e++) wild.train(1);
    const d = wild.snapshot();
    expect(d.diverged).toBe(true);
    expect(d.done).toBe(true);
    expect(d.p.every(Number.isFinite)).toBe(true);
    expect(describeFigure(d, d.state)).toContain('Training diverged');
  });

  it('runs are deterministic, and every field at its min and max trains to finite numbers or a flagged divergence', () => {
    expect(run(state(), 5).p).toEqual(run(state(), 5).p);
    const extremes = (name: 'depth' | 'width' | 'noise') => [schema[name].min, schema[name].max];
    for (const data of ['xor', 'spiral'] as const) {
      for (const depth of extremes('depth')) {
        for (const width of extremes('width')) {
          for (const noise of extremes('noise')) {
            for (const lr of ['0.001', '3'] as const) {
              const d = run(state({ data, depth, width, noise, lr, activation: 'relu' }), 3);
              expect(d.epoch).toBe(3);
              expect(d.p.every((v) => v >= 0 && v <= 1)).toBe(true);
              if (!d.diverged) expect(Number.isFinite(d.trainLoss) && Number.isFinite(d.testLoss)).toBe(true);
            }
          }
        }
      }
    }
  });
});

describe('playground view', () => {
  it('render draws the decision map and the loss chart as SVG at build time; describe states epoch, accuracies and losses shown', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const s = state({ data: 'xor', activation: 'relu', width: 8 });
    const d = run(s, 12);
    const el = render(d, { document: document as unknown as Document });
    const plots = [...el.querySelectorAll('svg')].filter((svg) => svg.getAttribute('class')?.includes('plot'));
    expect(plots).toHaveLength(4); // the map's axes, heatmap and points layers, and the loss chart
    expect(el.querySelectorAll('[aria-label], [aria-description]')).toHaveLength(0); // axe: prohibited on role-less SVG groups
    expect(el.querySelectorAll('[clip-path]')).toHaveLength(0); // the heatmap layer is clipped by CSS (no page-wide ids)
    const pct = (a: number) => `${(100 * a).toFixed(1)}%`;
    expect(el.textContent).toContain(`Epoch 12 · correct: train ${pct(d.trainAccuracy)}, test ${pct(d.testAccuracy)}`);
    const text = describeFigure(d, s);
    expect(text).toContain('A 2→8→8→1 network with ReLU hidden units learning XOR (300 training and 100 test points, noise 0.0, learning rate 0.03)');
    expect(text).toContain(`Epoch 12: training accuracy ${pct(d.trainAccuracy)}, test accuracy ${pct(d.testAccuracy)}, training loss ${d.trainLoss.toPrecision(3)}`);
  });

  it('render with a memo redraws only the heatmap layer of the map while training, and the points when the data change', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const doc = document as unknown as Document;
    const memo = createMemo();
    const layers = (el: Element) => [...el.querySelectorAll('svg')].filter((svg) => svg.getAttribute('class')?.includes('plot')).slice(0, 3);
    const s = state({ data: 'xor' });
    const trainer = createTrainer(s);
    const [axes, field, points] = layers(render(trainer.snapshot(), { document: doc, memo }));
    trainer.train(3);
    const after = render(trainer.snapshot(), { document: doc, memo });
    const [axes2, field2, points2] = layers(after);
    expect([axes2, points2]).toEqual([axes, points]);
    expect(field2).not.toBe(field);
    expect(after.outerHTML).toBe(render(trainer.snapshot(), { document: doc }).outerHTML);
    const noisy = layers(render(createTrainer({ ...s, noise: 0.5 }).snapshot(), { document: doc, memo }));
    expect(noisy[0]).toBe(axes);
    expect(noisy[2]).not.toBe(points);
  });
});
