import { describe, expect, it } from 'vitest';
import { booleanField, choiceField, defaults, encodeState, numberField, parseState, valueText } from '../../src/widgets/core/schema.ts';

const schema = {
  x: numberField({ label: 'x', min: -8, max: 8, step: 0.1, default: 2 }),
  act: choiceField({ label: 'activation', options: [{ value: 'tanh', label: 'Tanh' }, { value: 'relu', label: 'ReLU' }], default: 'tanh' }),
  show: booleanField({ label: 'show', default: false }),
};

describe('widget state schema', () => {
  it('parseState(schema, params, prefix) reads valid fields and keeps defaults for missing ones', () => {
    const { state, rejected } = parseState(schema, new URLSearchParams('w.x=-3.5&w.act=relu&other.x=1'), 'w');
    expect(state).toEqual({ x: -3.5, act: 'relu', show: false });
    expect(rejected).toEqual([]);
  });

  it('parseState falls back to the default for malformed, out-of-range or unknown values, and names them', () => {
    for (const bad of ['abc', '9', '-8.01', 'NaN', 'Infinity', '1e999', '', '0x10', '2px']) {
      const { state, rejected } = parseState(schema, new URLSearchParams({ 'w.x': bad }), 'w');
      expect(state.x, bad).toBe(2);
      expect(rejected, bad).toEqual(['x']);
    }
    const { state, rejected } = parseState(schema, new URLSearchParams('w.act=sigmoid&w.show=yes'), 'w');
    expect(state).toEqual(defaults(schema));
    expect(rejected).toEqual(['act', 'show']);
  });

  it('encodeState writes only what differs from the defaults, and round-trips through parseState', () => {
    const params = new URLSearchParams('keep=1&w.x=5');
    const state = { x: 0.5, act: 'tanh' as const, show: true };
    encodeState(schema, state, 'w', params);
    expect(params.toString()).toBe('keep=1&w.x=0.5&w.show=1');
    expect(parseState(schema, params, 'w').state).toEqual(state);
    encodeState(schema, defaults(schema), 'w', params);
    expect(params.toString()).toBe('keep=1');
  });

  it('valueText reads numbers with the step\'s decimals, choices by label, booleans as on/off', () => {
    expect(valueText(schema.x, -3)).toBe('-3.0');
    expect(valueText(numberField({ label: 'a', min: 0, max: 1, step: 0.05, default: 0, format: (v) => `α = ${v}` }), 0.25)).toBe('α = 0.25');
    expect(valueText(schema.act, 'relu')).toBe('ReLU');
    expect(valueText(schema.show, true)).toBe('on');
  });

  it('field constructors reject a default outside the field', () => {
    expect(() => numberField({ label: 'x', min: 0, max: 1, step: 0.1, default: 2 })).toThrow(/default/);
    expect(() => choiceField({ label: 'c', options: [{ value: 'a', label: 'A' }], default: 'b' as 'a' })).toThrow(/default/);
  });
});
