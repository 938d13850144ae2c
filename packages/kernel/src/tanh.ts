/**
 * The hyperbolic tangent, tanh(x) = (e^x - e^(-x)) / (e^x + e^(-x)) = 2 sigma(2x) - 1.
 * Range (-1, 1); odd; zero-centred. Example: `tanh(1)` is 0.7615941559557649.
 */
export function tanh(x: number): number {
  // The engine's Math.tanh is fdlibm's (expm1-based, within 1 ulp); the formula above would
  // overflow for |x| > 355 and cancel near 0.
  return Math.tanh(x);
}

/**
 * The derivative of tanh, tanh'(x) = 1 - tanh(x)^2 = 4 e^(-2|x|) / (1 + e^(-2|x|))^2.
 * Range (0, 1], the peak at x = 0.
 * Example: `tanhGrad(0)` is 1; `tanhGrad(20)` is 1.6993417021166355e-17, where 1 - tanh^2
 * gives 0 because tanh(20) rounds to 1.
 */
export function tanhGrad(x: number): number {
  const t = Math.exp(-2 * Math.abs(x));
  const d = 1 + t;
  return (4 * t) / (d * d);
}
