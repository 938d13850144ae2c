/** The smallest positive normal double; below it no double carries 1e-12 relative precision. */
export const MIN_NORMAL = 2.2250738585072014e-308;

/**
 * |got - want| / |want|, with |want| floored at MIN_NORMAL so that an underflowed reference
 * (0 or subnormal) is compared absolutely, at about 1e-12 * MIN_NORMAL. NaN against a number is
 * Infinity; equal infinities are 0.
 */
export function relErr(got: number, want: number): number {
  if (got === want) return 0;
  if (Number.isNaN(got) || Number.isNaN(want)) return Number.isNaN(got) && Number.isNaN(want) ? 0 : Infinity;
  return Math.abs(got - want) / Math.max(Math.abs(want), MIN_NORMAL);
}

/** The largest relErr over two equally long arrays (Infinity if their lengths differ). */
export function maxRelErr(got: ArrayLike<number>, want: ArrayLike<number>): number {
  if (got.length !== want.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < got.length; i++) worst = Math.max(worst, relErr(got[i]!, want[i]!));
  return worst;
}
