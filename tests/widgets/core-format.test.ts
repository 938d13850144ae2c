import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue, MINUS, signed, superscript, withMinus } from '../../src/widgets/core/format.ts';

// References: mpmath at 30 digits, rounded to doubles (softmax of the chapter's logits (2, 1, 0.1), at T = 1 and T = 0.1).
const CAT_DOG_FOX = [0.6590011388859679, 0.24243297070471392, 0.09856589040931817];
const AT_T_01 = [0.9999545965290099, 4.539786844809095e-5, 5.602542051131759e-9];

describe('core/format', () => {
  it('formatNumber(v) keeps 4 significant digits, drops trailing zeros, writes a true minus and powers of ten', () => {
    expect(formatNumber(-0.15865525393145705)).toBe('\u22120.1587');
    expect(formatNumber(0.25)).toBe('0.25');
    expect(formatNumber(1)).toBe('1');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(0.001)).toBe('0.001');
    expect(formatNumber(1.275891761023489e-5)).toBe('1.276 × 10⁻⁵');
    expect(formatNumber(1.275891761023489e-5, { style: 'text' })).toBe('1.276 × 10^-5');
    expect(formatNumber(12345)).toBe('1.235 × 10⁴');
    expect(formatNumber(6.9e-53, { digits: 2 })).toBe('6.9 × 10⁻⁵³');
    expect([Infinity, -Infinity, Number.NaN].map((v) => formatNumber(v))).toEqual(['∞', '−∞', 'NaN']);
  });

  it('superscript(k) writes an integer in superscript digits', () => {
    expect(superscript(-12)).toBe('⁻¹²');
    expect(superscript(5)).toBe('⁵');
    expect(superscript(0)).toBe('⁰');
  });

  it('withMinus(text) makes the first hyphen a true minus (U+2212) and leaves other text alone', () => {
    expect(withMinus('-1.5')).toBe(`${MINUS}1.5`);
    expect(withMinus('2.5')).toBe('2.5');
    expect(withMinus('-0.0')).toBe('−0.0');
    expect(MINUS).toBe('\u2212');
  });

  it('formatValue(v) writes what the chapters write: 4 digits kept, the digits after a run of 9s, ∞, NaN, powers of ten', () => {
    expect(CAT_DOG_FOX.map((v) => formatValue(v))).toEqual(['0.6590', '0.2424', '0.09857']);
    expect(AT_T_01.map((v) => formatValue(v))).toEqual(['0.9999546', '4.540×10⁻⁵', '5.603×10⁻⁹']);
    expect([Number.NaN, 0, 1].map((v) => formatValue(v))).toEqual(['NaN', '0', '1.000']);
    // The losses chapter's table: CE gradient −0.99995 at z = −10, MSE gradient −9.079×10⁻⁵.
    expect([-0.9999546021312976, -9.078749372606487e-5, -0.004920664, 10.000045398899218, -Infinity].map((v) => formatValue(v))).toEqual(
      ['−0.9999546', '−9.079×10⁻⁵', '−0.004921', '10.00', '−∞'],
    );
  });

  it('formatValue(v, true) drops trailing zeros and uses ∞, a true minus and powers of ten', () => {
    // 7 × 2^-1074 = 3.4585e-323: the naive sum of e^-743 + e^-744 + e^-744.9.
    expect([Infinity, -745, 11.212508, 7 * 2 ** -1074, 0.1, 1.137e305].map((v) => formatValue(v, true))).toEqual(
      ['∞', '−745', '11.21', '3.458×10⁻³²³', '0.1', '1.137×10³⁰⁵'],
    );
  });

  it('signed(v, digits) writes the sign of a readout, and 0 without one', () => {
    expect(signed(-6, 1)).toBe('−6.0');
    expect(signed(710, 0)).toBe('+710');
    expect(signed(0, 1)).toBe('0.0');
    expect(signed(-0.01, 1)).toBe('0.0');
  });
});
