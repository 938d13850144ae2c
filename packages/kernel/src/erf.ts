/**
 * The error function and the normal distribution, to full double precision.
 *
 * W. J. Cody's rational Chebyshev approximations ("Rational Chebyshev approximations for the
 * error function", Math. Comp. 23 (1969) 631-637; the CALERF routine of netlib's SPECFUN), with
 * his coefficients. Relative error is below 1e-15 on each of the three intervals. The tail
 * keeps its relative accuracy because e^(-y^2) is evaluated as e^(-yr^2) * e^(-(y - yr)(y + yr))
 * with yr = y rounded down to a multiple of 1/16, whose square is exact.
 */

const A = [3.1611237438705656, 113.86415415105016, 377.485237685302021, 3209.37758913846947, 0.185777706184603153];
const B = [23.6012909523441209, 244.024637934444173, 1282.61652607737228, 2844.23683343917062];
const C = [
  0.564188496988670089, 8.88314979438837594, 66.1191906371416295, 298.635138197400131, 881.95222124176909,
  1712.04761263407058, 2051.07837782607147, 1230.33935479799725, 2.15311535474403846e-8,
];
const D = [
  15.7449261107098347, 117.693950891312499, 537.181101862009858, 1621.38957456669019, 3290.79923573345963,
  4362.61909014324716, 3439.36767414372164, 1230.33935480374942,
];
const P = [0.305326634961232344, 0.360344899949804439, 0.125781726111229246, 0.0160837851487422766, 6.58749161529837803e-4, 0.0163153871373020978];
const Q = [2.56852019228982242, 1.87295284992346047, 0.527905102951428412, 0.0605183413124413191, 0.00233520497626869185];

/** 1/sqrt(pi). */
const SQRPI = 0.56418958354775628695;
/**
 * Beyond this, erfc(y) is below half the smallest subnormal double. (Cody's 26.543 stops where
 * erfc leaves the normal range; the subnormal tail matters here, as x * Phi(x) in GELU is still
 * normal where Phi(x) is subnormal.)
 */
const XBIG = 27.3;
/** Beyond e^(-676) = e^(-26^2) products are scaled by e^64 to stay clear of the subnormals. */
const SCALE_FROM = 676;
const EXP_NEG_64 = 1.603810890548638e-28;
/** 1/sqrt(2 pi). */
const INV_SQRT_2PI = 0.3989422804014327;

/** erf(x) for |x| <= 0.46875 (first interval). */
function erfSmall(x: number): number {
  const ysq = Math.abs(x) > 1.11e-16 ? x * x : 0;
  let num = A[4]! * ysq;
  let den = ysq;
  for (let i = 0; i < 3; i++) {
    num = (num + A[i]!) * ysq;
    den = (den + B[i]!) * ysq;
  }
  return (x * (num + A[3]!)) / (den + B[3]!);
}

/**
 * r e^(-c y^2) for c = 1 or 1/2, without the error that rounding y^2 would bring in for large y:
 * y^2 = yr^2 + del with yr = y rounded down to a multiple of 1/16, so c yr^2 is exact. Near
 * underflow, e^(64 - c yr^2) (also exact in the exponent) keeps the product normal until one
 * final step into the subnormal range.
 */
function timesExpNegSquare(r: number, y: number, c: 1 | 0.5): number {
  const yr = Math.trunc(16 * y) / 16;
  const del = (y - yr) * (y + yr);
  const big = c * yr * yr;
  if (big < SCALE_FROM) return Math.exp(-big) * Math.exp(-c * del) * r;
  return Math.exp(64 - big) * Math.exp(-c * del) * r * EXP_NEG_64;
}

/** erfc(y) for y > 0.46875 (second and third intervals). */
function erfcLarge(y: number): number {
  if (y >= XBIG) return 0;
  let r: number;
  if (y <= 4) {
    let num = C[8]! * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]!) * y;
      den = (den + D[i]!) * y;
    }
    r = (num + C[7]!) / (den + D[7]!);
  } else {
    const ysq = 1 / (y * y);
    let num = P[5]! * ysq;
    let den = ysq;
    for (let i = 0; i < 4; i++) {
      num = (num + P[i]!) * ysq;
      den = (den + Q[i]!) * ysq;
    }
    r = (SQRPI - (ysq * (num + P[4]!)) / (den + Q[4]!)) / y;
  }
  return timesExpNegSquare(r, y, 1);
}

/**
 * The error function, erf(x) = (2/sqrt(pi)) * integral from 0 to x of e^(-t^2) dt.
 * Range (-1, 1); odd. Example: `erf(1)` is 0.8427007929497149.
 */
export function erf(x: number): number {
  const y = Math.abs(x);
  if (y <= 0.46875) return erfSmall(x);
  const r = 1 - erfcLarge(y);
  return x < 0 ? -r : r;
}

/**
 * The complementary error function, erfc(x) = 1 - erf(x), accurate in the tail where 1 - erf
 * would cancel. Range (0, 2). Example: `erfc(10)` is 2.088487583762545e-45.
 */
export function erfc(x: number): number {
  const y = Math.abs(x);
  if (y <= 0.46875) return 1 - erfSmall(x);
  const r = erfcLarge(y);
  return x < 0 ? 2 - r : r;
}

/**
 * The standard normal cumulative distribution, Phi(x) = erfc(-x/sqrt(2)) / 2.
 * Range (0, 1). Example: `normalCdf(-10)` is 7.619853024160525e-24.
 */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x * Math.SQRT1_2);
}

/**
 * The standard normal density, phi(x) = e^(-x^2/2) / sqrt(2 pi), relatively accurate in the tails.
 * Range (0, 0.3989...]. Example: `normalPdf(0)` is 0.3989422804014327.
 */
export function normalPdf(x: number): number {
  const y = Math.abs(x);
  // Past 40 the density is below the smallest subnormal; this also keeps Infinity out of the split.
  return y > 40 ? 0 : timesExpNegSquare(INV_SQRT_2PI, y, 0.5);
}
