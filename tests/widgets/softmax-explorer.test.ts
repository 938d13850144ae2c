import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { defaults, parseState } from '../../src/widgets/core/schema.ts';
import { derive, naiveSoftmax, schema, TEMPERATURES, temperatureAt, type State } from '../../src/widgets/softmax-explorer/model.ts';
import { describe as describeFigure, render } from '../../src/widgets/softmax-explorer/view.ts';

const state = (patch: Partial<State> = {}): State => ({ ...defaults(schema), ...patch });
const tIndex = (t: number) => TEMPERATURES.indexOf(t as (typeof TEMPERATURES)[number]);
const { document } = parseHTML('<!doctype html><html><body></body></html>');
const draw = (s: State) => render(derive(s), { document: document as unknown as Document });

// References: mpmath at 30 digits, softmax(z / T) = e^(z_i/T) / Σ e^(z_j/T), rounded to doubles.
const CAT_DOG_FOX = [0.6590011388859679, 0.24243297070471392, 0.09856589040931817];
const BY_TEMPERATURE: [number, number[]][] = [
  [0.1, [0.9999545965290099, 4.539786844809095e-5, 5.602542051131759e-9]],
  [0.5, [0.8637771182080068, 0.11689952094598569, 0.0193233608460075]],
  [2, [0.501687757090437, 0.30428900627781413, 0.1940232366317488]],
  [10, [0.36605947074479267, 0.33122430635632805, 0.3027162228988793]],
];

function expectClose(actual: number[], expected: number[], digits = 14): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => expect(v, `entry ${i}`).toBeCloseTo(expected[i]!, digits));
}

describe('softmax explorer model', () => {
  it('derive(defaults) is the chapter table: logits (2, 1, 0.1) give 0.6590, 0.2424, 0.09857, naive and stable alike', () => {
    const d = derive(state());
    expect(d.names).toEqual(['cat', 'dog', 'fox']);
    expect(d.z).toEqual([2, 1, 0.1]);
    expectClose(d.stable, CAT_DOG_FOX);
    expectClose(d.naive, CAT_DOG_FOX);
    expect(d.naiveSum).toBeCloseTo(11.212508845465344, 12); // e^2 + e + e^0.1 (mpmath: 11.2125088454653…)
    expect(d.naiveFailure).toBeNull();
    expect(d.sigmoidOfDifference).toBeNull();
  });

  it('the temperature slider steps through 0.1 … 10 and reproduces the chapter\'s temperature table', () => {
    expect(TEMPERATURES[0]).toBe(0.1);
    expect(TEMPERATURES.at(-1)).toBe(10);
    expect(temperatureAt(schema.t.default)).toBe(1);
    for (const [t, expected] of BY_TEMPERATURE) {
      const d = derive(state({ t: tIndex(t) }));
      expect(d.temperature).toBe(t);
      expectClose(d.stable, expected, 15);
    }
    // Roughly log-spaced: each step multiplies T by between 4/3 and 5/3.
    for (let i = 1; i < TEMPERATURES.length; i++) {
      const ratio = TEMPERATURES[i]! / TEMPERATURES[i - 1]!;
      expect(ratio).toBeGreaterThan(1.33);
      expect(ratio).toBeLessThan(1.67);
    }
  });

  it('adding the same number to every logit leaves the stable probabilities unchanged', () => {
    for (const shift of [-1000, -750, -745, 5, 700, 710, 1000]) expectClose(derive(state({ shift })).stable, CAT_DOG_FOX, 13);
  });

  it('the naive formula turns to NaN past e^709.78: ∞/∞ for the overflowing class, 0 for the others', () => {
    // z = (710, 709, 708.1): only e^710 overflows; its share is ∞/∞, the finite ones x/∞ = 0.
    const one = derive(state({ shift: 708 }));
    expect(one.naive[0]).toBeNaN();
    expect(one.naive.slice(1)).toEqual([0, 0]);
    expect(one.naiveSum).toBe(Infinity);
    expect(one.naiveFailure).toBe('overflow');
    const all = derive(state({ shift: 710 }));
    expect(all.naive.every(Number.isNaN)).toBe(true);
    expect(all.naiveFailure).toBe('overflow');
    // Just below: z up to 702 still works (e^702 is finite) and agrees to rounding.
    const fine = derive(state({ shift: 700 }));
    expect(fine.naiveFailure).toBeNull();
    expectClose(fine.naive, CAT_DOG_FOX, 12);
  });

  it('the naive formula fails through 0/0 when every logit is below −745.13, and is silently wrong just above', () => {
    const zero = derive(state({ shift: -750 }));
    expect(zero.naiveSum).toBe(0);
    expect(zero.naive.every(Number.isNaN)).toBe(true);
    expect(zero.naiveFailure).toBe('underflow');
    // z = (−743, −744, −744.9): e^z are the subnormals 4, 2, 1 × 2^-1074 (python: math.exp), so 4/7, 2/7, 1/7.
    const coarse = derive(state({ shift: -745 }));
    expect(coarse.naiveFailure).toBe('subnormal');
    expectClose(coarse.naive, [4 / 7, 2 / 7, 1 / 7], 15);
    expectClose(coarse.stable, CAT_DOG_FOX, 13);
  });

  it('naiveSoftmax(z, T) divides by T before exponentiating: T = 0.1 overflows logits above 70.98', () => {
    expect(naiveSoftmax([70, 0], 0.1).p[0]).toBeCloseTo(1, 15);
    expect(naiveSoftmax([71, 0], 0.1).p[0]).toBeNaN();
    const d = derive(state({ t: tIndex(0.1), shift: 70 }));
    expect(d.naiveFailure).toBe('overflow');
    expectClose(d.stable, BY_TEMPERATURE[0]![1], 15);
  });

  it('with two classes, s₁ = σ((z₁ − z₂)/T): logits (3, 1) give 0.8808, also after adding 999 (1002, 1000)', () => {
    const d = derive(state({ classes: 2, z1: 3, z2: 1 }));
    expect(d.names).toEqual(['cat', 'dog']);
    expect(d.stable[0]).toBeCloseTo(0.8807970779778824, 15); // mpmath 1 / (1 + e^-2)
    expect(d.sigmoidOfDifference).toBeCloseTo(0.8807970779778824, 15);
    const big = derive(state({ classes: 2, z1: 3, z2: 1, shift: 995 }));
    expect(big.z).toEqual([998, 996]);
    expect(big.naive[0]).toBeNaN();
    expect(big.stable[0]).toBeCloseTo(0.8807970779778824, 15);
    expect(big.sigmoidOfDifference).toBeCloseTo(0.8807970779778824, 15);
    // At T = 2 the difference is halved: σ(1) = 0.7310585786300049.
    expect(derive(state({ classes: 2, z1: 3, z2: 1, t: tIndex(2) })).sigmoidOfDifference).toBeCloseTo(0.7310585786300049, 15);
  });

  it('every field at its min and max gives K finite stable probabilities summing to 1', () => {
    for (const [name, field] of Object.entries(schema)) {
      for (const v of [field.min, field.max]) {
        const d = derive(state({ [name]: v }));
        expect(d.stable).toHaveLength(d.names.length);
        expect(d.stable.every((p) => Number.isFinite(p) && p >= 0 && p <= 1), `${name} = ${v}`).toBe(true);
        expect(d.stable.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
      }
    }
    const extreme = derive(state({ classes: 6, z1: 10, z2: -10, z3: 10, z4: -10, z5: 10, z6: -10, shift: 1000, t: 0 }));
    expectClose(extreme.stable, [1 / 3, 0, 1 / 3, 0, 1 / 3, 0], 15);
  });

  it('parseState rejects a temperature index off the ladder and a class count outside 2..6', () => {
    const { state: s, rejected } = parseState(schema, new URLSearchParams('w.t=13&w.classes=7&w.shift=1e9&w.z1=4.5'), 'w');
    expect(rejected.sort()).toEqual(['classes', 'shift', 't']);
    expect(s.z1).toBe(4.5);
    expect(temperatureAt(s.t)).toBe(1);
  });
});

describe('softmax explorer view', () => {
  it('render draws a naive and a stable bar chart, both with the default probabilities', () => {
    const fig = draw(state());
    const svgs = fig.querySelectorAll('svg');
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) for (const p of ['0.6590', '0.2424', '0.09857']) expect(svg.textContent).toContain(p);
    expect(fig.textContent).toContain('Σ e^(z/T) = 11.21.');
    expect(fig.textContent).not.toContain('NaN');
  });

  it('render writes NaN (∞/∞) in place of a naive bar when e^z overflows, and 0/0 when everything underflows', () => {
    const over = draw(state({ shift: 710 }));
    const [naive, stable] = over.querySelectorAll('svg');
    expect(naive!.textContent).toContain('NaN (∞/∞)');
    // No orange bar, but a faint red band in each row where the bar would be.
    expect(naive!.querySelectorAll('g[fill="#ea580c"] rect').length).toBe(0);
    expect(naive!.querySelectorAll('g[fill="#dc2626"] rect').length).toBe(3);
    expect(naive!.getAttribute('aria-hidden')).toBe('true');
    expect(stable!.textContent).toContain('0.6590');
    expect(draw(state({ shift: -750 })).querySelector('svg')!.textContent).toContain('NaN (0/0)');
  });

  it('describe lists the probabilities, the naive failure, and the two-class identity', () => {
    expect(describeFigure(derive(state()), state())).toBe(
      'Softmax of 3 logits (2, 1, 0.1) at temperature T = 1. Stable probabilities: cat 0.6590, dog 0.2424, fox 0.09857. ' +
        'The naive formula gives the same numbers.',
    );
    const s = state({ shift: 710 });
    expect(describeFigure(derive(s), s)).toMatch(/each with 710 added.*cat 0\.6590.*naive formula gives cat NaN, dog NaN, fox NaN\. Σ e\^\(z\/T\) = ∞/);
    const two = state({ classes: 2, z1: 3, z2: 1 });
    expect(describeFigure(derive(two), two)).toContain('stable s₁ = 0.8808 and σ((z₁ − z₂)/T) = σ(2) = 0.8808');
    expect(draw(two).textContent).toContain('σ(2) = 0.8808');
  });
});
