/**
 * How the widgets print numbers, the way the chapters typeset them: a true minus sign (U+2212),
 * powers of ten in superscript digits, ∞ and NaN spelled out. Pure string functions.
 */

/** The minus sign (U+2212). */
export const MINUS = '\u2212';

/** `text` with its first hyphen-minus made a true minus: `withMinus('-1.5')` is "−1.5". */
export function withMinus(text: string): string {
  return text.replace('-', MINUS);
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '\u207b', '0': '\u2070', '1': '\u00b9', '2': '\u00b2', '3': '\u00b3', '4': '\u2074',
  '5': '\u2075', '6': '\u2076', '7': '\u2077', '8': '\u2078', '9': '\u2079',
};

/** An integer exponent in superscript digits: `superscript(-12)` is "⁻¹²". */
export function superscript(k: number): string {
  return String(k).replace(/[-0-9]/g, (c) => SUPERSCRIPT[c]!);
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** ±∞ and NaN as the figures write them, or null for a finite number. */
function nonFinite(v: number): string | null {
  if (Number.isNaN(v)) return 'NaN';
  return Number.isFinite(v) ? null : v > 0 ? '∞' : `${MINUS}∞`;
}

/**
 * A number with `digits` significant digits, trailing zeros dropped, a true minus sign, and powers
 * of ten for magnitudes below 1e-3 or from 1e4 on. `style: 'text'` writes the power as "× 10^-5"
 * (for the text description), `'figure'` as "× 10⁻⁵". Used by the activation widgets.
 * Example: `formatNumber(-0.15865)` is "−0.1587"; `formatNumber(1.2759e-5)` is "1.276 × 10⁻⁵".
 */
export function formatNumber(v: number, { digits = 4, style = 'figure' }: { digits?: number; style?: 'figure' | 'text' } = {}): string {
  if (v === 0) return '0';
  const special = nonFinite(v);
  if (special !== null) return special;
  const a = Math.abs(v);
  let body: string;
  if (a >= 1e-3 && a < 1e4) {
    body = trimZeros(a.toPrecision(digits));
  } else {
    const [mantissa, exponent] = a.toExponential(digits - 1).split('e') as [string, string];
    const k = Number(exponent);
    body = `${trimZeros(mantissa)} × 10${style === 'figure' ? superscript(k) : `^${k}`}`;
  }
  return v < 0 ? `${MINUS}${body}` : body;
}

/**
 * A number with 4 significant digits as the loss and softmax widgets print it. `trim` drops
 * trailing zeros (11.21, 0.1, 0.5) where a table column keeps them (0.6590, 1.000). |v| in
 * [0.9995, 1) keeps two digits past the run of 9s (0.9999546), since four digits would round it to
 * 1.000; |v| below 0.001 or from 10⁵ up is written with a power of ten, unspaced (4.540×10⁻⁵).
 * Example: `formatValue(-0.0049208)` is "−0.004921"; `formatValue(0.5, true)` is "0.5".
 */
export function formatValue(v: number, trim = false): string {
  if (v === 0) return '0';
  const special = nonFinite(v);
  if (special !== null) return special;
  const a = Math.abs(v);
  let text: string;
  if (a >= 0.9995 && a < 1 - 1e-9) text = String(Number(v.toFixed(Math.ceil(-Math.log10(1 - a)) + 2)));
  else if (a < 1e-3 || a >= 1e5) {
    const [mantissa, exponent] = v.toExponential(3).split('e') as [string, string];
    text = `${mantissa}×10${superscript(Number(exponent))}`;
  } else text = trim ? String(Number(v.toPrecision(4))) : v.toPrecision(4);
  return withMinus(text);
}

/**
 * A slider readout with its sign and `digits` decimals, a true minus: `signed(-6, 1)` is "−6.0",
 * `signed(710, 0)` "+710", and anything that rounds to 0 is "0" (or "0.0").
 */
export function signed(v: number, digits: number): string {
  const text = Math.abs(v).toFixed(digits);
  return v < 0 && Number(text) !== 0 ? `${MINUS}${text}` : v > 0 && Number(text) !== 0 ? `+${text}` : text;
}
