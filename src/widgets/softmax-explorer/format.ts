/**
 * How the course's loss and softmax widgets print numbers: four significant digits as the
 * chapters do (0.6590, 0.09857, −0.004921), powers of ten for the very small and the very large
 * (4.540×10⁻⁵), the digits that differ from 1 just below 1 (0.9999546), a true minus sign, ∞ and NaN.
 * Also used by the mse-vs-ce and robust-regression widgets.
 */

const SUPERSCRIPT = '⁻⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 4.540e-5 → "4.540×10⁻⁵" (mantissa with `digits` decimals). */
function powerOfTen(v: number, digits: number): string {
  const [mantissa, exponent] = v.toExponential(digits).split('e');
  const superscript = String(Number(exponent)).replace(/[-0-9]/g, (c) => SUPERSCRIPT['-0123456789'.indexOf(c)]!);
  return `${mantissa}×10${superscript}`;
}

/**
 * A number with 4 significant digits. `trim` drops trailing zeros (11.21, 0.1, 0.5) where a table
 * column would keep them (0.6590, 1.000). |v| in [0.9995, 1) keeps two digits past the run of 9s
 * (0.9999546), since four digits would round it to 1.000; |v| below 0.001 or from 10⁵ up is
 * written with a power of ten. Example: `formatValue(-0.0049208)` is "−0.004921".
 */
export function formatValue(v: number, trim = false): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  if (v === 0) return '0';
  const a = Math.abs(v);
  let text: string;
  if (a >= 0.9995 && a < 1 - 1e-9) text = String(Number(v.toFixed(Math.ceil(-Math.log10(1 - a)) + 2)));
  else if (a < 1e-3 || a >= 1e5) text = powerOfTen(v, 3);
  else text = trim ? String(Number(v.toPrecision(4))) : v.toPrecision(4);
  return text.replace(/^-/, '−');
}

/** A probability as the chapters' tables write it: `formatValue(p)`, e.g. "0.09857", "NaN", "0". */
export const formatProbability = (p: number): string => formatValue(p);

/** A logit, a sum or a coefficient: `formatValue(v, true)`, e.g. "11.21", "−745", "∞". */
export const formatNumber = (v: number): string => formatValue(v, true);

/** A slider readout with its sign and `digits` decimals, a true minus: `signed(-6, 1)` is "−6.0", `signed(710, 0)` "+710", 0 is "0". */
export function signed(v: number, digits: number): string {
  const text = Math.abs(v).toFixed(digits);
  return v < 0 && Number(text) !== 0 ? `−${text}` : v > 0 && Number(text) !== 0 ? `+${text}` : text;
}
