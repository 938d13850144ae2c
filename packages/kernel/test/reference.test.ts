import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as kernel from '../src/index.ts';
import { maxRelErr, relErr } from './close.ts';

/** Values from reference/generate.py (mpmath, 60 digits): independent of the kernel. */
interface Reference {
  scalar: Record<string, [x: number, y: number][]>;
  nearZero: Record<string, [x: number, y: number][]>;
  vector: { z: number[]; softmax: number[]; logSoftmax: number[]; logSumExp: number }[];
  temperature: { z: number[]; temperature: number; softmax: number[] }[];
  loss: {
    mse: { yTrue: number[]; yPred: number[]; value: number; grad: number[] }[];
    mae: { yTrue: number[]; yPred: number[]; value: number; grad: number[] }[];
    huber: { yTrue: number[]; yPred: number[]; delta: number; value: number; grad: number[] }[];
    binaryCrossEntropy: { yTrue: number[]; pPred: number[]; value: number; grad: number[] }[];
    bceWithLogits: { yTrue: number[]; logits: number[]; value: number; grad: number[] }[];
    softmaxCrossEntropy: { logits: number[]; label: number; value: number; grad: number[] }[];
  };
}

const ref: Reference = JSON.parse(readFileSync(new URL('./reference/values.json', import.meta.url), 'utf8'), (_key, v) =>
  // generate.py writes the doubles JSON cannot hold as strings.
  v === 'Infinity' || v === '-Infinity' || v === 'NaN' ? Number(v) : v,
);
const TOL = 1e-12;

const scalarFns = kernel as unknown as Record<string, (x: number) => number>;

/** The input with the largest error, for a failure message that says where to look. */
function worstPoint(name: string): { x: number; got: number; want: number; err: number } {
  const f = scalarFns[name]!;
  let worst = { x: NaN, got: NaN, want: NaN, err: 0 };
  for (const [x, want] of ref.scalar[name]!) {
    const got = f(x);
    const err = relErr(got, want);
    if (err >= worst.err) worst = { x, got, want, err };
  }
  return worst;
}

describe('reference table (mpmath, 60 digits)', () => {
  it('covers every scalar function from -1000 to 1000 and down to 1e-300', () => {
    const xs = ref.scalar.sigmoid!.map(([x]) => x);
    expect(Math.min(...xs)).toBe(-1000);
    expect(Math.max(...xs)).toBe(1000);
    expect(xs).toContain(1e-300);
    expect(Object.keys(ref.scalar).length).toBeGreaterThanOrEqual(18);
  });

  it.each(Object.keys(ref.scalar))('%s(x) is within 1e-12 relative of the reference at every point', (name) => {
    expect(typeof scalarFns[name], `kernel exports ${name}`).toBe('function');
    const w = worstPoint(name);
    expect(w.err, `${name}(${w.x}) = ${w.got}, reference ${w.want}`).toBeLessThanOrEqual(TOL);
  });

  it.each(['siluGrad', 'geluGrad'])('%s(x) is within 1e-16 absolute next to its zero, where terms cancel', (name) => {
    const points = ref.nearZero[name]!;
    expect(points.length).toBeGreaterThan(8);
    for (const [x, want] of points) {
      expect(Math.abs(scalarFns[name]!(x) - want), `${name}(${x})`).toBeLessThanOrEqual(1e-16);
    }
  });

  it('softmax, logSoftmax and logSumExp match the reference on extreme and random logits', () => {
    for (const c of ref.vector) {
      expect(maxRelErr(kernel.softmax(c.z), c.softmax), `softmax(${c.z})`).toBeLessThanOrEqual(TOL);
      expect(maxRelErr(kernel.logSoftmax(c.z), c.logSoftmax), `logSoftmax(${c.z})`).toBeLessThanOrEqual(TOL);
      expect(relErr(kernel.logSumExp(c.z), c.logSumExp), `logSumExp(${c.z})`).toBeLessThanOrEqual(TOL);
    }
  });

  it('softmax(z, temperature) matches the reference for temperatures from 1e-3 to 10', () => {
    for (const c of ref.temperature) {
      expect(maxRelErr(kernel.softmax(c.z, c.temperature), c.softmax), `T = ${c.temperature}`).toBeLessThanOrEqual(TOL);
    }
  });

  it('each loss and its gradient match the reference', () => {
    const L = ref.loss;
    type Check = [name: string, got: number, want: number, grad: Float64Array, gradWant: number[]];
    const checks: Check[] = [
      ...L.mse.map((c): Check => ['mse', kernel.mse(c.yTrue, c.yPred), c.value, kernel.mseGrad(c.yTrue, c.yPred), c.grad]),
      ...L.mae.map((c): Check => ['mae', kernel.mae(c.yTrue, c.yPred), c.value, kernel.maeGrad(c.yTrue, c.yPred), c.grad]),
      ...L.huber.map((c): Check => [
        'huber', kernel.huber(c.yTrue, c.yPred, c.delta), c.value, kernel.huberGrad(c.yTrue, c.yPred, c.delta), c.grad,
      ]),
      ...L.binaryCrossEntropy.map((c): Check => [
        'binaryCrossEntropy', kernel.binaryCrossEntropy(c.yTrue, c.pPred), c.value,
        kernel.binaryCrossEntropyGrad(c.yTrue, c.pPred), c.grad,
      ]),
      ...L.bceWithLogits.map((c): Check => [
        'bceWithLogits', kernel.bceWithLogits(c.yTrue, c.logits), c.value, kernel.bceWithLogitsGrad(c.yTrue, c.logits), c.grad,
      ]),
      ...L.softmaxCrossEntropy.map((c): Check => [
        'softmaxCrossEntropy', kernel.softmaxCrossEntropy(c.logits, c.label), c.value,
        kernel.softmaxCrossEntropyGrad(c.logits, c.label), c.grad,
      ]),
    ];
    expect(checks.length).toBeGreaterThan(40);
    for (const [name, got, want, grad, gradWant] of checks) {
      expect(relErr(got, want), `${name}: ${got} vs ${want}`).toBeLessThanOrEqual(TOL);
      expect(maxRelErr(grad, gradWant), `${name}Grad`).toBeLessThanOrEqual(TOL);
    }
  });
});
