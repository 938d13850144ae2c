import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gelu, geluInto, sigmoid, sigmoidInto, tanh, tanhInto } from '../src/index.ts';

const cases = [
  ['sigmoidInto', sigmoidInto, sigmoid],
  ['tanhInto', tanhInto, tanh],
  ['geluInto', geluInto, gelu],
] as const;

describe('batch activations', () => {
  it.each(cases)('%s(out, x) equals the scalar function bit for bit, extremes included', (_, into, scalar) => {
    fc.assert(
      fc.property(fc.array(fc.double(), { maxLength: 50 }), (xs) => {
        const x = Float64Array.from([...xs, 0, -0, 1e-300, -745, 745, 1000, -1000, Infinity, -Infinity]);
        const out = into(new Float64Array(x.length), x);
        for (let i = 0; i < x.length; i++) expect(Object.is(out[i], scalar(x[i]!)) || out[i] === scalar(x[i]!)).toBe(true);
      }),
      { numRuns: 200, seed: 41 },
    );
  });

  it.each(cases)('%s writes in place when out is x, and rejects a short out', (name, into, scalar) => {
    const x = new Float64Array([-3, 0, 2]);
    const want = [...x].map(scalar);
    expect([...into(x, x)]).toEqual(want);
    expect(() => into(new Float64Array(2), [1, 2, 3])).toThrow(`${name}: out holds 2 values, needs 3`);
  });
});
